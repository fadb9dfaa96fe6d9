//! `auditLog`: the record of admin actions in a workspace, for its owners.

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDateTime;

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::{Db, audit};

/// Most events one page returns.
const MAX_PAGE: i32 = 100;

#[derive(Default)]
pub struct AuditQuery;

#[Object]
impl AuditQuery {
    /// The workspace's audit log, newest first: who did what to which target, and when. Pass a
    /// page's `endCursor` as `after` for the next page. Instance admins also see instance-wide
    /// events (key rotations). Owners only.
    #[graphql(complexity = "(first.clamp(1, MAX_PAGE) as usize) * child_complexity")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(default = 50, desc = "Events in the page, 1 to 100.")] first: i32,
        #[graphql(desc = "The `endCursor` of the previous page; omitted for the newest events.")]
        after: Option<String>,
    ) -> ApiResult<AuditLogPage> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let access = require(ctx, workspace_id, Action::ReadAuditLog).await?;
        if !(1..=MAX_PAGE).contains(&first) {
            return Err(ApiError::BadInput(format!("first must be between 1 and {MAX_PAGE}")));
        }
        let before = after.as_deref().map(parse_cursor).transpose()?;
        let db = ctx.data_unchecked::<Db>();
        // One more than the page: whether it exists says if another page follows.
        let rows = audit::list(db, workspace_id, access.caller.instance_admin, before, i64::from(first) + 1)
            .await
            .map_err(ApiError::storage)?;
        Ok(AuditLogPage::of(rows, first as usize))
    }
}

/// An `endCursor` this log handed out: the id of the page's last event.
fn parse_cursor(cursor: &str) -> ApiResult<i64> {
    cursor.parse().map_err(|_| ApiError::BadInput("after is not a cursor of this log".into()))
}

/// One page of the audit log.
#[derive(SimpleObject)]
pub struct AuditLogPage {
    /// The page's events, newest first.
    pub events: Vec<AuditEvent>,
    /// Pass as `after` for the next page; null on an empty page.
    pub end_cursor: Option<String>,
    /// Older events follow this page.
    pub has_next_page: bool,
}

impl AuditLogPage {
    /// The first `first` of `rows`, which hold one more when a next page exists.
    fn of(mut rows: Vec<audit::AuditEvent>, first: usize) -> AuditLogPage {
        let has_next_page = rows.len() > first;
        rows.truncate(first);
        let end_cursor = rows.last().map(|row| row.id.to_string());
        AuditLogPage { events: rows.into_iter().map(AuditEvent::from).collect(), end_cursor, has_next_page }
    }
}

/// One admin action.
#[derive(SimpleObject)]
pub struct AuditEvent {
    /// The event's id.
    pub id: ID,
    /// When it happened (UTC).
    pub at: NaiveDateTime,
    /// Who: the account's email at the time, or `operator` for the command line.
    pub actor: String,
    /// The account's id; null for the command line.
    pub actor_user_id: Option<ID>,
    /// What: the mutation (`connectIntegration`, `setMemberRole`, …) or command (`keys.rotate`).
    pub action: String,
    /// The kind of thing acted on: `integration`, `user`, `invite`, `workspace`, `actor`.
    pub target_kind: Option<String>,
    /// Its id (an email for an invitation).
    pub target_id: Option<String>,
    /// The action's arguments as JSON, secrets replaced by `"[set]"`.
    pub detail: String,
}

impl From<audit::AuditEvent> for AuditEvent {
    fn from(row: audit::AuditEvent) -> Self {
        AuditEvent {
            id: ID(row.id.to_string()),
            at: row.created_at,
            actor: row.actor,
            actor_user_id: row.actor_user_id.map(|id| ID(id.to_string())),
            action: row.action,
            target_kind: row.target_kind,
            target_id: row.target_id,
            detail: row.detail,
        }
    }
}
