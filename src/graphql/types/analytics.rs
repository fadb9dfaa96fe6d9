//! Dashboard types: series, summary, heatmap, breakdowns, people and data freshness.
//!
//! Days are UTC days as the vendors report them. A measure a tool does not report is null for that
//! tool, and null in a total when no tool in scope reports it (the table of which tool reports what,
//! from which vendor field, is `domain::definitions`; every measure's description quotes it).

use async_graphql::{ComplexObject, Context, Enum, ID, InputObject, Result, SimpleObject};
use chrono::NaiveDate;

use crate::domain::{ActorKind, Granularity, IdentityKind, Measures, Metric, Provider, ProviderSet};
use crate::graphql::ApiError;
use crate::graphql::ids::to_id;
use crate::graphql::limits::cost;
use crate::graphql::loaders::Loaders;
use crate::graphql::types::{BigInt, Integration, SyncRun};
use crate::storage::analytics::people::{Person as PersonRow, WorkspaceActor};

/// Inclusive UTC days. Missing `to` is today (UTC); missing `from` is 89 days before `to` (90 days
/// in all). At most three years (1,096 days).
#[derive(InputObject, Default, Clone)]
pub struct DateRange {
    /// First UTC day (included); missing means 89 days before `to`.
    pub from: Option<NaiveDate>,
    /// Last UTC day (included); missing means today (UTC).
    pub to: Option<NaiveDate>,
}

/// Narrows what a query covers. Missing or empty lists mean "all". Filters combine with AND.
/// Filtering by person or actor needs the admin role. Below admin, a team filter is allowed only
/// when every team it names is shown under the workspace's `minGroupSize` rule (see
/// `Workspace.minGroupSize`) within the filter's tools and integrations; otherwise FORBIDDEN.
#[derive(InputObject, Default, Clone)]
pub struct UsageFilter {
    /// Only these tools.
    pub providers: Option<Vec<Provider>>,
    /// Only these integrations.
    pub integration_ids: Option<Vec<ID>>,
    /// Only the actors linked to these persons.
    pub person_ids: Option<Vec<ID>>,
    /// Only these actors (vendor identities).
    pub actor_ids: Option<Vec<ID>>,
    /// Only actors the vendor placed in one of these teams on any stored day (all their usage in
    /// the range counts). Below admin, each team must be shown under `minGroupSize`: e.g.
    /// `[small, big]` is refused when `small` is hidden, so it cannot be subtracted from `[big]`.
    pub teams: Option<Vec<String>>,
}

/// Every summed measure over the selection. Each field's description names, per tool, the vendor
/// field it comes from; a measure no tool of the selection reports is null, not 0.
#[derive(SimpleObject, Clone, Default)]
pub struct UsageTotals {
    #[doc = crate::metric_doc!(Sessions)]
    pub sessions: Option<BigInt>,
    #[doc = crate::metric_doc!(Interactions)]
    pub interactions: Option<BigInt>,
    #[doc = crate::metric_doc!(InputTokens)]
    pub input_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(OutputTokens)]
    pub output_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CacheReadTokens)]
    pub cache_read_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CacheWriteTokens)]
    pub cache_write_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(TotalTokens)]
    pub total_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CostMillicents)]
    pub cost_millicents: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesAdded)]
    pub lines_added: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesRemoved)]
    pub lines_removed: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesSuggested)]
    pub lines_suggested: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesAccepted)]
    pub lines_accepted: Option<BigInt>,
    #[doc = crate::metric_doc!(SuggestionsShown)]
    pub suggestions_shown: Option<BigInt>,
    #[doc = crate::metric_doc!(SuggestionsAccepted)]
    pub suggestions_accepted: Option<BigInt>,
    #[doc = crate::metric_doc!(ToolAccepted)]
    pub tool_accepted: Option<BigInt>,
    #[doc = crate::metric_doc!(ToolRejected)]
    pub tool_rejected: Option<BigInt>,
    #[doc = crate::metric_doc!(Commits)]
    pub commits: Option<BigInt>,
    #[doc = crate::metric_doc!(PullRequests)]
    pub pull_requests: Option<BigInt>,
}

impl UsageTotals {
    /// `sums` over `tools`: each measure none of them reports is null.
    pub fn over(sums: Measures, tools: ProviderSet) -> Self {
        let v = |metric: Metric, value: i64| metric.reported_by_any(tools).then_some(BigInt(value));
        UsageTotals {
            sessions: v(Metric::Sessions, sums.sessions),
            interactions: v(Metric::Interactions, sums.interactions),
            input_tokens: v(Metric::InputTokens, sums.input_tokens),
            output_tokens: v(Metric::OutputTokens, sums.output_tokens),
            cache_read_tokens: v(Metric::CacheReadTokens, sums.cache_read_tokens),
            cache_write_tokens: v(Metric::CacheWriteTokens, sums.cache_write_tokens),
            total_tokens: v(Metric::TotalTokens, sums.total_tokens()),
            cost_millicents: v(Metric::CostMillicents, sums.cost_millicents),
            lines_added: v(Metric::LinesAdded, sums.lines_added),
            lines_removed: v(Metric::LinesRemoved, sums.lines_removed),
            lines_suggested: v(Metric::LinesSuggested, sums.lines_suggested),
            lines_accepted: v(Metric::LinesAccepted, sums.lines_accepted),
            suggestions_shown: v(Metric::SuggestionsShown, sums.suggestions_shown),
            suggestions_accepted: v(Metric::SuggestionsAccepted, sums.suggestions_accepted),
            tool_accepted: v(Metric::ToolAccepted, sums.tool_accepted),
            tool_rejected: v(Metric::ToolRejected, sums.tool_rejected),
            commits: v(Metric::Commits, sums.commits),
            pull_requests: v(Metric::PullRequests, sums.pull_requests),
        }
    }
}

/// Figures over time, one point per bucket; buckets without data are present with zeros.
#[derive(SimpleObject, Clone)]
pub struct UsageSeries {
    /// How the points bucket the days: one per day, ISO week or calendar month.
    pub granularity: Granularity,
    /// First UTC day covered.
    pub from: NaiveDate,
    /// Last UTC day covered.
    pub to: NaiveDate,
    /// The metrics, in the order of each point's `values`.
    pub metrics: Vec<Metric>,
    /// One line for all tools together, or one per tool when split by provider.
    pub lines: Vec<SeriesLine>,
}

/// One plotted line.
#[derive(SimpleObject, Clone)]
pub struct SeriesLine {
    /// The tool, or null for all tools together.
    pub provider: Option<Provider>,
    /// The line's buckets in time order, covering the whole range.
    pub points: Vec<SeriesPoint>,
}

/// One bucket: a day, an ISO week (Monday to Sunday) or a calendar month. The first and last
/// buckets may reach outside the range; only days inside it count.
#[derive(SimpleObject, Clone)]
pub struct SeriesPoint {
    /// First day of the bucket (a Monday for weeks, the 1st for months).
    pub start: NaiveDate,
    /// Last day of the bucket.
    pub end: NaiveDate,
    /// One value per requested metric, in the same order; null for a metric the line's tools do
    /// not report (a tool's own line, or every tool in scope for the line of all tools).
    pub values: Vec<Option<BigInt>>,
}

/// The figures of one period.
#[derive(SimpleObject, Clone, Default)]
pub struct PeriodFigures {
    /// First UTC day of the period.
    pub from: Option<NaiveDate>,
    /// Last UTC day of the period.
    pub to: Option<NaiveDate>,
    /// Every summed measure over the period.
    pub totals: UsageTotals,
    /// Days with at least one actor active or one interaction.
    pub active_days: i64,
    /// Distinct people active on at least one day of the period (an actor linked to a person
    /// counts as that person; an unlinked actor as one person). Humans only unless the query's
    /// `identities` says otherwise; a service identity always counts as one of its own.
    pub active_users: i64,
    /// Distinct people active on the period's last day.
    pub dau: i64,
    /// Distinct people active in the 7 days ending on the period's last day (earlier days count
    /// even when they precede the period).
    pub wau: i64,
    /// Distinct people active in the 30 days ending on the period's last day (likewise).
    pub mau: i64,
    /// Consecutive active days ending on the period's last day; 0 when that day was idle.
    pub current_streak: i64,
    /// The longest run of consecutive active days within the period.
    pub longest_streak: i64,
    /// The tool with the most active days (`ACTIVE_DAYS`: person-days active, a measure every tool
    /// reports; ties: claude_code, copilot, cursor); null when no tool had an active day.
    pub top_tool: Option<Provider>,
    /// Suggestions accepted ÷ suggestions shown, over the tools that report completions (Copilot:
    /// `code_acceptance_activity_count` ÷ `code_generation_activity_count`; Cursor:
    /// `totalTabsAccepted` ÷ `totalTabsShown`; Claude Code: not reported); null when none were shown.
    pub acceptance_rate_by_count: Option<f64>,
    /// Lines accepted ÷ lines suggested, over the tools that report acceptance only (in both the
    /// numerator and the denominator). Copilot: (`loc_added_sum` − the `agent_edit` feature's
    /// `loc_added_sum`) ÷ `loc_suggested_to_add_sum`; Cursor: `acceptedLinesAdded` ÷
    /// `totalLinesAdded`; Claude Code: not reported (its lines count in neither). Null when no
    /// lines were suggested, e.g. for Claude Code alone.
    pub acceptance_rate_by_lines: Option<f64>,
}

/// Current minus previous, for the headline figures; null for a measure no tool in scope reports.
#[derive(SimpleObject, Default)]
pub struct PeriodChange {
    /// Change in interactions.
    pub interactions: Option<BigInt>,
    /// Change in input, output and cache tokens together.
    pub total_tokens: Option<BigInt>,
    /// Change in cost, in thousandths of a cent.
    pub cost_millicents: Option<BigInt>,
    /// Change in lines added.
    pub lines_added: Option<BigInt>,
    /// Change in lines accepted.
    pub lines_accepted: Option<BigInt>,
    /// Change in suggestions accepted.
    pub suggestions_accepted: Option<BigInt>,
    /// Change in distinct active people.
    pub active_users: i64,
    /// Change in days with activity.
    pub active_days: i64,
    /// (current − previous) ÷ previous interactions; null when the previous period had none.
    pub interactions_ratio: Option<f64>,
    /// (current − previous) ÷ previous active users; null when the previous period had none.
    pub active_users_ratio: Option<f64>,
    /// (current − previous) ÷ previous cost; null when the previous period cost nothing.
    pub cost_ratio: Option<f64>,
}

/// Headline figures for a range and for the period of equal length just before it.
#[derive(SimpleObject)]
pub struct UsageSummary {
    /// The requested range.
    pub current: PeriodFigures,
    /// The same number of days, ending the day before `current.from`.
    pub previous: PeriodFigures,
    /// Current minus previous.
    pub change: PeriodChange,
}

/// A contribution-graph style calendar.
#[derive(SimpleObject)]
pub struct ActivityHeatmap {
    /// First UTC day of the calendar.
    pub from: NaiveDate,
    /// Last UTC day of the calendar.
    pub to: NaiveDate,
    /// What each cell counts.
    pub metric: Metric,
    /// Upper bounds of levels 1, 2 and 3: the 25th, 50th and 75th percentiles (nearest rank) of
    /// the non-zero days. Level 4 is above the third.
    pub thresholds: Vec<BigInt>,
    /// One cell per calendar day of the range, in order.
    pub cells: Vec<HeatmapCell>,
}

/// One day of the heatmap.
#[derive(SimpleObject)]
pub struct HeatmapCell {
    /// The UTC day.
    pub day: NaiveDate,
    /// The metric that day; null when no tool in scope reports the metric.
    pub count: Option<BigInt>,
    /// 0 for no activity, else 1–4 by the heatmap's thresholds.
    pub level: i32,
}

/// What a breakdown groups by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum BreakdownDimension {
    /// The tool (Claude Code, Copilot, Cursor).
    Provider,
    /// The model, as the vendor names it (Claude Code: `model_breakdown[].model`; Copilot:
    /// `totals_by_model_feature[].model`; Cursor: the usage events' `model`).
    Model,
    /// The editor or IDE (Copilot only: `totals_by_ide[].ide`). Its rows carry no lines accepted:
    /// Copilot does not split editors by feature, so agent edits cannot be left out.
    Editor,
    /// The programming language (Copilot only: `totals_by_language_feature[].language`; Claude
    /// Code and Cursor report no languages, so a breakdown of them alone is empty).
    Language,
    /// The feature: completions, chat, agent edits… (Copilot only: `totals_by_feature[].feature`).
    Feature,
    /// The person (per-person data: admins see everyone, members themselves).
    Person,
    /// The team as the vendor reports it (Copilot): all the range's usage of the actors ever
    /// placed in it. Below admin, only teams shown under `minGroupSize` are listed.
    Team,
}

/// Top values of a dimension by a metric, with the rest summed into `other`.
#[derive(SimpleObject)]
pub struct Breakdown {
    /// What the rows group by.
    pub dimension: BreakdownDimension,
    /// The metric rows are ranked and summed by.
    pub metric: Metric,
    /// The metric over every row and `other`. Teams hidden from non-admins are left out, so
    /// `total − Σ rows = other` and nothing hidden can be recovered from it. Null when no tool in
    /// scope reports the metric.
    pub total: Option<BigInt>,
    /// The top rows, largest first (ties by key).
    pub rows: Vec<BreakdownRow>,
    /// Everything after the top rows, or null when nothing is left.
    pub other: Option<BreakdownRow>,
    /// Teams hidden from the caller under `minGroupSize` (showing them would let some
    /// combination of answers single out fewer people). Their usage is in neither `total` nor
    /// `other`.
    pub hidden_groups: i32,
}

/// One value of a breakdown.
#[derive(SimpleObject)]
pub struct BreakdownRow {
    /// The value: a provider, model, editor, language, feature or team name; for people
    /// `person:<id>` or `actor:<id>`; `other` for the remainder; `unattributed` for the part of
    /// the headline the vendor does not split by this dimension (Cursor MODEL: the requests daily
    /// usage counts that no usage event accounts for), so the rows sum to the headline.
    pub key: String,
    /// The metric's value; null when the row's tools do not report it (a PROVIDER row of a tool
    /// without the measure, or no tool in scope).
    pub value: Option<BigInt>,
    /// `value` ÷ the breakdown's total; null when the total is 0 or the value null.
    pub share: Option<f64>,
    /// Distinct people behind the row (teams only).
    pub people: Option<i64>,
    /// Every summed measure of the row's usage.
    pub totals: UsageTotals,
    /// Who the row is about (PERSON rows only).
    pub subject: Option<Subject>,
}

/// Whom a per-person figure is about: a person, or an actor linked to nobody.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct Subject {
    /// The person, when the actor(s) are linked to one.
    pub person_id: Option<ID>,
    /// The actor, when it is linked to no person.
    pub actor_id: Option<ID>,
}

impl Subject {
    /// The subject of a per-person rollup key: a person id when non-negative, else minus an unlinked
    /// actor's id (the rollups' `person_key` convention).
    pub fn from_key(key: i64) -> Self {
        if key >= 0 {
            Subject { person_id: Some(to_id(key)), actor_id: None }
        } else {
            Subject { person_id: None, actor_id: Some(to_id(-key)) }
        }
    }

    /// The breakdown row key (`person:<id>` or `actor:<id>`) of a per-person rollup key.
    pub fn key(key: i64) -> String {
        if key >= 0 { format!("person:{key}") } else { format!("actor:{}", -key) }
    }
}

fn loaders<'a>(ctx: &Context<'a>) -> &'a Loaders {
    ctx.data_unchecked::<Loaders>()
}

fn parse(id: &Option<ID>) -> Option<i64> {
    id.as_ref().and_then(|id| id.parse().ok())
}

#[ComplexObject]
impl Subject {
    /// The person (batched: one statement for the whole list).
    async fn person(&self, ctx: &Context<'_>) -> Result<Option<Person>> {
        let Some(id) = parse(&self.person_id) else { return Ok(None) };
        let found = loaders(ctx).persons.load_one(id).await.map_err(|_| ApiError::Internal)?;
        Ok(found.map(Person::from))
    }

    /// The unlinked actor (batched).
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<ActorInfo>> {
        let Some(id) = parse(&self.actor_id) else { return Ok(None) };
        let found = loaders(ctx).actors.load_one(id).await.map_err(|_| ApiError::Internal)?;
        Ok(found.map(ActorInfo::from))
    }

    /// A name to show: the person's display name, else the real name the vendor gives for the
    /// actor, else the actor's identifier.
    async fn label(&self, ctx: &Context<'_>) -> Result<String> {
        if let Some(person) = self.person(ctx).await? {
            return Ok(person.display_name);
        }
        Ok(self.actor(ctx).await?.map(|a| a.display_name.unwrap_or(a.identifier)).unwrap_or_default())
    }
}

/// Someone the dashboard talks about, across tools.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Person {
    /// The person's id.
    pub id: ID,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// The person's email, when one is known (from a linked account or the vendor).
    pub email: Option<String>,
}

impl From<PersonRow> for Person {
    fn from(p: PersonRow) -> Self {
        Person { id: to_id(p.id), display_name: p.display_name, email: p.email }
    }
}

#[ComplexObject]
impl Person {
    /// The vendor identities linked to this person (batched).
    #[graphql(complexity = "cost::rows(cost::ASSUMED_ACTORS, child_complexity)")]
    async fn actors(&self, ctx: &Context<'_>) -> Result<Vec<ActorInfo>> {
        let id: i64 = self.id.parse().map_err(|_| ApiError::Internal)?;
        let found = loaders(ctx).person_actors.load_one(id).await.map_err(|_| ApiError::Internal)?;
        Ok(found.unwrap_or_default().into_iter().map(ActorInfo::from).collect())
    }
}

/// A vendor identity: an email, GitHub login or API key name within one integration.
#[derive(SimpleObject)]
pub struct ActorInfo {
    /// The actor's id.
    pub id: ID,
    /// The integration that reported it.
    pub integration_id: ID,
    /// The integration's tool.
    pub provider: Provider,
    /// How the vendor identifies it: an email, a login or an API key name.
    pub kind: ActorKind,
    /// The email, GitHub login or API key name, as the vendor gives it.
    pub identifier: String,
    /// The real name the vendor gives for this identity (Cursor members' names), if any.
    pub display_name: Option<String>,
    /// Human or service: service identities are left out of people figures by default. Set from
    /// the vendor's kind of identity (API keys are services) unless an admin changed it.
    pub identity_kind: IdentityKind,
    /// The person it is linked to, if any.
    pub person_id: Option<ID>,
}

impl From<WorkspaceActor> for ActorInfo {
    fn from(a: WorkspaceActor) -> Self {
        ActorInfo {
            id: to_id(a.actor.id),
            integration_id: to_id(a.actor.integration_id),
            provider: a.provider,
            kind: a.actor.kind,
            identifier: a.actor.identifier,
            display_name: a.actor.display_name,
            identity_kind: a.actor.identity_kind,
            person_id: a.actor.person_id.map(to_id),
        }
    }
}

/// A page of the people leaderboard.
#[derive(SimpleObject)]
pub struct PeoplePage {
    /// First UTC day of the range.
    pub from: NaiveDate,
    /// Last UTC day of the range.
    pub to: NaiveDate,
    /// The metric rows are ordered by (descending; ties by key).
    pub order_by: Metric,
    /// People listed (before paging): with a usage row in the range or a seat.
    pub total: i64,
    /// The requested page of the leaderboard, in rank order.
    pub rows: Vec<PersonUsage>,
    /// Licences across the selection.
    pub seats: SeatSummary,
}

/// One person's usage across tools.
#[derive(SimpleObject)]
pub struct PersonUsage {
    /// 1-based position in the whole leaderboard.
    pub rank: i64,
    /// Who the row is about.
    pub subject: Subject,
    /// The ordering metric's value (for ACTIVE_USERS and ACTIVE_DAYS: the number of active days
    /// summed over tools); null when no tool in scope reports it.
    pub value: Option<BigInt>,
    /// Every summed measure of the person's usage over the selection.
    pub totals: UsageTotals,
    /// Per tool, in provider order.
    #[graphql(complexity = "cost::rows(cost::PROVIDERS, child_complexity)")]
    pub tools: Vec<ToolUsage>,
    /// Licences held, with idleness (empty when the vendor reports no seats).
    #[graphql(complexity = "cost::rows(cost::ASSUMED_ACTORS, child_complexity)")]
    pub seats: Vec<SeatInfo>,
}

/// One person's use of one tool in the range.
#[derive(SimpleObject)]
pub struct ToolUsage {
    /// The tool.
    pub provider: Provider,
    /// Days the vendor counted the person as active.
    pub active_days: i64,
    /// The last such day in the range.
    pub last_active_day: Option<NaiveDate>,
    /// This tool's figures: null for each measure the tool does not report.
    pub totals: UsageTotals,
}

/// A licence and how recently it was used, as of the range's last day.
#[derive(SimpleObject)]
pub struct SeatInfo {
    /// The tool the licence is for.
    pub provider: Provider,
    /// The vendor's plan name (Copilot's `plan_type`, Cursor's role), if it gives one.
    pub plan: Option<String>,
    /// The day the vendor will end the licence (Copilot's pending cancellation); null when
    /// none is scheduled.
    pub pending_cancellation_date: Option<NaiveDate>,
    /// The last active day on or before the range's end, at any time.
    pub last_active_day: Option<NaiveDate>,
    /// No activity in the 7 days ending on the range's last day.
    pub idle7_days: bool,
    /// No activity in the 30 days ending on the range's last day.
    pub idle30_days: bool,
}

/// Seat-versus-use over the selection.
#[derive(SimpleObject, Default)]
pub struct SeatSummary {
    /// Seats assigned (0 when no vendor reports seats).
    pub assigned: i64,
    /// Seats without activity in the 7 days ending on the range's last day.
    pub idle7_days: i64,
    /// Seats without activity in the 30 days ending on the range's last day.
    pub idle30_days: i64,
}

/// Whether a day's data can be trusted yet.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum DayStatus {
    /// Synced, and older than the vendor's reporting lag: it should not change.
    Final,
    /// Within the vendor's reporting lag (the last days): figures may still grow or be absent.
    Provisional,
    /// Older than the lag and never synced.
    Missing,
    /// The vendor answered badly for this day; it is retried on a schedule (see
    /// `Integration.failedDays` for the reason and the next attempt). Figures stored by an
    /// earlier read, if any, are kept meanwhile.
    Failed,
    /// The vendor does not serve this day: older than its history horizon, or given up after
    /// the last attempt, or acknowledged by an admin. `reason` says which.
    Unavailable,
}

/// Sync coverage of one integration.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct IntegrationFreshness {
    /// The integration whose coverage this is.
    pub integration: Integration,
    /// Days at the end during which the vendor may still revise figures.
    pub lag_days: i32,
    /// Days of the range in state `FINAL`.
    pub final_days: i32,
    /// Days of the range in state `PROVISIONAL`.
    pub provisional_days: i32,
    /// Days of the range in state `MISSING`.
    pub missing_days: i32,
    /// Days of the range in state `FAILED`.
    pub failed_days: i32,
    /// Days of the range in state `UNAVAILABLE`.
    pub unavailable_days: i32,
    /// Oldest day the vendor serves, as found by the last backfill; empty until one asked.
    pub history_horizon: Option<NaiveDate>,
    /// One entry per day of the range, in order.
    pub days: Vec<DayFreshness>,
    #[graphql(skip)]
    /// The integration's row id, for batching its last run.
    pub integration_id: i64,
}

#[ComplexObject]
impl IntegrationFreshness {
    /// The latest sync run (batched across integrations).
    async fn last_run(&self, ctx: &Context<'_>) -> Result<Option<SyncRun>> {
        let run =
            loaders(ctx).last_runs.load_one(self.integration_id).await.map_err(|_| ApiError::Internal)?;
        Ok(run.map(SyncRun::from))
    }
}

#[derive(SimpleObject)]
/// How far one day of one integration can be trusted.
pub struct DayFreshness {
    /// The UTC day.
    pub day: NaiveDate,
    /// Whether its figures can be trusted yet.
    pub status: DayStatus,
    /// Why a day is `FAILED` or `UNAVAILABLE` (the vendor's answer, or the history horizon);
    /// empty for the other states.
    pub reason: Option<String>,
}

/// Per-integration sync coverage over a range.
#[derive(SimpleObject)]
pub struct DataFreshness {
    /// First UTC day of the range.
    pub from: NaiveDate,
    /// Last UTC day of the range.
    pub to: NaiveDate,
    /// One entry per integration in scope, oldest first.
    pub integrations: Vec<IntegrationFreshness>,
}
