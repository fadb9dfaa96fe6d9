use async_graphql::{Context, ID, Object, Result};

use crate::auth::accounts::{self, AccountError, SESSION_TTL, Session};
use crate::auth::caller::SESSION_COOKIE;
use crate::auth::rate_limit::LoginLimiter;
use crate::graphql::guard::caller;
use crate::graphql::ids::parse_id;
use crate::graphql::types::{AuthPayload, CreatedApiToken};
use crate::graphql::{ApiError, AuthSettings, ClientIp};
use crate::storage::{Db, auth_tokens};

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Creates an account with its personal workspace and logs it in. The first account of an
    /// instance becomes its admin. On invite-only instances pass the invitation token.
    async fn sign_up(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
        #[graphql(default)] display_name: String,
        invite_token: Option<String>,
    ) -> Result<AuthPayload> {
        let db = ctx.data_unchecked::<Db>();
        let settings = ctx.data_unchecked::<AuthSettings>();
        let session = accounts::sign_up(
            db,
            settings.signup_mode,
            &email,
            &password,
            &display_name,
            invite_token.as_deref(),
        )
        .await
        .map_err(account_error)?;
        Ok(open_session(ctx, session))
    }

    /// Exchanges email and password for a session token (also set as an HttpOnly cookie).
    /// Attempts are rate limited per account and per address.
    async fn log_in(&self, ctx: &Context<'_>, email: String, password: String) -> Result<AuthPayload> {
        let db = ctx.data_unchecked::<Db>();
        let limiter = ctx.data_unchecked::<LoginLimiter>();
        let ip = ctx.data_opt::<ClientIp>().map(|ip| ip.0);
        let session = accounts::log_in(db, limiter, &email, &password, ip).await.map_err(account_error)?;
        Ok(open_session(ctx, session))
    }

    /// Revokes the token this request was made with.
    async fn log_out(&self, ctx: &Context<'_>) -> Result<bool> {
        let caller = caller(ctx)?;
        accounts::log_out(ctx.data_unchecked::<Db>(), caller).await.map_err(account_error)?;
        ctx.append_http_header(
            "set-cookie",
            format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
        );
        Ok(true)
    }

    /// Creates a named personal API token for scripts. The token is shown only in this response.
    async fn create_api_token(&self, ctx: &Context<'_>, name: String) -> Result<CreatedApiToken> {
        let caller = caller(ctx)?;
        if name.trim().is_empty() {
            return Err(ApiError::BadInput("a token needs a name".into()).into());
        }
        let (row, token) = accounts::create_api_token(ctx.data_unchecked::<Db>(), caller, &name)
            .await
            .map_err(account_error)?;
        Ok(CreatedApiToken { token, api_token: row.into() })
    }

    /// Revokes one of the caller's API tokens.
    async fn revoke_api_token(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let caller = caller(ctx)?;
        let id = parse_id(&id, "id")?;
        auth_tokens::revoke(ctx.data_unchecked::<Db>(), caller.user_id, id, chrono::Utc::now().naive_utc())
            .await
            .map_err(ApiError::from)?;
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

pub(crate) fn account_error(err: AccountError) -> ApiError {
    match err {
        AccountError::InvalidCredentials => ApiError::InvalidCredentials,
        AccountError::SignupClosed => ApiError::Forbidden,
        AccountError::RateLimited => ApiError::RateLimited,
        AccountError::Storage(e) => e.into(),
        other => ApiError::BadInput(other.to_string()),
    }
}
