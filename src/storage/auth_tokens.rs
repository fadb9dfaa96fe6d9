//! Session and personal API tokens. Only a hash of each token is stored.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::{auth_tokens, users};
use super::users::User;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::TokenKind;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = auth_tokens, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `auth_tokens`: a session or personal API token, by hash.
pub struct AuthToken {
    /// Row id.
    pub id: i64,
    /// The account it acts as.
    pub user_id: i64,
    /// A session (from log-in) or a named personal API token.
    pub kind: TokenKind,
    /// The name given to an API token; empty for sessions.
    pub name: String,
    /// SHA-256 of the token (the token itself is never stored).
    pub token_hash: String,
    /// When it was issued.
    pub created_at: NaiveDateTime,
    /// When it stops working; `None` for API tokens, which last until revoked.
    pub expires_at: Option<NaiveDateTime>,
    /// When it last authenticated a request (callers throttle how often this is written).
    pub last_used_at: Option<NaiveDateTime>,
    /// When it was revoked; `None` while valid.
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = auth_tokens)]
/// A token to store.
pub struct NewAuthToken<'a> {
    /// The account it acts as.
    pub user_id: i64,
    /// A session (from log-in) or a named personal API token.
    pub kind: TokenKind,
    /// The name of an API token; empty for sessions.
    pub name: &'a str,
    /// SHA-256 of the token.
    pub token_hash: &'a str,
    /// Now, as the issue time.
    pub created_at: NaiveDateTime,
    /// When it stops working; `None` for API tokens.
    pub expires_at: Option<NaiveDateTime>,
}

/// Stores a token and returns its row.
pub async fn create(db: impl Into<DbConn<'_>>, new: &NewAuthToken<'_>) -> Result<AuthToken, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(auth_tokens::table)
            .values(new)
            .returning(AuthToken::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// The user a token belongs to, when the token is neither revoked nor expired at `now`.
pub async fn find_active_user(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<(AuthToken, User)>, StorageError> {
    db_run!(db, |conn| {
        Ok(auth_tokens::table
            .inner_join(users::table)
            .filter(auth_tokens::token_hash.eq(token_hash))
            .filter(auth_tokens::revoked_at.is_null())
            .filter(auth_tokens::expires_at.is_null().or(auth_tokens::expires_at.gt(now)))
            .select((AuthToken::as_select(), User::as_select()))
            .first(conn)
            .await
            .optional()?)
    })
}

/// Revokes a token of `user_id`; `NotFound` when it is not theirs (or does not exist).
pub async fn revoke(
    db: impl Into<DbConn<'_>>,
    user_id: i64,
    token_id: i64,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    let updated = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            diesel::update(
                auth_tokens::table
                    .filter(auth_tokens::id.eq(token_id))
                    .filter(auth_tokens::user_id.eq(user_id))
                    .filter(auth_tokens::revoked_at.is_null()),
            )
            .set(auth_tokens::revoked_at.eq(now))
            .execute(conn)
            .await?,
        )
    })?;
    if updated == 0 { Err(StorageError::NotFound) } else { Ok(()) }
}

/// Revokes every token of a user, sessions and API tokens, except `keep` (when given) and only
/// sessions when `sessions_only`; returns the ids it revoked (their live streams must end).
pub async fn revoke_all_of(
    db: impl Into<DbConn<'_>>,
    user_id: i64,
    keep: Option<i64>,
    sessions_only: bool,
    now: NaiveDateTime,
) -> Result<Vec<i64>, StorageError> {
    db_run!(db, |conn| {
        let mut query = auth_tokens::table
            .filter(auth_tokens::user_id.eq(user_id))
            .filter(auth_tokens::revoked_at.is_null())
            .into_boxed();
        if let Some(keep) = keep {
            query = query.filter(auth_tokens::id.ne(keep));
        }
        if sessions_only {
            query = query.filter(auth_tokens::kind.eq(TokenKind::Session));
        }
        let ids: Vec<i64> = query.select(auth_tokens::id).load(conn).await?;
        diesel::update(auth_tokens::table.filter(auth_tokens::id.eq_any(&ids)))
            .set(auth_tokens::revoked_at.eq(now))
            .execute(conn)
            .await?;
        Ok(ids)
    })
}

/// The personal API tokens of a user, newest first, revoked ones included.
pub async fn list_api_tokens(
    db: impl Into<DbConn<'_>>,
    user_id: i64,
) -> Result<Vec<AuthToken>, StorageError> {
    db_run!(db, |conn| {
        Ok(auth_tokens::table
            .filter(auth_tokens::user_id.eq(user_id))
            .filter(auth_tokens::kind.eq(TokenKind::Api))
            .order(auth_tokens::id.desc())
            .select(AuthToken::as_select())
            .load(conn)
            .await?)
    })
}

/// Notes that a token was used; callers throttle how often they call this.
pub async fn touch(db: impl Into<DbConn<'_>>, token_id: i64, now: NaiveDateTime) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(auth_tokens::table.find(token_id))
            .set(auth_tokens::last_used_at.eq(now))
            .execute(conn)
            .await?;
        Ok(())
    })
}
