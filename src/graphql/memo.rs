//! Compute-once answers shared by resolvers that ask the same thing at the same time.
//!
//! A dashboard request asks for several charts at once, and they start from the same facts: every
//! field checks the caller's role in the workspace, and the summary, series, heatmap and provider
//! breakdown all start from the per-day totals of one scope. [`RequestMemo`] lives in one HTTP
//! request's data, so each fact is read once per request and nothing outlives the request.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

use crate::domain::{ProviderSet, Role};
use crate::storage::analytics::{DayTotals, Scope};

/// Up to `capacity` recent keys, each computed at most once while remembered. Concurrent askers
/// of one key wait for the first computation; a failed computation is not remembered, so the next
/// asker tries again.
pub struct Memo<K, V> {
    cells: Mutex<VecDeque<(K, Arc<OnceCell<V>>)>>,
    capacity: usize,
}

impl<K: Eq, V: Clone> Memo<K, V> {
    pub fn new(capacity: usize) -> Self {
        Memo { cells: Mutex::new(VecDeque::new()), capacity }
    }

    pub async fn get_or_try_init<E>(
        &self,
        key: K,
        compute: impl Future<Output = Result<V, E>>,
    ) -> Result<V, E> {
        let cell = self.cell(key);
        cell.get_or_try_init(|| compute).await.cloned()
    }

    fn cell(&self, key: K) -> Arc<OnceCell<V>> {
        let mut cells = self.cells.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, cell)) = cells.iter().find(|(k, _)| *k == key) {
            return cell.clone();
        }
        let cell = Arc::new(OnceCell::new());
        cells.push_back((key, cell.clone()));
        if cells.len() > self.capacity {
            cells.pop_front();
        }
        cell
    }
}

/// Distinct questions one request may repeat; a request asking more just recomputes the oldest.
const PER_REQUEST: usize = 32;

/// What the fields of one GraphQL request share.
pub struct RequestMemo {
    /// The caller's role per (workspace, user), consulted for read actions only: changes are
    /// always checked against the database.
    pub roles: Memo<(i64, i64), Option<Role>>,
    /// Per-day totals per analytics scope, read once for every field of a request that asks for them.
    pub day_totals: Memo<Scope, Arc<Vec<DayTotals>>>,
    /// The connected tools a scope covers (which measures its totals report).
    pub tools: Memo<Scope, ProviderSet>,
}

impl Default for RequestMemo {
    fn default() -> Self {
        RequestMemo {
            roles: Memo::new(PER_REQUEST),
            day_totals: Memo::new(PER_REQUEST),
            tools: Memo::new(PER_REQUEST),
        }
    }
}
