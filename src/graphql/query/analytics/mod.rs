//! The analytics API: what every dashboard chart asks for. Each resolver checks access and builds
//! the selection ([`selection::select`]), asks `crate::analytics` for the figures (aggregation
//! happens in the database, mostly on rollups) and maps them to the GraphQL types.

mod reads;

use async_graphql::{Context, ID, Object};
use chrono::Utc;

use self::reads::RequestReads;
use crate::analytics::people::PageParams;
use crate::analytics::series::SeriesParams;
use crate::analytics::{self, Rows};
use crate::domain::{Granularity, Identities, Metric};
use crate::graphql::limits::cost;
use crate::graphql::selection::{Question, select};
use crate::graphql::types::analytics::*;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::Db;

#[derive(Default)]
pub struct AnalyticsQuery;

#[Object]
impl AnalyticsQuery {
    /// Figures over time for a workspace: one point per day, ISO week (Monday start) or calendar
    /// month, empty buckets included as zeros. Days are UTC days as the vendors report them.
    /// Readable by viewers and up.
    #[expect(clippy::too_many_arguments, reason = "one Rust argument per GraphQL argument of the field")]
    #[graphql(
        complexity = "cost::series(&range, granularity, metrics.len(), split_by_provider, child_complexity)"
    )]
    async fn usage_series(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(desc = "One point per DAY, WEEK (ISO, Monday start) or MONTH.")] granularity: Granularity,
        #[graphql(desc = "The metrics of each point, in this order.")] metrics: Vec<Metric>,
        #[graphql(default = false, desc = "One line per tool instead of one for all tools together.")]
        split_by_provider: bool,
        #[graphql(
            desc = "Narrows the tools, integrations, people, actors or teams covered; see `UsageFilter`."
        )]
        filter: Option<UsageFilter>,
        #[graphql(
            default,
            desc = "Whose identities the people figures count: HUMANS (default), SERVICES or ALL. Measures always include every identity."
        )]
        identities: Identities,
    ) -> ApiResult<UsageSeries> {
        let question = Question { workspace_id, range, filter, identities };
        let selection = select(ctx, question, Rows::Aggregates).await?;
        let params = SeriesParams { granularity, metrics, split_by_provider };
        let series = analytics::series::series(&RequestReads::of(ctx), &selection.scope, params).await;
        Ok(series.map_err(ApiError::from)?.into())
    }

    /// Headline figures for a range and the period of equal length before it, with changes.
    /// Days are UTC days as the vendors report them. Readable by viewers and up.
    async fn usage_summary(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(
            desc = "Narrows the tools, integrations, people, actors or teams covered; see `UsageFilter`."
        )]
        filter: Option<UsageFilter>,
        #[graphql(
            default,
            desc = "Whose identities the people figures count: HUMANS (default), SERVICES or ALL. Measures always include every identity."
        )]
        identities: Identities,
    ) -> ApiResult<UsageSummary> {
        let question = Question { workspace_id, range, filter, identities };
        let selection = select(ctx, question, Rows::Aggregates).await?;
        let summary = analytics::summary::summary(&RequestReads::of(ctx), &selection.scope).await;
        Ok(summary.map_err(ApiError::from)?.into())
    }

    /// A contribution-graph calendar: one cell per UTC day of the range with its count of
    /// `metric` and a 0–4 level by quartiles of the non-zero days. The default, `ACTIVE_DAYS`
    /// (people active that day, per tool), is reported by every tool; a metric no tool in scope
    /// reports gives null counts. Readable by viewers and up.
    #[graphql(complexity = "cost::per_day(&range, child_complexity)")]
    async fn activity_heatmap(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(
            default_with = "Metric::ActiveDays",
            desc = "What each cell counts (default ACTIVE_DAYS)."
        )]
        metric: Metric,
        #[graphql(
            desc = "Narrows the tools, integrations, people, actors or teams covered; see `UsageFilter`."
        )]
        filter: Option<UsageFilter>,
        #[graphql(
            default,
            desc = "Whose identities the people figures count: HUMANS (default), SERVICES or ALL. Measures always include every identity."
        )]
        identities: Identities,
    ) -> ApiResult<ActivityHeatmap> {
        let question = Question { workspace_id, range, filter, identities };
        let selection = select(ctx, question, Rows::Aggregates).await?;
        let heatmap = analytics::heatmap::heatmap(&RequestReads::of(ctx), &selection.scope, metric).await;
        Ok(heatmap.map_err(ApiError::from)?.into())
    }

    /// The top `top` values of a dimension by `metric`, the rest summed into `other`. The
    /// default, `ACTIVE_DAYS`, is reported by every tool and every dimension (person-days with
    /// usage of the value), so no dimension answers all zeros by default; a PROVIDER row of a tool
    /// that does not report `metric` has a null value. PERSON rows are per-person data: admins see everyone, members only
    /// themselves, viewers are refused. TEAM rows are hidden from non-admins when showing them
    /// would let some combination of answers single out fewer people than the workspace's
    /// `minGroupSize`; hidden teams are counted in `hiddenGroups` and left out of `total` and
    /// `other`, so `total − Σ rows` is exactly `other`. Days are UTC days as the vendors report
    /// them.
    #[expect(clippy::too_many_arguments, reason = "one Rust argument per GraphQL argument of the field")]
    #[graphql(complexity = "cost::rows(cost::clamp(top, 1_000), child_complexity)")]
    async fn breakdown(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(desc = "What the rows group by.")] dimension: BreakdownDimension,
        #[graphql(default = 10, desc = "How many rows before `other`, 1 to 1000.")] top: i32,
        #[graphql(
            default_with = "Metric::ActiveDays",
            desc = "What rows are ranked and summed by (default ACTIVE_DAYS)."
        )]
        metric: Metric,
        #[graphql(
            desc = "Narrows the tools, integrations, people, actors or teams covered; see `UsageFilter`."
        )]
        filter: Option<UsageFilter>,
        #[graphql(
            default,
            desc = "Whose identities the people figures count: HUMANS (default), SERVICES or ALL. Measures always include every identity."
        )]
        identities: Identities,
    ) -> ApiResult<Breakdown> {
        let top = analytics::breakdown::check_top(top).map_err(ApiError::from)?;
        let question = Question { workspace_id, range, filter, identities };
        let selection = select(ctx, question, dimension.rows()).await?;
        let reads = RequestReads::of(ctx);
        let breakdown = analytics::breakdown::breakdown(&reads, &selection, dimension, top, metric).await;
        Ok(breakdown.map_err(ApiError::from)?.into())
    }

    /// Per-person usage across tools as a leaderboard ordered by `orderBy` (default
    /// `ACTIVE_DAYS`, which every tool reports), with each tool's last active day and seat-versus-use. Lists everyone with
    /// a usage row in the range and every seat holder of the selection's integrations, with usage
    /// or not (an unused seat ranks last with 0, its idleness in `seats`); people only unless
    /// `identities` says otherwise. Per-person data: admins see everyone, members only
    /// themselves, viewers are refused. Days are UTC days as the vendors report them.
    #[expect(clippy::too_many_arguments, reason = "one Rust argument per GraphQL argument of the field")]
    #[graphql(complexity = "cost::rows(cost::clamp(first, 1_000), child_complexity)")]
    async fn people(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(
            default_with = "Metric::ActiveDays",
            desc = "The metric rows are ranked by, largest first (default ACTIVE_DAYS)."
        )]
        order_by: Metric,
        #[graphql(default = 50, desc = "Rows in the page, 0 to 1000.")] first: i32,
        #[graphql(default = 0, desc = "Rows of the leaderboard to skip before the page.")] offset: i32,
        #[graphql(
            desc = "Narrows the tools, integrations, people, actors or teams covered; see `UsageFilter`."
        )]
        filter: Option<UsageFilter>,
        #[graphql(
            default,
            desc = "Whose identities the people figures count: HUMANS (default), SERVICES or ALL. Measures always include every identity."
        )]
        identities: Identities,
    ) -> ApiResult<PeoplePage> {
        let (first, offset) = analytics::people::check_page(first, offset).map_err(ApiError::from)?;
        let question = Question { workspace_id, range, filter, identities };
        let selection = select(ctx, question, Rows::PerPerson).await?;
        // Every measure is read (for the page's people only) when the page shows one.
        let rows = ctx.look_ahead().field("rows");
        let with_measures = rows.field("totals").exists() || rows.field("tools").field("totals").exists();
        let params = PageParams { order_by, first, offset, with_measures };
        let page = analytics::people::page(&RequestReads::of(ctx), &selection.scope, params).await;
        Ok(page.map_err(ApiError::from)?.into())
    }

    /// Sync coverage per integration and UTC day: FINAL (synced, past the vendor's reporting
    /// lag), PROVISIONAL (within the lag: the last `lagDays` days up to today), MISSING (never
    /// synced), FAILED (the vendor answered badly; retried on a schedule) or UNAVAILABLE (the
    /// vendor does not serve it: older than its history horizon, given up after the last attempt,
    /// or acknowledged by an admin), the last two with a `reason`. Readable by viewers and up.
    #[graphql(complexity = "cost::freshness(&range, child_complexity)")]
    async fn data_freshness(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(desc = "Narrows the integrations covered (by tool or integration); see `UsageFilter`.")]
        filter: Option<UsageFilter>,
    ) -> ApiResult<DataFreshness> {
        let question = Question { workspace_id, range, filter, identities: Identities::Humans };
        let selection = select(ctx, question, Rows::Aggregates).await?;
        let today = Utc::now().date_naive();
        let freshness =
            analytics::freshness::freshness(ctx.data_unchecked::<Db>(), &selection.scope, today).await;
        Ok(freshness.map_err(ApiError::from)?.into())
    }
}
