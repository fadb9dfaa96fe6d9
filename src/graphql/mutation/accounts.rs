//! Account mutations: sign-up, log-in and -out, passwords and personal API tokens. The rules
//! (limits, invitations, first-run setup code) live in `auth::accounts`; this maps them to the
//! API, sets or clears the session cookie, and ends revoked tokens' live connections.

use async_graphql::{Context, ID, Object};

use crate::auth::accounts::{self, AccountError, SESSION_TTL, Session, SignUp, SignupGate};
use crate::auth::caller::SESSION_COOKIE;
use crate::auth::rate_limit::{LoginLimiter, SignupLimiter};
use crate::auth::setup::SetupCode;
use crate::graphql::guard::caller;
use crate::graphql::ids::parse_id;
use crate::graphql::types::{AuthPayload, CreatedApiToken};
use crate::graphql::{ApiError, ApiResult, AuthSettings, ClientIp};
use crate::storage::{Db, auth_tokens};
use crate::sync::events::EventBus;

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Creates an account with its personal workspace and logs it in. The first account of an
    /// instance becomes its admin; unless the request comes from the server's own host (loopback)
    /// it needs `setupCode`, the one-time code the server prints in its log while it has no
    /// account. On invite-only instances pass the invitation token; an invitation works only for
    /// the email address it was made for. Attempts are limited per client address.
    async fn sign_up(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The log-in email (stored lower-cased; at most one account per address).")]
        email: String,
        #[graphql(desc = "At least 10 characters.")] password: String,
        #[graphql(
            default,
            desc = "The name shown to other members; empty uses the part of the email before `@`."
        )]
        display_name: String,
        #[graphql(
            desc = "An invitation's token: joins its workspace, and is required on invite-only instances."
        )]
        invite_token: Option<String>,
        #[graphql(
            desc = "The one-time code from the server's log, for the first account from another host."
        )]
        setup_code: Option<String>,
    ) -> ApiResult<AuthPayload> {
        let db = ctx.data_unchecked::<Db>();
        let gate = SignupGate {
            mode: ctx.data_unchecked::<AuthSettings>().signup_mode,
            limiter: ctx.data_unchecked::<SignupLimiter>(),
            setup_code: ctx.data_unchecked::<SetupCode>(),
        };
        let request = SignUp {
            email: &email,
            password: &password,
            display_name: &display_name,
            invite_token: invite_token.as_deref(),
            setup_code: setup_code.as_deref(),
            client_ip: ctx.data_opt::<ClientIp>().map(|ip| ip.0),
        };
        let session = accounts::sign_up(db, &gate, &request).await.map_err(account_error)?;
        Ok(open_session(ctx, session))
    }

    /// Exchanges email and password for a session token (also set as an HttpOnly cookie).
    /// Attempts are rate limited per account and per address.
    async fn log_in(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's email.")] email: String,
        #[graphql(desc = "The account's password.")] password: String,
    ) -> ApiResult<AuthPayload> {
        let db = ctx.data_unchecked::<Db>();
        let limiter = ctx.data_unchecked::<LoginLimiter>();
        let ip = ctx.data_opt::<ClientIp>().map(|ip| ip.0);
        let session = accounts::log_in(db, limiter, &email, &password, ip).await.map_err(account_error)?;
        Ok(open_session(ctx, session))
    }

    /// Revokes the token this request was made with; its WebSocket connections close with 4401.
    async fn log_out(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let caller = caller(ctx)?;
        accounts::log_out(ctx.data_unchecked::<Db>(), caller).await.map_err(account_error)?;
        tokens_ended(ctx, &[caller.token_id]);
        ctx.append_http_header(
            "set-cookie",
            format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
        );
        Ok(true)
    }

    /// Changes the caller's password. `current` is checked within the log-in limits. Ends the
    /// caller's other sessions (this one stays); API tokens stay valid.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The password in use now.")] current: String,
        #[graphql(desc = "The new password (at least 10 characters).")] new: String,
    ) -> ApiResult<bool> {
        let caller = caller(ctx)?;
        let db = ctx.data_unchecked::<Db>();
        let limiter = ctx.data_unchecked::<LoginLimiter>();
        let ip = ctx.data_opt::<ClientIp>().map(|ip| ip.0);
        let revoked = accounts::change_password(db, limiter, caller, &current, &new, ip)
            .await
            .map_err(account_error)?;
        tokens_ended(ctx, &revoked);
        Ok(true)
    }

    /// Creates a named personal API token for scripts (a name of at most 100 characters). The
    /// token is shown only in this response.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What the token is for, to recognise it in `apiTokens`.")] name: String,
    ) -> ApiResult<CreatedApiToken> {
        let caller = caller(ctx)?;
        let (row, token) = accounts::create_api_token(ctx.data_unchecked::<Db>(), caller, &name)
            .await
            .map_err(account_error)?;
        Ok(CreatedApiToken { token, api_token: row.into() })
    }

    /// Revokes one of the caller's API tokens; its WebSocket connections close with 4401.
    async fn revoke_api_token(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token's id, from `apiTokens`.")] id: ID,
    ) -> ApiResult<bool> {
        let caller = caller(ctx)?;
        let id = parse_id(&id, "id")?;
        auth_tokens::revoke(ctx.data_unchecked::<Db>(), caller.user_id, id, chrono::Utc::now().naive_utc())
            .await
            .map_err(ApiError::storage)?;
        tokens_ended(ctx, &[id]);
        Ok(true)
    }
}

fn open_session(ctx: &Context<'_>, session: Session) -> AuthPayload {
    ctx.append_http_header(
        "set-cookie",
        format!(
            "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}",
            session.token,
            SESSION_TTL.num_seconds()
        ),
    );
    AuthPayload { token: session.token, user: session.user.into() }
}

/// Ends the live connections of revoked tokens on every replica (see `crate::web::websocket`).
fn tokens_ended(ctx: &Context<'_>, token_ids: &[i64]) {
    ctx.data_unchecked::<EventBus>().publish_tokens_revoked(token_ids);
}

/// `SetupCodeRequired` is `BAD_USER_INPUT` (a missing or wrong argument, with a message that
/// says where the code is), and an unusable invitation is `BAD_USER_INPUT` whatever the reason.
pub(crate) fn account_error(err: AccountError) -> ApiError {
    match err {
        AccountError::InvalidCredentials => ApiError::InvalidCredentials,
        AccountError::SignupClosed => ApiError::Forbidden,
        AccountError::RateLimited => ApiError::RateLimited,
        AccountError::Storage(e) => ApiError::storage(e),
        other => ApiError::BadInput(other.to_string()),
    }
}
