//! One-time invitations into a workspace. Only a hash of the invite token is stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::schema::invites;
use super::{Db, StorageError};
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
pub async fn create(db: &Db, new: &NewInvite<'_>) -> Result<Invite, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(invites::table)
            .values(new)
            .returning(Invite::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Inside a transaction on `$conn`: consumes the open, unexpired invitation with token hash
/// `$hash` for the account `$user_id` whose email is `$email`, and adds the membership with that
/// address as its verified email (the inviting admin vouched for it). Evaluates to
/// `Result<Option<(workspace_id, Role)>, StorageError>`-compatible `?` use: `None` when the token
/// is unknown, used, expired or the invitation is for another address (all alike, so the answer
/// does not tell which). A macro because the connection type differs per backend.
#[macro_export]
#[doc(hidden)]
macro_rules! claim_invite {
    ($conn:expr, $hash:expr, $user_id:expr, $email:expr, $now:expr) => {{
        use $crate::storage::schema::{invites as inv, memberships as mem};
        let (hash, user_id, email, now): (&str, i64, &str, chrono::NaiveDateTime) =
            ($hash, $user_id, $email, $now);
        let invite: Option<$crate::storage::invites::Invite> = inv::table
            .filter(inv::token_hash.eq(hash))
            .filter(inv::accepted_at.is_null())
            .filter(inv::expires_at.gt(now))
            .select($crate::storage::invites::Invite::as_select())
            .first($conn)
            .await
            .optional()
            .map_err($crate::storage::StorageError::from)?;
        match invite {
            Some(invite) if $crate::storage::invites::same_address(&invite.email, email) => {
                let claimed = diesel::update(inv::table.find(invite.id).filter(inv::accepted_at.is_null()))
                    .set(inv::accepted_at.eq(now))
                    .execute($conn)
                    .await
                    .map_err($crate::storage::StorageError::from)?;
                let role: $crate::domain::Role = invite.role;
                if claimed == 1 {
                    // An invitation never lowers a role: an owner who accepts one for viewer stays
                    // owner (and a workspace keeps its last owner).
                    let current: Option<$crate::domain::Role> = mem::table
                        .filter(mem::workspace_id.eq(invite.workspace_id))
                        .filter(mem::user_id.eq(user_id))
                        .select(mem::role)
                        .first($conn)
                        .await
                        .optional()
                        .map_err($crate::storage::StorageError::from)?;
                    let role = current.map_or(role, |current| current.max(role));
                    diesel::insert_into(mem::table)
                        .values((
                            mem::workspace_id.eq(invite.workspace_id),
                            mem::user_id.eq(user_id),
                            mem::role.eq(role),
                            mem::created_at.eq(now),
                            mem::verified_email.eq(email),
                        ))
                        .on_conflict((mem::workspace_id, mem::user_id))
                        .do_update()
                        .set((mem::role.eq(role), mem::verified_email.eq(email)))
                        .execute($conn)
                        .await
                        .map_err($crate::storage::StorageError::from)?;
                    Some((invite.workspace_id, role))
                } else {
                    None
                }
            }
            _ => None,
        }
    }};
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
    db: &Db,
    token_hash: &str,
    user_id: i64,
    email: &str,
    now: NaiveDateTime,
) -> Result<(i64, Role), StorageError> {
    db_run!(db, |conn| {
        conn.transaction::<_, StorageError, _>(async |conn| {
            crate::claim_invite!(conn, token_hash, user_id, email, now).ok_or(StorageError::NotFound)
        })
        .await
    })
}

/// Whether an open invitation with this token hash exists for `email` (a cheap check before the
/// password is hashed; the transaction that consumes it checks again).
pub async fn is_usable(
    db: &Db,
    token_hash: &str,
    email: &str,
    now: NaiveDateTime,
) -> Result<bool, StorageError> {
    let invite: Option<Invite> = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            invites::table
                .filter(invites::token_hash.eq(token_hash))
                .filter(invites::accepted_at.is_null())
                .filter(invites::expires_at.gt(now))
                .select(Invite::as_select())
                .first(conn)
                .await
                .optional()?,
        )
    })?;
    Ok(invite.is_some_and(|invite| same_address(&invite.email, email)))
}

/// The open (neither used nor expired) invitations of a workspace, newest first.
pub async fn list_pending(
    db: &Db,
    workspace_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<Invite>, StorageError> {
    db_run!(db, |conn| {
        Ok(invites::table
            .filter(invites::workspace_id.eq(workspace_id))
            .filter(invites::accepted_at.is_null())
            .filter(invites::expires_at.gt(now))
            .order(invites::id.desc())
            .select(Invite::as_select())
            .load(conn)
            .await?)
    })
}

/// The workspace of an invitation (for the policy check before revoking it).
pub async fn workspace_of(db: &Db, invite_id: i64) -> Result<Option<i64>, StorageError> {
    db_run!(db, |conn| {
        Ok(invites::table.find(invite_id).select(invites::workspace_id).first(conn).await.optional()?)
    })
}

/// Deletes an invitation that has not been used; `NotFound` when there is none such.
pub async fn revoke(db: &Db, invite_id: i64) -> Result<(), StorageError> {
    let deleted = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            diesel::delete(invites::table.find(invite_id).filter(invites::accepted_at.is_null()))
                .execute(conn)
                .await?,
        )
    })?;
    if deleted == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}
