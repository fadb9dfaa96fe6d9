//! Turning a request's credentials into a [`Caller`].

use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};
use chrono::{NaiveDateTime, TimeDelta, Utc};

use super::tokens;
use crate::storage::{Db, StorageError, auth_tokens};

/// Name of the cookie the web dashboard keeps its session token in.
pub const SESSION_COOKIE: &str = "ai_usage_session";

/// How stale `last_used_at` may get before a request refreshes it (saves a write per request).
const TOUCH_INTERVAL: TimeDelta = TimeDelta::minutes(5);

/// An authenticated user, as resolvers see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The account's id.
    pub user_id: i64,
    /// The account's email (normalised), for the own-rows rule.
    pub email: String,
    /// The token this request came with, so log-out can revoke exactly it.
    pub token_id: i64,
    /// The account operates the instance (no workspace access by itself).
    pub instance_admin: bool,
}

/// The bearer token of a request: `Authorization: Bearer …` first, then the session cookie.
pub fn token_from_headers(headers: &HeaderMap) -> Option<String> {
    if let Some(value) = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()) {
        return bearer(value);
    }
    session_cookie(headers)
}

/// The session cookie's value, if the request carries one.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// The token of an `Authorization` value such as `Bearer aiu_…` (scheme case-insensitive).
pub fn bearer(value: &str) -> Option<String> {
    let (scheme, token) = value.trim().split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty()).then(|| token.trim().to_owned())
}

/// The caller a token stands for, or `None` when it is unknown, revoked or expired.
pub async fn resolve(db: &Db, token: &str) -> Result<Option<Caller>, StorageError> {
    let now = now();
    let Some((token_row, user)) = auth_tokens::find_active_user(db, &tokens::hash(token), now).await? else {
        return Ok(None);
    };
    if token_row.last_used_at.is_none_or(|at| now - at > TOUCH_INTERVAL) {
        auth_tokens::touch(db, token_row.id, now).await?;
    }
    Ok(Some(Caller {
        user_id: user.id,
        email: user.email,
        token_id: token_row.id,
        instance_admin: user.is_instance_admin,
    }))
}

/// Whether the token with this hash still authenticates (not revoked, not expired). A storage
/// error counts as yes: a passing database fault must not end every live connection.
pub async fn still_active(db: &Db, token_hash: &str) -> bool {
    auth_tokens::find_active_user(db, token_hash, now()).await.map_or(true, |found| found.is_some())
}

pub(crate) fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}
