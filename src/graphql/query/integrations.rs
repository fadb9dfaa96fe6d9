use async_graphql::{Context, ID, Object, Result};

use crate::auth::Action;
use crate::graphql::ApiError;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::Integration;
use crate::storage::{self, Db};

#[derive(Default)]
pub struct IntegrationQuery;

#[Object]
impl IntegrationQuery {
    /// The vendor connections of a workspace, oldest first. Keys are never returned, only a hint.
    async fn integrations(&self, ctx: &Context<'_>, workspace_id: ID) -> Result<Vec<Integration>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ReadAggregates).await?;
        let db = ctx.data_unchecked::<Db>();
        let rows =
            storage::integrations::list_for_workspace(db, workspace_id).await.map_err(ApiError::from)?;
        Ok(rows.into_iter().map(Integration::from).collect())
    }
}
