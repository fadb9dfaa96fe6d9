//! Pending invitations of a workspace, for its admins.

use async_graphql::{Context, ID, Object};

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::{parse_id, to_id};
use crate::graphql::types::PendingInvitation;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::{Db, invites};

#[derive(Default)]
pub struct InvitationQuery;

#[Object]
impl InvitationQuery {
    /// Invitations of a workspace that are neither used nor expired, newest first (without their
    /// tokens). Admins only; withdraw one with `revokeInvitation`.
    async fn invitations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> ApiResult<Vec<PendingInvitation>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ManageMembers).await?;
        let now = chrono::Utc::now().naive_utc();
        let rows = invites::list_pending(ctx.data_unchecked::<Db>(), workspace_id, now)
            .await
            .map_err(ApiError::storage)?;
        Ok(rows
            .into_iter()
            .map(|invite| PendingInvitation {
                id: to_id(invite.id),
                email: invite.email,
                role: invite.role,
                created_at: invite.created_at,
                expires_at: invite.expires_at,
            })
            .collect())
    }
}
