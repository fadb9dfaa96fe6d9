//! Queries about the caller and their workspaces: `me`, `workspaces`, `workspace`, `members` and
//! `apiTokens`. Each answers only within the caller's own memberships.

use async_graphql::{Context, ID, Object};

use crate::auth::Action;
use crate::graphql::guard::{caller, require};
use crate::graphql::ids::parse_id;
use crate::graphql::limits::cost;
use crate::graphql::types::{ApiToken, Member, User, Workspace};
use crate::graphql::{ApiError, ApiResult};
use crate::storage::{Db, auth_tokens, users, workspaces};

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The account the request is authenticated as.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<User> {
        let caller = caller(ctx)?;
        Ok(users::get(ctx.data_unchecked::<Db>(), caller.user_id).await.map_err(ApiError::storage)?.into())
    }

    /// The workspaces the caller belongs to, with their role in each.
    #[graphql(complexity = "cost::rows(cost::ASSUMED_WORKSPACES, child_complexity)")]
    async fn workspaces(&self, ctx: &Context<'_>) -> ApiResult<Vec<Workspace>> {
        let caller = caller(ctx)?;
        let rows = workspaces::list_for_user(ctx.data_unchecked::<Db>(), caller.user_id)
            .await
            .map_err(ApiError::storage)?;
        Ok(rows.into_iter().map(|(ws, role)| Workspace::new(ws, role)).collect())
    }

    /// One workspace the caller belongs to.
    async fn workspace(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] id: ID,
    ) -> ApiResult<Workspace> {
        let id = parse_id(&id, "id")?;
        let access = require(ctx, id, Action::ReadAggregates).await?;
        let ws = workspaces::get(ctx.data_unchecked::<Db>(), id).await.map_err(ApiError::storage)?;
        Ok(Workspace::new(ws, access.role))
    }

    /// Members of a workspace with their roles. Viewers cannot list members.
    #[graphql(complexity = "cost::rows(cost::ASSUMED_MEMBERS, child_complexity)")]
    async fn members(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> ApiResult<Vec<Member>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ReadOwnPersonRows).await?;
        let rows =
            workspaces::members(ctx.data_unchecked::<Db>(), workspace_id).await.map_err(ApiError::storage)?;
        Ok(rows.into_iter().map(|(user, role)| Member { user: user.into(), role }).collect())
    }

    /// The caller's personal API tokens (never their secrets), newest first.
    #[graphql(complexity = "cost::rows(cost::ASSUMED_TOKENS, child_complexity)")]
    async fn api_tokens(&self, ctx: &Context<'_>) -> ApiResult<Vec<ApiToken>> {
        let caller = caller(ctx)?;
        let rows = auth_tokens::list_api_tokens(ctx.data_unchecked::<Db>(), caller.user_id)
            .await
            .map_err(ApiError::storage)?;
        Ok(rows.into_iter().map(ApiToken::from).collect())
    }
}
