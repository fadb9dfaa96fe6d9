//! The audit log: an append-only record of admin actions. Rows are only ever inserted; nothing in
//! the service updates or deletes them (deleting a workspace keeps its record).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::audit_events;
use super::{DbConn, StorageError};
use crate::db_run;

/// What the operator's command line is recorded as.
pub const OPERATOR: &str = "operator";

/// One recorded action.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_events, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct AuditEvent {
    /// Row id.
    pub id: i64,
    /// The workspace acted in; `None` for instance-wide actions.
    pub workspace_id: Option<i64>,
    /// The acting account; `None` for the operator's command line.
    pub actor_user_id: Option<i64>,
    /// The actor's email at the time, or [`OPERATOR`].
    pub actor: String,
    /// What was done, e.g. `connectIntegration`, `setMemberRole`, `keys.rotate`.
    pub action: String,
    /// The kind of thing acted on (`integration`, `user`, `invite`, `workspace`).
    pub target_kind: Option<String>,
    /// The id of the thing acted on, as text (an email for an invitation).
    pub target_id: Option<String>,
    /// A JSON object of non-secret details.
    pub detail: String,
    /// When it happened.
    pub created_at: NaiveDateTime,
}

/// An action to record. Callers never put secrets in `detail`.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = audit_events)]
pub struct NewAuditEvent<'a> {
    /// The workspace acted in; `None` for instance-wide actions.
    pub workspace_id: Option<i64>,
    /// The acting account; `None` for the command line.
    pub actor_user_id: Option<i64>,
    /// The actor's email, or [`OPERATOR`].
    pub actor: &'a str,
    /// What was done, e.g. `connectIntegration`.
    pub action: &'a str,
    /// The kind of thing acted on.
    pub target_kind: Option<&'a str>,
    /// The id of the thing acted on.
    pub target_id: Option<&'a str>,
    /// A JSON object of non-secret details.
    pub detail: &'a str,
    /// Now, as the time of the action.
    pub created_at: NaiveDateTime,
}

/// Appends one event.
pub async fn record(db: impl Into<DbConn<'_>>, event: &NewAuditEvent<'_>) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::insert_into(audit_events::table).values(event).execute(conn).await?;
        Ok(())
    })
}

/// A workspace's events, newest first: at most `limit` with ids below `before` (a cursor).
/// With `include_instance`, instance-wide events (no workspace) are included too.
pub async fn list(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    include_instance: bool,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<AuditEvent>, StorageError> {
    let before = before.unwrap_or(i64::MAX);
    db_run!(db, |conn| {
        let mut query = audit_events::table
            .filter(audit_events::id.lt(before))
            .order(audit_events::id.desc())
            .limit(limit)
            .select(AuditEvent::as_select())
            .into_boxed();
        query = if include_instance {
            query.filter(audit_events::workspace_id.eq(workspace_id).or(audit_events::workspace_id.is_null()))
        } else {
            query.filter(audit_events::workspace_id.eq(workspace_id))
        };
        Ok(query.load(conn).await?)
    })
}

/// The workspace an integration belongs to, if it exists.
pub async fn workspace_of_integration(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
) -> Result<Option<i64>, StorageError> {
    use super::schema::integrations;
    db_run!(db, |conn| {
        Ok(integrations::table
            .find(integration_id)
            .select(integrations::workspace_id)
            .first(conn)
            .await
            .optional()?)
    })
}

/// The workspace of the integration an actor was seen in, if it exists.
pub async fn workspace_of_actor(
    db: impl Into<DbConn<'_>>,
    actor_id: i64,
) -> Result<Option<i64>, StorageError> {
    use super::schema::{actors, integrations};
    db_run!(db, |conn| {
        Ok(actors::table
            .inner_join(integrations::table)
            .filter(actors::id.eq(actor_id))
            .select(integrations::workspace_id)
            .first(conn)
            .await
            .optional()?)
    })
}

/// The workspace an invitation (by token hash) is for, if it exists.
pub async fn workspace_of_invite(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
) -> Result<Option<i64>, StorageError> {
    use super::schema::invites;
    db_run!(db, |conn| {
        Ok(invites::table
            .filter(invites::token_hash.eq(token_hash))
            .select(invites::workspace_id)
            .first(conn)
            .await
            .optional()?)
    })
}

/// The newest integration of `provider` in a workspace: what `connectIntegration` just made.
pub async fn newest_integration(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    provider: &str,
) -> Result<Option<i64>, StorageError> {
    use super::schema::integrations;
    db_run!(db, |conn| {
        Ok(integrations::table
            .filter(integrations::workspace_id.eq(workspace_id))
            .filter(integrations::provider.eq(provider))
            .order(integrations::id.desc())
            .select(integrations::id)
            .first(conn)
            .await
            .optional()?)
    })
}
