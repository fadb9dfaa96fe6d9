//! `loadSampleData`: the "Try it with sample data" button of an empty workspace. Admins only
//! (`Action::ManageIntegrations`), audited like `connectIntegration`; the work is
//! [`demo::sample`](crate::demo::sample)'s.

use async_graphql::{Context, ID, Object};

use crate::auth::Action;
use crate::demo::sample::{self, SampleDataError};
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::Integration;
use crate::graphql::{ApiError, ApiResult};
use crate::sync::SyncEngine;

#[derive(Default)]
pub struct SampleDataMutation;

#[Object]
impl SampleDataMutation {
    /// Fills an empty workspace with sample data: starts the built-in fake Claude Code, GitHub
    /// Copilot and Cursor servers on this machine's loopback and connects them through the real
    /// connect and sync path (their backfills start at once; watch `syncProgress`). Only those
    /// fakes' addresses are allowed, and only for these integrations. `CONFLICT` when the
    /// workspace has any integration; `FORBIDDEN` when the caller is not an admin or the
    /// operator turned sample data off (`sampleDataEnabled`). Admins only.
    async fn load_sample_data(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The empty workspace to fill.")] workspace_id: ID,
    ) -> ApiResult<Vec<Integration>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ManageIntegrations).await?;
        let engine = ctx.data_unchecked::<SyncEngine>();
        let rows = sample::load(engine, workspace_id).await.map_err(|error| match error {
            SampleDataError::Disabled => ApiError::Forbidden,
            SampleDataError::NotEmpty => ApiError::Conflict(error.to_string()),
            SampleDataError::Demo(cause) => {
                tracing::error!(error = %cause, workspace_id, "cannot load sample data");
                ApiError::Internal
            }
        })?;
        Ok(rows.into_iter().map(Integration::from).collect())
    }
}
