use async_graphql::{ComplexObject, Context, ID, Result, SimpleObject};
use chrono::NaiveDateTime;

use super::SyncRun;
use crate::auth::Action;
use crate::graphql::ApiError;
use crate::graphql::guard::require;
use crate::graphql::ids::to_id;
use crate::storage::integrations::Integration as IntegrationRow;
use crate::storage::{Db, sync_runs};

/// A connection to one vendor account (a Claude organisation, a GitHub organisation or
/// enterprise, a Cursor team).
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Integration {
    #[graphql(skip)]
    pub row_id: i64,
    #[graphql(skip)]
    pub row_workspace_id: i64,
    pub id: ID,
    pub workspace_id: ID,
    /// `claude_code`, `copilot` or `cursor`.
    pub provider: String,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// `organization` or `enterprise` for Copilot; empty for the others.
    pub scope_kind: Option<String>,
    /// The GitHub organisation or enterprise slug, for Copilot.
    pub scope_slug: Option<String>,
    /// The vendor API base URL when it is not the public default.
    pub base_url: Option<String>,
    /// A recognisable fragment of the key (prefix and last characters). The key itself is never
    /// returned.
    pub secret_hint: String,
    /// `active`, `paused`, `needs_attention` (the vendor rejected the key or the data) or
    /// `disconnected` (no key any more; the data is kept).
    pub status: String,
    /// When it syncs, as a cron expression in UTC.
    pub schedule: String,
    /// When the scheduler syncs it next (UTC).
    pub next_sync_at: Option<NaiveDateTime>,
    /// End of the last successful sync (UTC).
    pub last_synced_at: Option<NaiveDateTime>,
    /// The last sync error as the user should read it, until a sync succeeds.
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
}

impl From<IntegrationRow> for Integration {
    fn from(row: IntegrationRow) -> Self {
        Integration {
            row_id: row.id,
            row_workspace_id: row.workspace_id,
            id: to_id(row.id),
            workspace_id: to_id(row.workspace_id),
            provider: row.provider,
            display_name: row.display_name,
            scope_kind: row.scope_kind,
            scope_slug: row.scope_slug,
            base_url: row.base_url,
            secret_hint: row.secret_hint,
            status: row.status,
            schedule: row.schedule,
            next_sync_at: row.next_sync_at,
            last_synced_at: row.last_synced_at,
            last_error: row.last_error,
            created_at: row.created_at,
        }
    }
}

#[ComplexObject]
impl Integration {
    /// The most recent sync run, running or finished.
    async fn last_run(&self, ctx: &Context<'_>) -> Result<Option<SyncRun>> {
        require(ctx, self.row_workspace_id, Action::ReadAggregates).await?;
        let db = ctx.data_unchecked::<Db>();
        let runs = sync_runs::recent(db, self.row_id, 1).await.map_err(ApiError::from)?;
        Ok(runs.into_iter().next().map(SyncRun::from))
    }
}
