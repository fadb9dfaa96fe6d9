//! What the web app asks before anyone logs in: whether the instance still needs its first
//! account, and whether sample data may be loaded. No account needed; nothing secret.

use async_graphql::{Context, Object};

use crate::graphql::{ApiError, ApiResult};
use crate::storage::{Db, users};
use crate::sync::SyncEngine;

#[derive(Default)]
pub struct InstanceQuery;

#[Object]
impl InstanceQuery {
    /// True while no account exists: the first sign-up creates the instance admin (the web app
    /// opens its first-run page). False for good once an account exists.
    async fn setup_required(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let db = ctx.data_unchecked::<Db>();
        Ok(users::count(db).await.map_err(ApiError::storage)? == 0)
    }

    /// Whether workspace admins may load sample data (`loadSampleData`): the operator's
    /// `AI_USAGE_SAMPLE_DATA`, on by default.
    async fn sample_data_enabled(&self, ctx: &Context<'_>) -> bool {
        ctx.data_unchecked::<SyncEngine>().config().sample_data
    }
}
