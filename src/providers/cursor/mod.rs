//! stub
use super::{BoxFuture, ProviderClient, ProviderConfig, ProviderError};
use crate::domain::{Provider, ProviderDay};
use chrono::NaiveDate;
/// stub
pub struct CursorClient;
impl CursorClient {
    /// stub
    pub fn new(_config: ProviderConfig) -> Result<Self, ProviderError> {
        Ok(CursorClient)
    }
}
impl ProviderClient for CursorClient {
    fn provider(&self) -> Provider {
        Provider::Cursor
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
