//! How resolvers ask the policy: every resolver that touches a workspace calls [`require`] first.

use async_graphql::Context;

use super::ApiError;
use super::memo::RequestMemo;
use crate::auth::policy::{self, Denied};
use crate::auth::{Action, Caller};
use crate::domain::Role;
use crate::storage::{Db, StorageError, integrations, workspaces};

/// Proof that the caller may act in a workspace, with the role that allowed it.
pub struct Access<'a> {
    pub caller: &'a Caller,
    pub role: Role,
}

impl Access<'_> {
    /// Whether the role that let the caller in also allows `action`: the policy's rule, so no
    /// resolver compares roles itself.
    pub fn may(&self, action: Action) -> bool {
        policy::decide(Some(self.role), action).is_ok()
    }
}

/// The authenticated caller, or `UNAUTHENTICATED`.
pub fn caller<'a>(ctx: &Context<'a>) -> Result<&'a Caller, ApiError> {
    ctx.data_opt::<Caller>().ok_or(ApiError::Unauthenticated)
}

/// The caller's access to `workspace_id` for `action`, or `UNAUTHENTICATED`/`FORBIDDEN`.
pub async fn require<'a>(
    ctx: &Context<'a>,
    workspace_id: i64,
    action: Action,
) -> Result<Access<'a>, ApiError> {
    let db = ctx.data_unchecked::<Db>();
    let caller = caller(ctx)?;
    let role = match ctx.data_opt::<RequestMemo>().filter(|_| action.is_read()) {
        Some(memo) => {
            let lookup = workspaces::role_of(db, workspace_id, caller.user_id);
            let role = memo
                .roles
                .get_or_try_init((workspace_id, caller.user_id), lookup)
                .await
                .map_err(ApiError::storage)?;
            policy::decide(role, action)?
        }
        None => policy::authorize(db, Some(caller), workspace_id, action).await?,
    };
    Ok(Access { caller, role })
}

/// Loads an integration the caller may act on. An integration that does not exist is `FORBIDDEN`
/// too, so ids cannot be probed across workspaces.
pub async fn require_integration<'a>(
    ctx: &Context<'a>,
    integration_id: i64,
    action: Action,
) -> Result<(integrations::Integration, Access<'a>), ApiError> {
    caller(ctx)?;
    let db = ctx.data_unchecked::<Db>();
    let integration = match integrations::get(db, integration_id).await {
        Ok(found) => found,
        Err(StorageError::NotFound) => return Err(ApiError::Forbidden),
        Err(other) => return Err(ApiError::storage(other)),
    };
    let access = require(ctx, integration.workspace_id, action).await?;
    Ok((integration, access))
}

impl From<Denied> for ApiError {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::Unauthenticated => ApiError::Unauthenticated,
            Denied::Forbidden => ApiError::Forbidden,
            Denied::Storage(e) => ApiError::storage(e),
        }
    }
}
