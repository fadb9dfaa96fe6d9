//! Account operations shared by the GraphQL API and the operator CLI.

use std::net::IpAddr;

use chrono::TimeDelta;

use super::caller::now;
use super::password::{self, PasswordError};
use super::rate_limit::LoginLimiter;
use super::{Caller, SignupMode, tokens};
use crate::storage::users::{NewUser, User};
use crate::storage::{Db, StorageError, auth_tokens, invites, users};

/// How long a log-in session lasts.
pub const SESSION_TTL: TimeDelta = TimeDelta::days(30);

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("an account with this email already exists")]
    EmailTaken,
    #[error("{0:?} is not a valid email address")]
    InvalidEmail(String),
    /// Deliberately the same for an unknown email and a wrong password.
    #[error("wrong email or password")]
    InvalidCredentials,
    #[error("sign-up is by invitation only on this instance")]
    SignupClosed,
    #[error("the invitation is unknown, used or expired")]
    InvalidInvite,
    #[error("too many log-in attempts; wait a minute and try again")]
    RateLimited,
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error(transparent)]
    Storage(StorageError),
}

impl From<StorageError> for AccountError {
    fn from(err: StorageError) -> Self {
        match err {
            StorageError::Conflict(_) => AccountError::EmailTaken,
            other => AccountError::Storage(other),
        }
    }
}

/// A new session: the token is shown to the client once.
pub struct Session {
    pub user: User,
    pub token: String,
}

fn normalise_email(email: &str) -> Result<String, AccountError> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        });
    if valid { Ok(email) } else { Err(AccountError::InvalidEmail(email)) }
}

/// Creates an account (with its personal workspace) and logs it in. The first account on an empty
/// instance becomes the instance admin; after that `mode` decides whether an invite is needed.
pub async fn sign_up(
    db: &Db,
    mode: SignupMode,
    email: &str,
    password: &str,
    display_name: &str,
    invite_token: Option<&str>,
) -> Result<Session, AccountError> {
    let email = normalise_email(email)?;
    let first = users::count(db).await? == 0;
    if !first && mode == SignupMode::Invite && invite_token.is_none() {
        return Err(AccountError::SignupClosed);
    }
    let hash = password::hash(password).await?;
    let display_name = if display_name.trim().is_empty() {
        email.split('@').next().unwrap_or("")
    } else {
        display_name.trim()
    };
    let (user, _) = users::create_with_personal_workspace(
        db,
        &NewUser {
            email: &email,
            display_name,
            password_hash: Some(&hash),
            is_instance_admin: first,
            created_at: now(),
        },
    )
    .await?;
    if let Some(invite) = invite_token {
        invites::accept(db, &tokens::hash(invite), user.id, now()).await.map_err(|e| match e {
            StorageError::NotFound => AccountError::InvalidInvite,
            other => AccountError::Storage(other),
        })?;
    }
    start_session(db, user).await
}

/// Checks the password and opens a session, within the log-in rate limits.
pub async fn log_in(
    db: &Db,
    limiter: &LoginLimiter,
    email: &str,
    password: &str,
    ip: Option<IpAddr>,
) -> Result<Session, AccountError> {
    let email = email.trim().to_lowercase();
    if !limiter.check(&email, ip) {
        return Err(AccountError::RateLimited);
    }
    let user = users::find_by_email(db, &email).await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let matches = password::verify_or_waste(password, hash).await;
    match user {
        Some(user) if matches => start_session(db, user).await,
        _ => Err(AccountError::InvalidCredentials),
    }
}

async fn start_session(db: &Db, user: User) -> Result<Session, AccountError> {
    let token = tokens::generate();
    let now = now();
    auth_tokens::create(
        db,
        &auth_tokens::NewAuthToken {
            user_id: user.id,
            kind: "session",
            name: "log-in",
            token_hash: &tokens::hash(&token),
            created_at: now,
            expires_at: Some(now + SESSION_TTL),
        },
    )
    .await?;
    Ok(Session { user, token })
}

/// Revokes the token the caller used.
pub async fn log_out(db: &Db, caller: &Caller) -> Result<(), AccountError> {
    Ok(auth_tokens::revoke(db, caller.user_id, caller.token_id, now()).await?)
}

/// Creates a named personal API token that does not expire until revoked.
pub async fn create_api_token(
    db: &Db,
    caller: &Caller,
    name: &str,
) -> Result<(auth_tokens::AuthToken, String), AccountError> {
    let token = tokens::generate();
    let row = auth_tokens::create(
        db,
        &auth_tokens::NewAuthToken {
            user_id: caller.user_id,
            kind: "api",
            name: name.trim(),
            token_hash: &tokens::hash(&token),
            created_at: now(),
            expires_at: None,
        },
    )
    .await?;
    Ok((row, token))
}

/// `ai-usage user create`: an account made by an operator, whatever the sign-up mode.
pub async fn create_user(db: &Db, email: &str, password: &str, admin: bool) -> Result<User, AccountError> {
    let email = normalise_email(email)?;
    let hash = password::hash(password).await?;
    let first = users::count(db).await? == 0;
    let display_name = email.split('@').next().unwrap_or("").to_owned();
    let (user, _) = users::create_with_personal_workspace(
        db,
        &NewUser {
            email: &email,
            display_name: &display_name,
            password_hash: Some(&hash),
            is_instance_admin: admin || first,
            created_at: now(),
        },
    )
    .await?;
    Ok(user)
}

/// `ai-usage user reset-password`: sets a new password and ends every session of the account.
pub async fn reset_password(db: &Db, email: &str, password: &str) -> Result<(), AccountError> {
    let user = users::find_by_email(db, &email.trim().to_lowercase())
        .await?
        .ok_or(AccountError::InvalidCredentials)?;
    let hash = password::hash(password).await?;
    users::set_password_hash(db, user.id, &hash).await?;
    auth_tokens::revoke_sessions_of(db, user.id, now()).await?;
    Ok(())
}
