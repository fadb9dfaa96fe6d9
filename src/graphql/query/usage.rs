//! `dailyUsage`: the raw per-person, per-day rows of a workspace, bounded in rows. Who sees whose
//! rows follows the role (admins everyone, members their own, viewers none).

use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::limits::cost;
use crate::graphql::types::DailyUsageRow;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::usage::OwnRows;
use crate::storage::{self, Db};

#[derive(Default)]
pub struct UsageQuery;

/// The most rows one `dailyUsage` call returns; aggregates answer wider questions.
const MAX_DAILY_ROWS: i64 = 10_000;

#[Object]
impl UsageQuery {
    /// Per-person, per-day usage rows of a workspace between `from` and `to` (inclusive UTC days,
    /// as the vendors report them), ordered by day. At most 10,000 rows. Admins and owners see
    /// everyone's rows, members only their own; viewers see aggregates only.
    #[graphql(complexity = "cost::rows(cost::DAILY_USAGE_ROWS, child_complexity)")]
    async fn daily_usage(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "First UTC day (included).")] from: NaiveDate,
        #[graphql(desc = "Last UTC day (included).")] to: NaiveDate,
    ) -> ApiResult<Vec<DailyUsageRow>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        if from > to {
            return Err(ApiError::BadInput("`from` is after `to`".into()));
        }
        let access = require(ctx, workspace_id, Action::ReadOwnPersonRows).await?;
        let only = (!access.may(Action::ReadAllPersonRows))
            .then(|| OwnRows { user_id: access.caller.user_id, email: &access.caller.email });
        let db = ctx.data_unchecked::<Db>();
        let rows = storage::usage::list_daily_for_workspace(db, workspace_id, from, to, only, MAX_DAILY_ROWS)
            .await
            .map_err(ApiError::storage)?;
        Ok(rows.into_iter().map(DailyUsageRow::from).collect())
    }
}
