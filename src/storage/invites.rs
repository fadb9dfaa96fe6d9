//! One-time invitations into a workspace. Only a hash of the invite token is stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::memberships::{self, MembershipUpsert};
use super::schema::invites;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::Role;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invites, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `invites`: an invitation into a workspace, by email, with a role.
pub struct Invite {
    /// Row id.
    pub id: i64,
    /// The workspace it invites into.
    pub workspace_id: i64,
    /// The address it is for (normalised); only an account with it can accept.
    pub email: String,
    /// The role it grants: admin, member or viewer.
    pub role: Role,
    /// SHA-256 of the one-time token (the token itself is never stored).
    pub token_hash: String,
    /// The account that made it, if it still exists.
    pub invited_by: Option<i64>,
    /// When it stops working.
    pub expires_at: NaiveDateTime,
    /// When it was used; `None` while open.
    pub accepted_at: Option<NaiveDateTime>,
    /// When it was made.
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = invites)]
/// An invitation to store.
pub struct NewInvite<'a> {
    /// The workspace it invites into.
    pub workspace_id: i64,
    /// The address it is for (normalised).
    pub email: &'a str,
    /// The role it grants.
    pub role: Role,
    /// SHA-256 of the one-time token.
    pub token_hash: &'a str,
    /// The inviting account.
    pub invited_by: Option<i64>,
    /// When it stops working.
    pub expires_at: NaiveDateTime,
    /// Now, as the creation time.
    pub created_at: NaiveDateTime,
}

/// Stores an invitation and returns its row.
pub async fn create(db: impl Into<DbConn<'_>>, new: &NewInvite<'_>) -> Result<Invite, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(invites::table)
            .values(new)
            .returning(Invite::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Consumes the open, unexpired invitation with token hash `token_hash` for the account
/// `user_id` whose email is `email`, and adds the membership with that address as its verified
/// email (the inviting admin vouched for it), in one transaction (a savepoint inside the caller's).
/// `None` when the token is unknown, used, expired or the invitation is for another address (all
/// alike, so the answer does not tell which).
pub async fn claim(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    user_id: i64,
    email: &str,
    now: NaiveDateTime,
) -> Result<Option<(i64, Role)>, StorageError> {
    db.into()
        .transaction(async |mut tx| {
            let invite = find_open(&mut tx, token_hash, now).await?;
            let Some(invite) = invite.filter(|invite| same_address(&invite.email, email)) else {
                return Ok(None);
            };
            let claimed = db_run!(&mut tx, |conn| {
                Ok::<_, StorageError>(
                    diesel::update(invites::table.find(invite.id).filter(invites::accepted_at.is_null()))
                        .set(invites::accepted_at.eq(now))
                        .execute(conn)
                        .await?,
                )
            })?;
            if claimed != 1 {
                return Ok(None);
            }
            // An invitation never lowers a role: an owner who accepts one for viewer stays owner
            // (and a workspace keeps its last owner).
            let current = super::workspaces::role_of(&mut tx, invite.workspace_id, user_id).await?;
            let role = current.map_or(invite.role, |current| current.max(invite.role));
            let member = MembershipUpsert {
                workspace_id: invite.workspace_id,
                user_id,
                role,
                verified_email: Some(email),
                now,
            };
            memberships::upsert(&mut tx, &member).await?;
            Ok(Some((invite.workspace_id, role)))
        })
        .await
}

/// Whether an invitation for `invited` may be used by the account with email `account`
/// (invitations made before addresses were normalised may differ in case or spaces).
pub fn same_address(invited: &str, account: &str) -> bool {
    invited.trim().to_lowercase() == account
}

/// Accepts an open, unexpired invitation for the account `user_id` with email `email`: marks it
/// used and adds the membership, in one transaction so an invitation works exactly once.
/// `NotFound` for an unknown, used or expired token or one for another address.
pub async fn accept(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    user_id: i64,
    email: &str,
    now: NaiveDateTime,
) -> Result<(i64, Role), StorageError> {
    claim(db, token_hash, user_id, email, now).await?.ok_or(StorageError::NotFound)
}

/// Whether an open invitation with this token hash exists for `email` (a cheap check before the
/// password is hashed; the transaction that consumes it checks again).
pub async fn is_usable(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    email: &str,
    now: NaiveDateTime,
) -> Result<bool, StorageError> {
    let invite = find_open(db, token_hash, now).await?;
    Ok(invite.is_some_and(|invite| same_address(&invite.email, email)))
}

/// The invitations open at `now`: neither used nor expired. The one definition of "open".
#[diesel::dsl::auto_type]
fn open_at(now: NaiveDateTime) -> _ {
    invites::table.filter(invites::accepted_at.is_null()).filter(invites::expires_at.gt(now))
}

/// The open, unexpired invitation with `token_hash`, if any.
async fn find_open(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<Invite>, StorageError> {
    db_run!(db, |conn| {
        Ok(open_at(now)
            .filter(invites::token_hash.eq(token_hash))
            .select(Invite::as_select())
            .first(conn)
            .await
            .optional()?)
    })
}

/// The open (neither used nor expired) invitations of a workspace, newest first.
pub async fn list_pending(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Invite>, StorageError> {
    db_run!(db, |conn| {
        Ok(open_at(now)
            .filter(invites::workspace_id.eq(workspace_id))
            .order(invites::id.desc())
            .select(Invite::as_select())
            .load(conn)
            .await?)
    })
}

/// The workspace of an invitation (for the policy check before revoking it).
pub async fn workspace_of(db: impl Into<DbConn<'_>>, invite_id: i64) -> Result<Option<i64>, StorageError> {
    db_run!(db, |conn| {
        Ok(invites::table.find(invite_id).select(invites::workspace_id).first(conn).await.optional()?)
    })
}

/// Deletes an invitation that has not been used; `NotFound` when there is none such.
pub async fn revoke(db: impl Into<DbConn<'_>>, invite_id: i64) -> Result<(), StorageError> {
    let deleted = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            diesel::delete(invites::table.find(invite_id).filter(invites::accepted_at.is_null()))
                .execute(conn)
                .await?,
        )
    })?;
    if deleted == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}
