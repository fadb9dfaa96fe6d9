//! Dashboard types: series, summary, heatmap, breakdowns, people and data freshness.
//!
//! Days are UTC days as the vendors report them. Measures a vendor does not report count as 0:
//! tokens and cost come from Claude Code and Cursor; suggestions shown/accepted and lines accepted
//! from Copilot and Cursor; sessions, edit-tool decisions, commits and pull requests from Claude Code.

use async_graphql::{ComplexObject, Context, Enum, ID, InputObject, Result, SimpleObject};
use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::{Granularity, Measures, Metric, Provider};
use crate::graphql::ApiError;
use crate::graphql::ids::to_id;
use crate::graphql::limits::cost;
use crate::graphql::loaders::Loaders;
use crate::graphql::types::{BigInt, Integration};
use crate::storage::analytics::people::{Person as PersonRow, WorkspaceActor};
use crate::storage::sync_runs::SyncRun;

/// Inclusive UTC days. Missing `to` is today (UTC); missing `from` is 89 days before `to` (90 days
/// in all). At most three years (1,096 days).
#[derive(InputObject, Default, Clone)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
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

/// Every summed measure over the selection. Interactions are prompts, chat turns or agent requests
/// as each vendor counts them.
#[derive(SimpleObject, Clone, Default)]
pub struct UsageTotals {
    /// Claude Code sessions started.
    pub sessions: BigInt,
    /// Prompts, chat turns or agent requests, as each vendor counts them.
    pub interactions: BigInt,
    /// Input tokens (Claude Code, Cursor).
    pub input_tokens: BigInt,
    /// Output tokens (Claude Code, Cursor).
    pub output_tokens: BigInt,
    /// Prompt-cache reads (Claude Code, Cursor).
    pub cache_read_tokens: BigInt,
    /// Prompt-cache writes (Claude Code, Cursor).
    pub cache_write_tokens: BigInt,
    /// Input + output + cache read + cache write tokens.
    pub total_tokens: BigInt,
    /// Cost in thousandths of the currency's minor unit (millicents for USD).
    pub cost_millicents: BigInt,
    /// Lines added by the tool.
    pub lines_added: BigInt,
    /// Lines removed by the tool (Claude Code, Cursor).
    pub lines_removed: BigInt,
    /// Lines of suggested code accepted (Copilot, Cursor).
    pub lines_accepted: BigInt,
    /// Completions shown (Copilot, Cursor tab).
    pub suggestions_shown: BigInt,
    /// Completions accepted (Copilot, Cursor tab).
    pub suggestions_accepted: BigInt,
    /// Claude Code edit-tool proposals accepted.
    pub tool_accepted: BigInt,
    /// Claude Code edit-tool proposals rejected.
    pub tool_rejected: BigInt,
    /// Commits created by the tool (Claude Code).
    pub commits: BigInt,
    /// Pull requests created by the tool (Claude Code).
    pub pull_requests: BigInt,
}

impl From<Measures> for UsageTotals {
    fn from(s: Measures) -> Self {
        UsageTotals {
            sessions: s.sessions.into(),
            interactions: s.interactions.into(),
            input_tokens: s.input_tokens.into(),
            output_tokens: s.output_tokens.into(),
            cache_read_tokens: s.cache_read_tokens.into(),
            cache_write_tokens: s.cache_write_tokens.into(),
            total_tokens: s.total_tokens().into(),
            cost_millicents: s.cost_millicents.into(),
            lines_added: s.lines_added.into(),
            lines_removed: s.lines_removed.into(),
            lines_accepted: s.lines_accepted.into(),
            suggestions_shown: s.suggestions_shown.into(),
            suggestions_accepted: s.suggestions_accepted.into(),
            tool_accepted: s.tool_accepted.into(),
            tool_rejected: s.tool_rejected.into(),
            commits: s.commits.into(),
            pull_requests: s.pull_requests.into(),
        }
    }
}

/// Figures over time, one point per bucket; buckets without data are present with zeros.
#[derive(SimpleObject, Clone)]
pub struct UsageSeries {
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
    /// One value per requested metric, in the same order.
    pub values: Vec<BigInt>,
}

/// The figures of one period.
#[derive(SimpleObject, Clone, Default)]
pub struct PeriodFigures {
    /// First UTC day of the period.
    pub from: Option<NaiveDate>,
    /// Last UTC day of the period.
    pub to: Option<NaiveDate>,
    pub totals: UsageTotals,
    /// Days with at least one actor active or one interaction.
    pub active_days: i64,
    /// Distinct people active on at least one day of the period (an actor linked to a person
    /// counts as that person; an unlinked actor as one person).
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
    /// The tool with the most interactions (ties: claude_code, copilot, cursor); null without any.
    pub top_tool: Option<Provider>,
    /// Suggestions accepted ÷ suggestions shown (Copilot, Cursor); null when none were shown.
    pub acceptance_rate_by_count: Option<f64>,
    /// Lines accepted ÷ lines added (lines from tools that report acceptance: Copilot, Cursor);
    /// null when no lines were added.
    pub acceptance_rate_by_lines: Option<f64>,
}

/// Current minus previous, for the headline figures.
#[derive(SimpleObject, Default)]
pub struct PeriodChange {
    pub interactions: BigInt,
    pub total_tokens: BigInt,
    pub cost_millicents: BigInt,
    pub lines_added: BigInt,
    pub lines_accepted: BigInt,
    pub suggestions_accepted: BigInt,
    pub active_users: i64,
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
    pub current: PeriodFigures,
    /// The same number of days, ending the day before `current.from`.
    pub previous: PeriodFigures,
    pub change: PeriodChange,
}

/// A contribution-graph style calendar.
#[derive(SimpleObject)]
pub struct ActivityHeatmap {
    pub from: NaiveDate,
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
    pub day: NaiveDate,
    pub count: BigInt,
    /// 0 for no activity, else 1–4 by the heatmap's thresholds.
    pub level: i32,
}

/// What a breakdown groups by.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum BreakdownDimension {
    /// The tool (Claude Code, Copilot, Cursor).
    Provider,
    /// The model, as the vendor names it (Claude Code, Copilot, Cursor).
    Model,
    /// The editor or IDE (Copilot).
    Editor,
    /// The programming language (Copilot, Claude Code edit tools).
    Language,
    /// The feature: completions, chat, agent… (Copilot, Cursor).
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
    pub dimension: BreakdownDimension,
    pub metric: Metric,
    /// The metric over every row and `other`. Teams hidden from non-admins are left out, so
    /// `total − Σ rows = other` and nothing hidden can be recovered from it.
    pub total: BigInt,
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
    /// `person:<id>` or `actor:<id>`; `other` for the remainder.
    pub key: String,
    /// The metric's value.
    pub value: BigInt,
    /// `value` ÷ the breakdown's total; null when the total is 0.
    pub share: Option<f64>,
    /// Distinct people behind the row (teams only).
    pub people: Option<i64>,
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
    pub fn from_key(key: i64) -> Self {
        if key >= 0 {
            Subject { person_id: Some(to_id(key)), actor_id: None }
        } else {
            Subject { person_id: None, actor_id: Some(to_id(-key)) }
        }
    }

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

    /// A name to show: the person's display name or the actor's identifier.
    async fn label(&self, ctx: &Context<'_>) -> Result<String> {
        if let Some(person) = self.person(ctx).await? {
            return Ok(person.display_name);
        }
        Ok(self.actor(ctx).await?.map(|a| a.identifier).unwrap_or_default())
    }
}

/// Someone the dashboard talks about, across tools.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Person {
    pub id: ID,
    pub display_name: String,
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
    pub id: ID,
    pub integration_id: ID,
    pub provider: String,
    /// `email`, `login` or `api_key`.
    pub kind: String,
    pub identifier: String,
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
            person_id: a.actor.person_id.map(to_id),
        }
    }
}

/// A page of the people leaderboard.
#[derive(SimpleObject)]
pub struct PeoplePage {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The metric rows are ordered by (descending; ties by key).
    pub order_by: Metric,
    /// People with any usage in the range (before paging).
    pub total: i64,
    pub rows: Vec<PersonUsage>,
    /// Licences across the selection.
    pub seats: SeatSummary,
}

/// One person's usage across tools.
#[derive(SimpleObject)]
pub struct PersonUsage {
    /// 1-based position in the whole leaderboard.
    pub rank: i64,
    pub subject: Subject,
    /// The ordering metric's value (for ACTIVE_USERS: the number of active days summed over tools).
    pub value: BigInt,
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
    pub provider: Provider,
    /// Days the vendor counted the person as active.
    pub active_days: i64,
    /// The last such day in the range.
    pub last_active_day: Option<NaiveDate>,
    pub totals: UsageTotals,
}

/// A licence and how recently it was used, as of the range's last day.
#[derive(SimpleObject)]
pub struct SeatInfo {
    pub provider: Provider,
    pub plan: Option<String>,
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
    pub integration: Integration,
    /// Days at the end during which the vendor may still revise figures.
    pub lag_days: i32,
    pub final_days: i32,
    pub provisional_days: i32,
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
    pub integration_id: i64,
}

#[ComplexObject]
impl IntegrationFreshness {
    /// The latest sync run (batched across integrations).
    async fn last_run(&self, ctx: &Context<'_>) -> Result<Option<SyncRunInfo>> {
        let run =
            loaders(ctx).last_runs.load_one(self.integration_id).await.map_err(|_| ApiError::Internal)?;
        Ok(run.map(SyncRunInfo::from))
    }
}

#[derive(SimpleObject)]
pub struct DayFreshness {
    pub day: NaiveDate,
    pub status: DayStatus,
    /// Why a day is `FAILED` or `UNAVAILABLE` (the vendor's answer, or the history horizon);
    /// empty for the other states.
    pub reason: Option<String>,
}

/// One attempt to bring an integration up to date.
#[derive(SimpleObject)]
pub struct SyncRunInfo {
    pub id: ID,
    /// `schedule`, `manual`, `backfill` or `cli`.
    pub trigger_kind: String,
    /// `queued`, `running`, `succeeded`, `partial` (some days could not be read; they are
    /// retried) or `failed` (nothing could be read, or interrupted).
    pub status: String,
    pub range_from: NaiveDate,
    pub range_to: NaiveDate,
    pub started_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
    pub error: Option<String>,
}

impl From<SyncRun> for SyncRunInfo {
    fn from(r: SyncRun) -> Self {
        SyncRunInfo {
            id: to_id(r.id),
            trigger_kind: r.trigger_kind,
            status: r.status,
            range_from: r.range_from,
            range_to: r.range_to,
            started_at: r.started_at,
            finished_at: r.finished_at,
            error: r.error,
        }
    }
}

/// Per-integration sync coverage over a range.
#[derive(SimpleObject)]
pub struct DataFreshness {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub integrations: Vec<IntegrationFreshness>,
}
