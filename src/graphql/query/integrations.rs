//! `integrations` and `syncRuns`: the vendor connections of a workspace and their run history,
//! readable by every member (keys are never returned).

use async_graphql::{Context, ID, Object};

use crate::auth::Action;
use crate::graphql::guard::{require, require_integration};
use crate::graphql::ids::parse_id;
use crate::graphql::limits::cost;
use crate::graphql::types::{Integration, SyncRun};
use crate::graphql::{ApiError, ApiResult};
use crate::storage::{self, Db};

#[derive(Default)]
pub struct IntegrationQuery;

#[Object]
impl IntegrationQuery {
    /// The vendor connections of a workspace, oldest first. Keys are never returned, only a hint.
    #[graphql(complexity = "cost::rows(cost::ASSUMED_INTEGRATIONS, child_complexity)")]
    async fn integrations(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> ApiResult<Vec<Integration>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ReadAggregates).await?;
        let db = ctx.data_unchecked::<Db>();
        let rows =
            storage::integrations::list_for_workspace(db, workspace_id).await.map_err(ApiError::storage)?;
        Ok(Integration::list(rows))
    }

    /// The sync runs of an integration, newest first (at most 100).
    #[graphql(complexity = "cost::rows(cost::clamp(limit, 100), child_complexity)")]
    async fn sync_runs(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The integration's id.")] integration_id: ID,
        #[graphql(default = 20, desc = "How many runs, 1 to 100.")] limit: i32,
    ) -> ApiResult<Vec<SyncRun>> {
        let integration_id = parse_id(&integration_id, "integrationId")?;
        require_integration(ctx, integration_id, Action::ReadAggregates).await?;
        let db = ctx.data_unchecked::<Db>();
        let runs = storage::sync_runs::recent(db, integration_id, i64::from(limit.clamp(1, 100)))
            .await
            .map_err(ApiError::storage)?;
        Ok(runs.into_iter().map(SyncRun::from).collect())
    }
}
