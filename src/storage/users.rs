//! Accounts.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::users;
use super::{DbConn, StorageError};
use crate::db_run;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `users`: an account.
pub struct User {
    /// Row id.
    pub id: i64,
    /// The log-in email, normalised (unique).
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// The Argon2 hash of the password; `None` for an account that cannot log in with one.
    pub password_hash: Option<String>,
    /// Operates the instance (no access to workspaces it is not in).
    pub is_instance_admin: bool,
    /// When the account was made.
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
/// An account to store.
pub struct NewUser<'a> {
    /// The log-in email, normalised.
    pub email: &'a str,
    /// The name shown to others.
    pub display_name: &'a str,
    /// The Argon2 hash of the password, if any.
    pub password_hash: Option<&'a str>,
    /// Whether it operates the instance.
    pub is_instance_admin: bool,
    /// Now, as the creation time.
    pub created_at: NaiveDateTime,
}

/// Creates an account; [`StorageError::Conflict`] when the email is taken.
pub async fn create(db: impl Into<DbConn<'_>>, new: &NewUser<'_>) -> Result<User, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(users::table)
            .values(new)
            .returning(User::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// The account with this (normalised) email, if any.
pub async fn find_by_email(db: impl Into<DbConn<'_>>, email: &str) -> Result<Option<User>, StorageError> {
    db_run!(db, |conn| {
        Ok(users::table
            .filter(users::email.eq(email))
            .select(User::as_select())
            .first(conn)
            .await
            .optional()?)
    })
}

/// One account by id; [`StorageError::NotFound`] when there is none.
pub async fn get(db: impl Into<DbConn<'_>>, id: i64) -> Result<User, StorageError> {
    db_run!(db, |conn| Ok(users::table.find(id).select(User::as_select()).first(conn).await?))
}

/// How many accounts exist (first-run setup needs to know whether this is the first).
pub async fn count(db: impl Into<DbConn<'_>>) -> Result<i64, StorageError> {
    db_run!(db, |conn| Ok(users::table.count().get_result(conn).await?))
}

/// Replaces a user's password hash; `NotFound` when there is no such user.
pub async fn set_password_hash(
    db: impl Into<DbConn<'_>>,
    user_id: i64,
    hash: &str,
) -> Result<(), StorageError> {
    let updated = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            diesel::update(users::table.find(user_id))
                .set(users::password_hash.eq(hash))
                .execute(conn)
                .await?,
        )
    })?;
    if updated == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

/// How an account is to be created; the checks run in the transaction that creates it.
#[derive(Debug)]
pub struct AccountPlan<'a> {
    /// The account to create.
    pub user: NewUser<'a>,
    /// Claims first-run setup: when no other account exists, this one becomes instance admin.
    /// Two concurrent first sign-ups cannot both win (one row in `instance_setup`).
    pub claim_first: bool,
    /// Refuse unless this is the first account or `invite` is consumed (invite-only sign-up).
    pub first_or_invite_only: bool,
    /// Hash of an invitation to consume for the account's email, with its membership.
    pub invite_hash: Option<&'a str>,
}

/// Why [`create_account`] created nothing.
#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    /// Neither the first account nor holding a usable invitation, where one is needed.
    #[error("sign-up is by invitation only")]
    NotAllowed,
    /// The invitation is unknown, used, expired or for another address.
    #[error("the invitation cannot be used")]
    InvalidInvite,
    #[error(transparent)]
    /// The database failed.
    Storage(#[from] StorageError),
}

impl From<diesel::result::Error> for CreateAccountError {
    fn from(err: diesel::result::Error) -> Self {
        CreateAccountError::Storage(err.into())
    }
}

/// What [`create_account`] made: the user (instance admin if it claimed first-run setup), their
/// personal workspace, and the workspace and role an invitation gave.
pub type CreatedAccount = (User, super::workspaces::Workspace, Option<(i64, crate::domain::Role)>);

/// Creates an account with its personal workspace, claims first-run setup and consumes an
/// invitation, all in one transaction: when any step refuses, nothing is stored.
pub async fn create_account(
    db: impl Into<DbConn<'_>>,
    plan: &AccountPlan<'_>,
) -> Result<CreatedAccount, CreateAccountError> {
    let new = &plan.user;
    let db: DbConn<'_> = db.into();
    db.transaction(async |mut tx| {
        let mut user = create(&mut tx, new).await?;
        let claimed = plan.claim_first && claim_first_run_setup(&mut tx, user.id, new.created_at).await?;
        if claimed && !user.is_instance_admin {
            user = make_instance_admin(&mut tx, user.id).await?;
        }
        let joined = match plan.invite_hash {
            Some(hash) => Some(
                super::invites::claim(&mut tx, hash, user.id, &user.email, new.created_at)
                    .await?
                    .ok_or(CreateAccountError::InvalidInvite)?,
            ),
            None => None,
        };
        if plan.first_or_invite_only && joined.is_none() && !user.is_instance_admin {
            return Err(CreateAccountError::NotAllowed);
        }
        let name = format!("{}'s workspace", new.display_name);
        let workspace = super::workspaces::create_with_owner(
            &mut tx,
            &name,
            crate::domain::WorkspaceKind::Personal,
            user.id,
            new.created_at,
        )
        .await?;
        Ok((user, workspace, joined))
    })
    .await
}

/// Claims first-run setup for `user_id` when no other account exists; true when this call won
/// (one row in `instance_setup`, so two concurrent first sign-ups cannot both win).
async fn claim_first_run_setup(
    db: impl Into<DbConn<'_>>,
    user_id: i64,
    now: NaiveDateTime,
) -> Result<bool, StorageError> {
    use super::schema::instance_setup;
    db_run!(db, |conn| {
        let others: i64 = users::table.filter(users::id.ne(user_id)).count().get_result(conn).await?;
        Ok(others == 0
            && diesel::insert_into(instance_setup::table)
                .values((
                    instance_setup::id.eq(1),
                    instance_setup::first_user_id.eq(user_id),
                    instance_setup::created_at.eq(now),
                ))
                .on_conflict_do_nothing()
                .execute(conn)
                .await?
                == 1)
    })
}

/// Makes the account an instance admin and returns its new row.
async fn make_instance_admin(db: impl Into<DbConn<'_>>, user_id: i64) -> Result<User, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::update(users::table.find(user_id))
            .set(users::is_instance_admin.eq(true))
            .returning(User::as_returning())
            .get_result(conn)
            .await?)
    })
}
