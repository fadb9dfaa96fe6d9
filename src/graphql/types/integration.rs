use async_graphql::{ID, SimpleObject};
use chrono::NaiveDateTime;

use crate::graphql::ids::to_id;
use crate::storage::integrations::Integration as IntegrationRow;

/// A connection to one vendor account (a Claude organisation, a GitHub organisation or
/// enterprise, a Cursor team).
#[derive(SimpleObject)]
pub struct Integration {
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
    /// `active`, `paused` or `needs_attention` (the vendor rejected the key or the data).
    pub status: String,
    /// When it syncs, as a cron expression in UTC.
    pub schedule: String,
    /// End of the last successful sync (UTC).
    pub last_synced_at: Option<NaiveDateTime>,
    /// The last sync error as the user should read it, until a sync succeeds.
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
}

impl From<IntegrationRow> for Integration {
    fn from(row: IntegrationRow) -> Self {
        Integration {
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
            last_synced_at: row.last_synced_at,
            last_error: row.last_error,
            created_at: row.created_at,
        }
    }
}
