//! Who belongs to a workspace with which role: the one function that writes a membership.
//!
//! Owners of new workspaces, roles set by an admin and invitations accepted all go through
//! [`upsert`], so a membership is written one way whichever path makes it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::memberships;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::Role;

/// A membership to store.
#[derive(Debug, Clone, Copy)]
pub struct MembershipUpsert<'a> {
    /// The workspace.
    pub workspace_id: i64,
    /// The member.
    pub user_id: i64,
    /// Their role, replacing any role they had.
    pub role: Role,
    /// The address an invitation vouched for (their "own rows" email); `None` keeps what is stored.
    pub verified_email: Option<&'a str>,
    /// Now, as the creation time of a new membership.
    pub now: NaiveDateTime,
}

/// Adds the member, or gives an existing member `role` (and `verified_email` when given).
pub async fn upsert(db: impl Into<DbConn<'_>>, m: &MembershipUpsert<'_>) -> Result<(), StorageError> {
    let new = (
        memberships::workspace_id.eq(m.workspace_id),
        memberships::user_id.eq(m.user_id),
        memberships::role.eq(m.role),
        memberships::created_at.eq(m.now),
        memberships::verified_email.eq(m.verified_email),
    );
    db_run!(db, |conn| {
        let insert = diesel::insert_into(memberships::table)
            .values(new)
            .on_conflict((memberships::workspace_id, memberships::user_id))
            .do_update();
        match m.verified_email {
            Some(email) => {
                insert
                    .set((memberships::role.eq(m.role), memberships::verified_email.eq(email)))
                    .execute(conn)
                    .await?
            }
            None => insert.set(memberships::role.eq(m.role)).execute(conn).await?,
        };
        Ok(())
    })
}
