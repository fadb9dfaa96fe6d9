//! The analytics API: what every dashboard chart asks for. Resolvers check access through
//! [`scope::scope`], ask storage for grouped rows (aggregation happens in the database, mostly on
//! rollups), and shape them with [`figures`].

pub(crate) mod figures;
mod freshness;
pub(crate) mod groups;
mod people;
pub(crate) mod scope;
pub(crate) mod source;
pub(crate) mod tools;

use std::collections::{BTreeMap, HashMap};

use async_graphql::{Context, ID, Object, Result};
use chrono::{Days, NaiveDate, Utc};

use self::figures::{PROVIDERS, Ranked, provider};
use self::groups::TeamGroups;
use self::people::person_rows;
use self::scope::{Rows, scope};
use self::source::Source;
use crate::domain::{Dimension, Granularity, Identities, Measures, Metric, Provider, ProviderSet};
use crate::graphql::ApiError;
use crate::graphql::limits::cost;
use crate::graphql::types::analytics::*;
use crate::graphql::types::{BigInt, Integration};
use crate::storage::analytics::{self as store, Detail, Scope};
use crate::storage::{Db, day_failures, integrations};

#[derive(Default)]
pub struct AnalyticsQuery;

fn db<'a>(ctx: &Context<'a>) -> &'a Db {
    ctx.data_unchecked::<Db>()
}

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
    ) -> Result<UsageSeries> {
        let (mut scope, _) = scope(ctx, &workspace_id, range, filter, Rows::Aggregates).await?;
        scope.identities = identities;
        Ok(figures::series(Source::of(ctx), &scope, granularity, metrics, split_by_provider).await?)
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
    ) -> Result<UsageSummary> {
        let (mut scope, _) = scope(ctx, &workspace_id, range, filter, Rows::Aggregates).await?;
        scope.identities = identities;
        let db = db(ctx);
        let len = Days::new((scope.to - scope.from).num_days() as u64 + 1);
        let (prev_from, prev_to) = (scope.from - len, scope.from - Days::new(1));
        let both = scope.with_days(prev_from, scope.to);
        let mut windows = figures::people_windows(scope.from, scope.to).to_vec();
        windows.extend(figures::people_windows(prev_from, prev_to));
        let (tools, (day_rows, people)) = futures_util::try_join!(Source::of(ctx).tools(&scope), async {
            futures_util::try_join!(
                Source::of(ctx).day_totals(&both),
                store::distinct_people(db, &scope, &windows)
            )
            .map_err(ApiError::from)
        })?;
        let counts = |i: usize| [people[i], people[i + 1], people[i + 2], people[i + 3]];
        let current = figures::period(scope.from, scope.to, tools, &day_rows, counts(0));
        let previous = figures::period(prev_from, prev_to, tools, &day_rows, counts(4));
        let change = figures::change(&current, &previous);
        Ok(UsageSummary { current, previous, change })
    }

    /// A contribution-graph calendar: one cell per UTC day of the range with its count of
    /// `metric` and a 0–4 level by quartiles of the non-zero days. The default, `ACTIVE_DAYS`
    /// (people active that day, per tool), is reported by every tool; a metric no tool in scope
    /// reports gives null counts. Readable by viewers and up.
    #[graphql(complexity = "cost::per_day(&range, 1, child_complexity)")]
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
    ) -> Result<ActivityHeatmap> {
        let (mut scope, _) = scope(ctx, &workspace_id, range, filter, Rows::Aggregates).await?;
        scope.identities = identities;
        let db = db(ctx);
        let tools = Source::of(ctx).tools(&scope).await?;
        let counts: BTreeMap<NaiveDate, i64> = if metric == Metric::ActiveUsers {
            store::active_people_by_bucket(db, &scope, Granularity::Day, false)
                .await
                .map_err(ApiError::from)?
                .into_iter()
                .map(|r| (r.bucket, r.people))
                .collect()
        } else {
            figures::by_day(&Source::of(ctx).day_totals(&scope).await.map_err(ApiError::from)?)
                .into_iter()
                .map(|(day, (sums, active))| (day, figures::metric_value(&sums, metric, active, 0)))
                .collect()
        };
        let reported = metric.reported_by_any(tools);
        let (thresholds, cells) = figures::heatmap(scope.from, scope.to, &counts, reported);
        Ok(ActivityHeatmap { from: scope.from, to: scope.to, metric, thresholds, cells })
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
    ) -> Result<Breakdown> {
        if !(1..=1000).contains(&top) {
            return Err(ApiError::BadInput("top must be between 1 and 1000".into()).into());
        }
        let rows_kind =
            if dimension == BreakdownDimension::Person { Rows::PerPerson } else { Rows::Aggregates };
        let (mut scope, access) = scope(ctx, &workspace_id, range, filter, rows_kind).await?;
        scope.identities = identities;
        let db = db(ctx);
        let tools = Source::of(ctx).tools(&scope).await?;
        let mut hidden_groups = 0;
        let ranked: Vec<Ranked> = match dimension {
            BreakdownDimension::Provider => {
                let mut per: HashMap<Provider, (Measures, i64)> = HashMap::new();
                for row in Source::of(ctx).day_totals(&scope).await.map_err(ApiError::from)?.iter() {
                    if let Some(p) = provider(&row.provider) {
                        let e = per.entry(p).or_default();
                        e.0 += row.sums;
                        e.1 += row.active_actors;
                    }
                }
                let people = if metric == Metric::ActiveUsers {
                    provider_people(db, &scope).await?
                } else {
                    HashMap::new()
                };
                PROVIDERS
                    .iter()
                    .filter_map(|p| per.get(p).map(|s| (*p, *s)))
                    .map(|(p, (sums, active_days))| {
                        let people = people.get(&p).copied().unwrap_or(0);
                        Ranked {
                            key: p.as_str().to_owned(),
                            value: metric
                                .reported_by(p)
                                .then(|| figures::metric_value(&sums, metric, active_days, people)),
                            people: None,
                            sums,
                            tools: ProviderSet::single(p),
                            subject: None,
                        }
                    })
                    .collect()
            }
            BreakdownDimension::Model
            | BreakdownDimension::Editor
            | BreakdownDimension::Language
            | BreakdownDimension::Feature => {
                let dim = match dimension {
                    BreakdownDimension::Model => Dimension::Model,
                    BreakdownDimension::Editor => Dimension::Editor,
                    BreakdownDimension::Language => Dimension::Language,
                    _ => Dimension::Feature,
                };
                store::dimension_totals(db, &scope, dim)
                    .await
                    .map_err(ApiError::from)?
                    .into_iter()
                    .map(|r| Ranked::from_key_totals(r, metric, false, tools))
                    .collect()
            }
            BreakdownDimension::Team => {
                let rows = store::team_totals(db, &scope).await.map_err(ApiError::from)?;
                let ranked = rows.into_iter().map(|r| Ranked::from_key_totals(r, metric, true, tools));
                match TeamGroups::for_caller(db, &access, &scope).await? {
                    None => ranked.collect(),
                    Some(groups) => {
                        let (shown, hidden): (Vec<Ranked>, Vec<Ranked>) =
                            ranked.partition(|r| groups.shows(&r.key));
                        hidden_groups = hidden.len() as i32;
                        shown
                    }
                }
            }
            BreakdownDimension::Person => person_rows(db, &scope, metric, Detail::AllMeasures)
                .await?
                .into_iter()
                .map(|p| Ranked {
                    key: Subject::key(p.key),
                    value: metric.reported_by_any(tools).then_some(p.value),
                    people: None,
                    sums: p.sums,
                    tools,
                    subject: Some(Subject::from_key(p.key)),
                })
                .collect(),
        };
        let total = metric.reported_by_any(tools).then(|| ranked.iter().filter_map(|r| r.value).sum::<i64>());
        let (rows, other) = figures::top_n(ranked, top as usize, total, tools);
        Ok(Breakdown { dimension, metric, total: total.map(BigInt), rows, other, hidden_groups })
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
    ) -> Result<PeoplePage> {
        if !(0..=1000).contains(&first) || offset < 0 {
            return Err(ApiError::BadInput("first must be 0–1000 and offset not negative".into()).into());
        }
        let (mut scope, _) = scope(ctx, &workspace_id, range, filter, Rows::PerPerson).await?;
        scope.identities = identities;
        Ok(people::page(ctx, &scope, order_by, first, offset).await?)
    }

    /// Sync coverage per integration and UTC day: FINAL (synced, past the vendor's reporting
    /// lag), PROVISIONAL (within the lag: the last `lagDays` days up to today), MISSING (never
    /// synced), FAILED (the vendor answered badly; retried on a schedule) or UNAVAILABLE (the
    /// vendor does not serve it: older than its history horizon, given up after the last attempt,
    /// or acknowledged by an admin), the last two with a `reason`. Readable by viewers and up.
    #[graphql(complexity = "cost::per_day(&range, cost::ASSUMED_INTEGRATIONS, child_complexity)")]
    async fn data_freshness(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The UTC days to cover; see `DateRange` for the defaults (the last 90 days).")]
        range: Option<DateRange>,
        #[graphql(desc = "Narrows the integrations covered (by tool or integration); see `UsageFilter`.")]
        filter: Option<UsageFilter>,
    ) -> Result<DataFreshness> {
        let (scope, _) = scope(ctx, &workspace_id, range, filter, Rows::Aggregates).await?;
        let db = db(ctx);
        let all = integrations::list_for_workspace(db, scope.workspace_id).await.map_err(ApiError::from)?;
        let synced = store::synced_days(db, &scope).await.map_err(ApiError::from)?;
        let mut have: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
        for s in synced {
            have.entry(s.integration_id).or_default().push(s.day);
        }
        let ids: Vec<i64> = all.iter().map(|i| i.id).collect();
        let failures =
            day_failures::in_range(db, &ids, scope.from, scope.to).await.map_err(ApiError::from)?;
        let today = Utc::now().date_naive();
        let out = all
            .into_iter()
            .filter(|i| scope.integration_ids.is_empty() || scope.integration_ids.contains(&i.id))
            .map(|i| {
                let p = i.provider;
                (i, p)
            })
            .filter(|(_, p)| scope.providers.is_empty() || scope.providers.contains(p))
            .map(|(integration, p)| {
                let lag = lag_days(p);
                let days_synced = have.remove(&integration.id).unwrap_or_default();
                let provisional_from = today - Days::new(lag as u64 - 1);
                let coverage = freshness::Coverage {
                    synced: &days_synced,
                    failures: failures
                        .iter()
                        .filter(|f| f.integration_id == integration.id)
                        .map(|f| (f.day, f))
                        .collect(),
                    horizon: integration.history_horizon,
                    provisional_from,
                };
                let days: Vec<DayFreshness> = crate::domain::analytics::days(scope.from, scope.to)
                    .map(|day| coverage.day(day))
                    .collect();
                let count = |s: DayStatus| days.iter().filter(|d| d.status == s).count() as i32;
                IntegrationFreshness {
                    integration_id: integration.id,
                    lag_days: lag,
                    final_days: count(DayStatus::Final),
                    provisional_days: count(DayStatus::Provisional),
                    missing_days: count(DayStatus::Missing),
                    failed_days: count(DayStatus::Failed),
                    unavailable_days: count(DayStatus::Unavailable),
                    history_horizon: integration.history_horizon,
                    days,
                    integration: Integration::from(integration),
                }
            })
            .collect();
        Ok(DataFreshness { from: scope.from, to: scope.to, integrations: out })
    }
}

/// Days at the end during which each vendor may still revise its figures: Copilot's metrics
/// reports settle after about two days, Claude Code's and Cursor's after about one; one more day
/// of margin each.
fn lag_days(provider: Provider) -> i32 {
    match provider {
        Provider::Copilot => 3,
        Provider::ClaudeCode | Provider::Cursor => 2,
    }
}

/// Distinct active people per tool over the scope.
async fn provider_people(db: &Db, scope: &Scope) -> Result<HashMap<Provider, i64>, ApiError> {
    let mut out = HashMap::new();
    for p in PROVIDERS {
        if !scope.providers.is_empty() && !scope.providers.contains(&p) {
            continue;
        }
        let narrowed = Scope { providers: vec![p], ..scope.clone() };
        let counts = store::distinct_people(db, &narrowed, &[(scope.from, scope.to)]).await?;
        out.insert(p, counts.first().copied().unwrap_or(0));
    }
    Ok(out)
}
