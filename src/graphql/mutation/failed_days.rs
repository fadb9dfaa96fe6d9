//! Admin actions on days the vendor answered badly (issue #12): read one again now, or accept the
//! gap. The retry schedule itself is in `crate::sync::failed_days`.

use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;

use crate::auth::Action;
use crate::graphql::guard::require_integration;
use crate::graphql::ids::parse_id;
use crate::graphql::types::{FailedDay, SyncRun};
use crate::graphql::{ApiError, ApiResult};
use crate::storage::day_failures;
use crate::sync::events::IntegrationChange;
use crate::sync::{RangeRequest, SyncEngine, Trigger};

#[derive(Default)]
pub struct FailedDayMutation;

#[Object]
impl FailedDayMutation {
    /// Reads a failed day again now, in the background, and returns the run (a run of that day
    /// alone). Works in any state, given up and acknowledged included; a success clears the
    /// failure, another failure counts as an attempt. `NOT_FOUND` when the day has no recorded
    /// failure, `CONFLICT` when a sync of the integration is already running. Admins only.
    async fn retry_failed_day(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The integration whose day to read again.")] integration_id: ID,
        #[graphql(desc = "The UTC day, as listed in `Integration.failedDays`.")] day: NaiveDate,
    ) -> ApiResult<SyncRun> {
        let id = parse_id(&integration_id, "integrationId")?;
        require_integration(ctx, id, Action::ManageIntegrations).await?;
        let engine = ctx.data_unchecked::<SyncEngine>();
        day_failures::get(engine.db(), id, day)
            .await
            .map_err(ApiError::storage)?
            .ok_or(ApiError::NotFound)?;
        let range = RangeRequest::Days { from: day, to: day };
        let (run, _task) = engine.spawn(id, range, Trigger::Manual).await.map_err(ApiError::from)?;
        Ok(run.into())
    }

    /// Accepts that a failed day stays without data: it becomes `UNAVAILABLE` and is never
    /// retried automatically again (`retryFailedDay` still can). `NOT_FOUND` when the day has no
    /// recorded failure. Admins only.
    async fn acknowledge_failed_day(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The integration whose day to accept as missing.")] integration_id: ID,
        #[graphql(desc = "The UTC day, as listed in `Integration.failedDays`.")] day: NaiveDate,
    ) -> ApiResult<FailedDay> {
        let id = parse_id(&integration_id, "integrationId")?;
        let (integration, _) = require_integration(ctx, id, Action::ManageIntegrations).await?;
        let engine = ctx.data_unchecked::<SyncEngine>();
        let failure = day_failures::acknowledge(engine.db(), id, day).await.map_err(ApiError::storage)?;
        engine.events().publish_integration_changed(integration.workspace_id, id, IntegrationChange::Updated);
        Ok(failure.into())
    }
}
