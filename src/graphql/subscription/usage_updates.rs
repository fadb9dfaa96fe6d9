//! `usageUpdated`: after each committed provider-day, the new daily figures of the changed days.
//!
//! Thousands of dashboards may watch one workspace: the figures of one event are computed once per
//! scope and shared, not once per subscriber. The first stream that needs them computes; the others
//! wait for that result.

use std::convert::Infallible;

use crate::analytics::Scope;
use crate::analytics::series::{SeriesParams, series};
use crate::domain::{Granularity, Metric};
use crate::graphql::ApiError;
use crate::graphql::memo::Memo;
use crate::graphql::types::analytics::UsageSeries;
use crate::storage::Db;
use crate::sync::events::SyncEvent;

/// Results of recent events; older ones are never asked for again.
const REMEMBERED: usize = 256;

/// Recent `usageUpdates` answers per event and query, shared by every subscriber of the schema.
pub struct UpdateCache {
    /// A failure is remembered too: thousands of streams waiting on one event must not each retry.
    recent: Memo<String, Result<UsageSeries, String>>,
}

impl Default for UpdateCache {
    fn default() -> Self {
        UpdateCache { recent: Memo::new(REMEMBERED) }
    }
}

impl UpdateCache {
    /// Daily figures of `event`'s days over `scope`, computed at most once per event and scope.
    pub async fn figures(
        &self,
        db: &Db,
        scope: &Scope,
        metrics: &[Metric],
        event: &SyncEvent,
    ) -> Result<UsageSeries, ApiError> {
        let (Some(from), Some(to)) = (event.days.iter().min(), event.days.iter().max()) else {
            return Err(ApiError::Internal);
        };
        let scope = scope.with_days(*from, *to);
        let key = format!("{}:{:?}:{:?}:{:?}", event.run_id, event.days, scope, metrics);
        let compute = async {
            let params = SeriesParams {
                granularity: Granularity::Day,
                metrics: metrics.to_vec(),
                split_by_provider: false,
            };
            // Mapped once here, not per subscriber: every stream clones the same answer.
            let result =
                series(db, &scope, params).await.map(<UsageSeries as From<_>>::from).map_err(ApiError::from);
            Ok::<_, Infallible>(result.map_err(|e| e.message().to_owned()))
        };
        let Ok(result) = self.recent.get_or_try_init(key, compute).await;
        result.map_err(|_| ApiError::Internal)
    }
}
