//! `usageUpdated`: after each committed provider-day, the new daily figures of the changed days.
//!
//! Thousands of dashboards may watch one workspace: the figures of one event are computed once per
//! scope and shared, not once per subscriber. The first stream that needs them computes; the others
//! wait for that result.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

use crate::domain::{Granularity, Metric};
use crate::graphql::ApiError;
use crate::graphql::query::analytics::figures;
use crate::graphql::types::analytics::UsageSeries;
use crate::storage::Db;
use crate::storage::analytics::Scope;
use crate::sync::events::SyncEvent;

/// Results of recent events; older ones are never asked for again.
const REMEMBERED: usize = 256;

type Shared = Arc<OnceCell<Result<UsageSeries, String>>>;

#[derive(Default)]
pub struct UpdateCache {
    recent: Mutex<VecDeque<(String, Shared)>>,
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
        let cell = self.cell(key);
        let result = cell
            .get_or_init(|| async {
                figures::series(db, &scope, Granularity::Day, metrics.to_vec(), false)
                    .await
                    .map_err(|e| e.message().to_owned())
            })
            .await;
        result.clone().map_err(|_| ApiError::Internal)
    }

    fn cell(&self, key: String) -> Shared {
        let mut recent = self.recent.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, cell)) = recent.iter().find(|(k, _)| *k == key) {
            return cell.clone();
        }
        let cell = Shared::default();
        recent.push_back((key, cell.clone()));
        if recent.len() > REMEMBERED {
            recent.pop_front();
        }
        cell
    }
}
