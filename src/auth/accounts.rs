//! Account operations shared by the GraphQL API and the operator CLI.
//!
//! Sign-up checks everything cheap first, in this order, and hashes the password only when all
//! pass: the per-address sign-up limit, the email, display name and password lengths, first-run
//! setup (the setup code, see [`super::setup`]), the invitation (unknown, used, expired or for
//! another address are refused alike) or the sign-up mode, and whether the email is taken. The
//! account, its personal workspace, the first-run claim and the invitation's membership are then
//! written in one transaction, so a refused sign-up stores nothing.
//!
//! A taken email is refused with the same generic message in every mode. That a sign-up with a
//! taken email fails at all cannot be hidden without mail verification, which the service does not
//! do; the per-address limit bounds how fast anyone can probe.

use std::net::IpAddr;

use chrono::TimeDelta;

use super::caller::now;
use super::password::{self, PasswordError};
use super::rate_limit::{LoginLimiter, SignupLimiter};
use super::setup::{self, SetupCode};
use super::validate::{self, InputError};
use super::{Caller, SignupMode, tokens};
use crate::domain::TokenKind;
use crate::storage::users::{AccountPlan, CreateAccountError, NewUser, User};
use crate::storage::{Db, StorageError, auth_tokens, invites, users};

/// How long a log-in session lasts.
pub const SESSION_TTL: TimeDelta = TimeDelta::days(30);

#[derive(Debug, thiserror::Error)]
/// Why an account operation was refused. Each maps to one API error code at the GraphQL edge.
pub enum AccountError {
    /// Deliberately vague: see the module doc.
    #[error("an account cannot be created with this email address")]
    EmailTaken,
    #[error(transparent)]
    /// An email, name or password that does not pass the input checks.
    Input(#[from] InputError),
    /// Deliberately the same for an unknown email and a wrong password.
    #[error("wrong email or password")]
    InvalidCredentials,
    #[error("the current password is wrong")]
    /// `changePassword`'s current password does not match.
    WrongPassword,
    #[error("sign-up is by invitation only on this instance")]
    /// Sign-up needs an invitation on this instance.
    SignupClosed,
    #[error("the first account needs `setupCode`: the one-time code this server printed in its log")]
    /// The first account needs the one-time setup code (see `auth::setup`).
    SetupCodeRequired,
    #[error("the invitation is unknown, used, expired or for another email address")]
    /// The invitation cannot be used; deliberately one answer for every reason.
    InvalidInvite,
    #[error("too many attempts; wait a minute and try again")]
    /// Too many attempts from this account or address.
    RateLimited,
    #[error(transparent)]
    /// The password could not be hashed or checked.
    Password(PasswordError),
    #[error(transparent)]
    /// The database failed.
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

impl From<PasswordError> for AccountError {
    fn from(err: PasswordError) -> Self {
        match err {
            PasswordError::Busy => AccountError::RateLimited,
            other => AccountError::Password(other),
        }
    }
}

impl From<CreateAccountError> for AccountError {
    fn from(err: CreateAccountError) -> Self {
        match err {
            CreateAccountError::NotAllowed => AccountError::SignupClosed,
            CreateAccountError::InvalidInvite => AccountError::InvalidInvite,
            CreateAccountError::Storage(storage) => storage.into(),
        }
    }
}

/// A new session: the token is shown to the client once.
pub struct Session {
    /// The account logged in.
    pub user: User,
    /// The session token, shown to the client once (only its hash is stored).
    pub token: String,
}

/// What the instance decides sign-ups with.
pub struct SignupGate<'a> {
    /// Whether anyone may sign up or only the invited.
    pub mode: SignupMode,
    /// The per-address sign-up limit.
    pub limiter: &'a SignupLimiter,
    /// The first-run code required for a first account from off the host.
    pub setup_code: &'a SetupCode,
}

/// One sign-up request, as the client sent it.
#[derive(Debug, Clone, Copy, Default)]
pub struct SignUp<'a> {
    /// The log-in email, as typed (normalised before use).
    pub email: &'a str,
    /// The chosen password.
    pub password: &'a str,
    /// The name shown to others; empty means the email's local part.
    pub display_name: &'a str,
    /// The invitation token, where sign-up needs one or the account joins a workspace.
    pub invite_token: Option<&'a str>,
    /// The first-run setup code, for the first account.
    pub setup_code: Option<&'a str>,
    /// Where the request came from (for the limits and the setup-code rule).
    pub client_ip: Option<IpAddr>,
}

/// Creates an account (with its personal workspace) and logs it in. The first account on an empty
/// instance becomes the instance admin; after that `gate.mode` decides whether an invite is needed.
pub async fn sign_up(db: &Db, gate: &SignupGate<'_>, request: &SignUp<'_>) -> Result<Session, AccountError> {
    if !gate.limiter.check(request.client_ip) {
        return Err(AccountError::RateLimited);
    }
    let email = validate::email(request.email)?;
    let display_name = validate::optional_name(request.display_name, "the display name")?;
    password::check_new(request.password)?;
    let first = users::count(db).await? == 0;
    if first
        && setup::code_required(request.client_ip)
        && !request.setup_code.is_some_and(|code| gate.setup_code.matches(code))
    {
        return Err(AccountError::SetupCodeRequired);
    }
    let invite_hash = request.invite_token.map(tokens::hash);
    match &invite_hash {
        Some(hash) if !invites::is_usable(db, hash, &email, now()).await? => {
            return Err(AccountError::InvalidInvite);
        }
        None if !first && gate.mode == SignupMode::Invite => return Err(AccountError::SignupClosed),
        _ => {}
    }
    if users::find_by_email(db, &email).await?.is_some() {
        return Err(AccountError::EmailTaken);
    }
    let hash = password::hash(request.password).await?;
    let display_name =
        if display_name.is_empty() { email.split('@').next().unwrap_or("") } else { display_name };
    let (user, _, _) = users::create_account(
        db,
        &AccountPlan {
            user: NewUser {
                email: &email,
                display_name,
                password_hash: Some(&hash),
                is_instance_admin: false,
                created_at: now(),
            },
            claim_first: first,
            first_or_invite_only: gate.mode == SignupMode::Invite,
            invite_hash: invite_hash.as_deref(),
        },
    )
    .await?;
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
    if !limiter.check(email, ip) {
        return Err(AccountError::RateLimited);
    }
    let email = email.trim().to_lowercase();
    // No account has a longer email; such a request costs no query (but still a verification).
    let user =
        if email.len() <= validate::MAX_EMAIL_LEN { users::find_by_email(db, &email).await? } else { None };
    let hash = user.as_ref().and_then(|u| u.password_hash.as_deref());
    let matches = password::verify_or_waste(password, hash).await?;
    match user {
        Some(user) if matches => start_session(db, user).await,
        _ => {
            limiter.record_failure(&email);
            Err(AccountError::InvalidCredentials)
        }
    }
}

async fn start_session(db: &Db, user: User) -> Result<Session, AccountError> {
    let token = tokens::generate();
    let now = now();
    auth_tokens::create(
        db,
        &auth_tokens::NewAuthToken {
            user_id: user.id,
            kind: TokenKind::Session,
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
    let name = validate::name(name, "a token name")?;
    let token = tokens::generate();
    let row = auth_tokens::create(
        db,
        &auth_tokens::NewAuthToken {
            user_id: caller.user_id,
            kind: TokenKind::Api,
            name,
            token_hash: &tokens::hash(&token),
            created_at: now(),
            expires_at: None,
        },
    )
    .await?;
    Ok((row, token))
}

/// Changes the caller's password after checking the current one (within the log-in limits, so it
/// is no way around them), and ends the caller's other sessions. API tokens stay valid (the
/// account lists them; revoke any you do not know). Returns the ids of the tokens it revoked.
pub async fn change_password(
    db: &Db,
    limiter: &LoginLimiter,
    caller: &Caller,
    current: &str,
    new: &str,
    ip: Option<IpAddr>,
) -> Result<Vec<i64>, AccountError> {
    password::check_new(new)?;
    if !limiter.check(&caller.email, ip) {
        return Err(AccountError::RateLimited);
    }
    let user = users::get(db, caller.user_id).await?;
    if !password::verify_or_waste(current, user.password_hash.as_deref()).await? {
        limiter.record_failure(&caller.email);
        return Err(AccountError::WrongPassword);
    }
    let hash = password::hash(new).await?;
    users::set_password_hash(db, user.id, &hash).await?;
    Ok(auth_tokens::revoke_all_of(db, user.id, Some(caller.token_id), true, now()).await?)
}

/// `ai-usage user create`: an account made by an operator, whatever the sign-up mode. The first
/// account of an instance becomes its admin, as with sign-up.
pub async fn create_user(db: &Db, email: &str, password: &str, admin: bool) -> Result<User, AccountError> {
    let email = validate::email(email)?;
    let hash = password::hash(password).await?;
    let display_name = email.split('@').next().unwrap_or("").to_owned();
    let (user, _, _) = users::create_account(
        db,
        &AccountPlan {
            user: NewUser {
                email: &email,
                display_name: &display_name,
                password_hash: Some(&hash),
                is_instance_admin: admin,
                created_at: now(),
            },
            claim_first: true,
            first_or_invite_only: false,
            invite_hash: None,
        },
    )
    .await?;
    Ok(user)
}

/// `ai-usage user reset-password`: sets a new password and revokes every session **and API
/// token** of the account (a reset is what an operator does when an account may be in the wrong
/// hands). Returns the ids of the revoked tokens.
pub async fn reset_password(db: &Db, email: &str, password: &str) -> Result<Vec<i64>, AccountError> {
    let user = users::find_by_email(db, &email.trim().to_lowercase())
        .await?
        .ok_or(AccountError::InvalidCredentials)?;
    let hash = password::hash(password).await?;
    users::set_password_hash(db, user.id, &hash).await?;
    Ok(auth_tokens::revoke_all_of(db, user.id, None, false, now()).await?)
}
