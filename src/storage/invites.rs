//! One-time invitations into a workspace. Only a hash of the invite token is stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::schema::{invites, memberships};
use super::{Db, StorageError};
use crate::db_run;
use crate::domain::Role;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invites, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Invite {
    pub id: i64,
    pub workspace_id: i64,
    pub email: String,
    pub role: String,
    pub token_hash: String,
    pub invited_by: Option<i64>,
    pub expires_at: NaiveDateTime,
    pub accepted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = invites)]
pub struct NewInvite<'a> {
    pub workspace_id: i64,
    pub email: &'a str,
    pub role: &'a str,
    pub token_hash: &'a str,
    pub invited_by: Option<i64>,
    pub expires_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

pub async fn create(db: &Db, new: &NewInvite<'_>) -> Result<Invite, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(invites::table)
            .values(new)
            .returning(Invite::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Accepts an open, unexpired invite for `user_id`: marks it used and adds the membership, in
/// one transaction so an invite works exactly once. `NotFound` for an unknown, used or expired
/// token.
pub async fn accept(
    db: &Db,
    token_hash: &str,
    user_id: i64,
    now: NaiveDateTime,
) -> Result<(i64, Role), StorageError> {
    db_run!(db, |conn| {
        conn.transaction::<_, StorageError, _>(async |conn| {
            let invite: Invite = invites::table
                .filter(invites::token_hash.eq(token_hash))
                .filter(invites::accepted_at.is_null())
                .filter(invites::expires_at.gt(now))
                .select(Invite::as_select())
                .first(conn)
                .await?;
            let claimed =
                diesel::update(invites::table.find(invite.id).filter(invites::accepted_at.is_null()))
                    .set(invites::accepted_at.eq(now))
                    .execute(conn)
                    .await?;
            if claimed == 0 {
                return Err(StorageError::NotFound);
            }
            let role: Role = invite
                .role
                .parse()
                .map_err(|e: crate::domain::UnknownValue| StorageError::Corrupt(e.to_string()))?;
            diesel::insert_into(memberships::table)
                .values((
                    memberships::workspace_id.eq(invite.workspace_id),
                    memberships::user_id.eq(user_id),
                    memberships::role.eq(role.as_str()),
                    memberships::created_at.eq(now),
                ))
                .on_conflict((memberships::workspace_id, memberships::user_id))
                .do_update()
                .set(memberships::role.eq(role.as_str()))
                .execute(conn)
                .await?;
            Ok((invite.workspace_id, role))
        })
        .await
    })
}
