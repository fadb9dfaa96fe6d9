//! `usageUpdated`: after each committed provider-day, the new daily figures of the changed days.
//!
//! Thousands of dashboards may watch one workspace: the figures of one event are computed once per
//! scope and shared, not once per subscriber. The first stream that needs them computes; the others
//! wait for that result.

use std::convert::Infallible;
use std::sync::Arc;

use futures_util::{Stream, StreamExt};

use crate::analytics::Scope;
use crate::analytics::series::{SeriesParams, series};
use crate::domain::{Granularity, Metric};
use crate::graphql::ApiError;
use crate::graphql::ids::to_id;
use crate::graphql::memo::Memo;
use crate::graphql::types::UsageUpdate;
use crate::graphql::types::analytics::UsageSeries;
use crate::storage::Db;
use crate::sync::events::{SyncEvent, SyncEventKind};

use super::feed::Feed;

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

/// What `usageUpdated` sends for a workspace's feed: for each committed provider-day, its days'
/// figures over `scope`; `resyncRequired` when the feed lagged; nothing for other events.
pub fn updates(
    feed: impl Stream<Item = Feed>,
    db: Db,
    cache: Arc<UpdateCache>,
    scope: Scope,
    metrics: Vec<Metric>,
) -> impl Stream<Item = UsageUpdate> {
    feed.filter_map(move |item| {
        let (db, cache, scope, metrics) = (db.clone(), cache.clone(), scope.clone(), metrics.clone());
        async move {
            match item {
                Feed::Event(event) if event.kind == SyncEventKind::DayCommitted && !event.days.is_empty() => {
                    let series = cache.figures(&db, &scope, &metrics, &event).await.ok();
                    Some(UsageUpdate {
                        integration_id: Some(to_id(event.integration_id)),
                        days: event.days,
                        series,
                        resync_required: false,
                    })
                }
                Feed::Resync => Some(UsageUpdate::lagged()),
                Feed::Event(_) | Feed::IntegrationChanged { .. } => None,
            }
        }
    })
}
