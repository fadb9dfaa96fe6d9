//! stub
use super::{BoxFuture, ProviderClient, ProviderConfig, ProviderError};
use crate::domain::{Provider, ProviderDay};
use chrono::NaiveDate;
/// stub
pub struct CopilotClient;
impl CopilotClient {
    /// stub
    pub fn new(_config: ProviderConfig) -> Result<Self, ProviderError> {
        Ok(CopilotClient)
    }
}
impl ProviderClient for CopilotClient {
    fn provider(&self) -> Provider {
        Provider::Copilot
    }
    fn verify(&self) -> BoxFuture<'_, Result<(), ProviderError>> {
        Box::pin(async { Ok(()) })
    }
    fn fetch_day(&self, day: NaiveDate) -> BoxFuture<'_, Result<ProviderDay, ProviderError>> {
        Box::pin(async move {
            Ok(ProviderDay {
                day,
                actors: vec![],
                raw: vec![],
            })
        })
    }
    fn earliest_day(&self, today: NaiveDate) -> NaiveDate {
        today
    }
}
