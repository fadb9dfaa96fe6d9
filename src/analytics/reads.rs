//! Where analytics reads the two facts most figures start from — the per-day totals of a scope
//! and the connected tools it covers — so that a caller answering several questions at once (a
//! dashboard request) can read each once: it implements [`Reads`] with a cache in front. A `Db`
//! reads them straight from the database.
//!
//! The tools a question covers are the workspace's connected tools its filter keeps. A total is
//! null for a measure none of them reports (`domain::definitions`), a per-tool figure for a
//! measure its tool does not report.

use std::sync::Arc;

use futures_util::future::BoxFuture;

use crate::domain::ProviderSet;
use crate::storage::analytics::{self as store, DayTotals, Scope};
use crate::storage::{Db, StorageError, integrations};

/// The reads figures share. Boxed futures: a subscription's stream holds these while it runs, and
/// inline they made its future overflow a worker thread's stack in debug builds.
pub trait Reads: Sync {
    /// The database, for the reads no one shares.
    fn db(&self) -> &Db;

    /// Per day and tool over `scope`, days without data absent.
    fn day_totals<'a>(&'a self, scope: &'a Scope)
    -> BoxFuture<'a, Result<Arc<Vec<DayTotals>>, StorageError>>;

    /// The connected tools `scope` covers.
    fn tools<'a>(&'a self, scope: &'a Scope) -> BoxFuture<'a, Result<ProviderSet, StorageError>>;
}

impl Reads for Db {
    fn db(&self) -> &Db {
        self
    }

    fn day_totals<'a>(
        &'a self,
        scope: &'a Scope,
    ) -> BoxFuture<'a, Result<Arc<Vec<DayTotals>>, StorageError>> {
        Box::pin(async move { Ok(Arc::new(store::day_totals(self, scope).await?)) })
    }

    fn tools<'a>(&'a self, scope: &'a Scope) -> BoxFuture<'a, Result<ProviderSet, StorageError>> {
        Box::pin(tools_in_scope(self, scope))
    }
}

/// The providers of the scope's integrations (after its provider and integration filters).
pub async fn tools_in_scope(db: &Db, scope: &Scope) -> Result<ProviderSet, StorageError> {
    let all = integrations::list_for_workspace(db, scope.workspace_id).await?;
    Ok(all
        .iter()
        .filter(|i| scope.integration_ids.is_empty() || scope.integration_ids.contains(&i.id))
        .map(|i| i.provider)
        .filter(|p| scope.providers.is_empty() || scope.providers.contains(p))
        .collect())
}
