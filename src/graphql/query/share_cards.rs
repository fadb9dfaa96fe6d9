//! The share cards a caller can manage: their own, or every card of the workspace for admins.

use async_graphql::{Context, ID, Object};

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::ShareCard;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::{Db, share_links};

/// The most cards one answer lists (newest first).
const MAX_LISTED: i64 = 500;

#[derive(Default)]
pub struct ShareCardQuery;

#[Object]
impl ShareCardQuery {
    /// Share cards of a workspace, newest first (at most 500), revoked and expired ones
    /// included: the caller's own, or — for admins — everyone's. Their links are not shown
    /// (only `createShareCard` shows one).
    async fn share_cards(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> ApiResult<Vec<ShareCard>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let access = require(ctx, workspace_id, Action::ReadAggregates).await?;
        let everyone = require(ctx, workspace_id, Action::ManageMembers).await.is_ok();
        let only = (!everyone).then_some(access.caller.user_id);
        let cards = share_links::list(ctx.data_unchecked::<Db>(), workspace_id, only, MAX_LISTED)
            .await
            .map_err(ApiError::storage)?;
        Ok(cards.into_iter().map(ShareCard::from).collect())
    }
}
