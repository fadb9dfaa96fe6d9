//! Building dashboard answers from the grouped rows storage returns (a few hundred to a few
//! thousand): buckets, periods, streaks, heatmap levels, top-N cuts.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};

use super::source::Source;
use crate::domain::analytics::{
    bucket_end, bucket_start, bucket_starts, days, heatmap_level, heatmap_thresholds, ratio, streaks,
};
use crate::domain::{Granularity, Measures, Metric, Provider, ProviderSet};
use crate::graphql::ApiError;
use crate::graphql::types::BigInt;
use crate::graphql::types::analytics::{
    BreakdownRow, HeatmapCell, PeriodChange, PeriodFigures, SeriesLine, SeriesPoint, Subject, UsageSeries,
    UsageTotals,
};
use crate::storage::analytics::{self as store, BucketPeople, DayTotals, KeyTotals, Scope};

/// Provider order used everywhere (and for ties).
pub const PROVIDERS: [Provider; 3] = [Provider::ClaudeCode, Provider::Copilot, Provider::Cursor];

pub fn provider(text: &str) -> Option<Provider> {
    text.parse().ok()
}

/// Series lines from per-day totals and per-bucket active people; the line of all tools covers
/// `tools`, a tool's own line that tool.
#[expect(clippy::too_many_arguments, reason = "the pieces of one series, all needed")]
pub fn series_lines(
    from: NaiveDate,
    to: NaiveDate,
    granularity: Granularity,
    metrics: &[Metric],
    split: bool,
    tools: ProviderSet,
    day_rows: &[DayTotals],
    people: &[BucketPeople],
) -> Vec<SeriesLine> {
    let starts = bucket_starts(from, to, granularity);
    let line_keys: Vec<Option<Provider>> =
        if split { PROVIDERS.iter().copied().map(Some).collect() } else { vec![None] };
    let mut sums: HashMap<(Option<Provider>, NaiveDate), (Measures, i64)> = HashMap::new();
    for row in day_rows {
        let key = if split { provider(&row.provider) } else { None };
        let e = sums.entry((key, bucket_start(row.day, granularity))).or_default();
        e.0 += row.sums;
        e.1 += row.active_actors;
    }
    let mut active: HashMap<(Option<Provider>, NaiveDate), i64> = HashMap::new();
    for row in people {
        let key = if split { provider(&row.provider) } else { None };
        active.insert((key, row.bucket), row.people);
    }
    line_keys
        .into_iter()
        .map(|line| {
            let line_tools = line.map_or(tools, ProviderSet::single);
            SeriesLine {
                provider: line,
                points: starts
                    .iter()
                    .map(|&start| {
                        let (s, active_days) = sums.get(&(line, start)).copied().unwrap_or_default();
                        let people = active.get(&(line, start)).copied().unwrap_or(0);
                        let values = metrics
                            .iter()
                            .map(|m| {
                                m.reported_by_any(line_tools)
                                    .then(|| BigInt(metric_value(&s, *m, active_days, people)))
                            })
                            .collect();
                        SeriesPoint { start, end: bucket_end(start, granularity), values }
                    })
                    .collect(),
            }
        })
        .collect()
}

/// `metric` of summed measures, with the counts that are not sums: active actor-days
/// (`ACTIVE_DAYS`) and distinct people (`ACTIVE_USERS`).
pub fn metric_value(sums: &Measures, metric: Metric, active_days: i64, people: i64) -> i64 {
    match metric {
        Metric::ActiveDays => active_days,
        Metric::ActiveUsers => people,
        _ => sums.get(metric).unwrap_or(0),
    }
}

/// Per-day activity: (sums over tools, active actor-days).
pub fn by_day(rows: &[DayTotals]) -> BTreeMap<NaiveDate, (Measures, i64)> {
    let mut days: BTreeMap<NaiveDate, (Measures, i64)> = BTreeMap::new();
    for row in rows {
        let entry = days.entry(row.day).or_default();
        entry.0 += row.sums;
        entry.1 += row.active_actors;
    }
    days
}

fn is_active(day: Option<&(Measures, i64)>) -> bool {
    day.is_some_and(|(s, active)| *active > 0 || s.interactions > 0)
}

/// The figures of `[from, to]` over `tools` from per-day rows (which may cover more days) and the
/// distinct people counts `[active, dau, wau, mau]`.
pub fn period(
    from: NaiveDate,
    to: NaiveDate,
    tools: ProviderSet,
    rows: &[DayTotals],
    people: [i64; 4],
) -> PeriodFigures {
    let rows: Vec<&DayTotals> = rows.iter().filter(|r| r.day >= from && r.day <= to).collect();
    let mut totals = Measures::default();
    let mut per_tool: HashMap<Provider, i64> = HashMap::new();
    let mut day_map: BTreeMap<NaiveDate, (Measures, i64)> = BTreeMap::new();
    for row in &rows {
        totals += row.sums;
        // The top tool is decided by active days, which every tool reports.
        if let Some(p) = provider(&row.provider) {
            *per_tool.entry(p).or_default() += row.active_actors;
        }
        let e = day_map.entry(row.day).or_default();
        e.0 += row.sums;
        e.1 += row.active_actors;
    }
    let active_days = day_map.values().filter(|d| is_active(Some(d))).count() as i64;
    let (current_streak, longest_streak) = streaks(from, to, |d| is_active(day_map.get(&d)));
    let top_tool = PROVIDERS
        .iter()
        .filter_map(|p| per_tool.get(p).filter(|v| **v > 0).map(|v| (*p, *v)))
        .fold(None::<(Provider, i64)>, |best, (p, v)| match best {
            Some((_, bv)) if bv >= v => best,
            _ => Some((p, v)),
        })
        .map(|(p, _)| p);
    PeriodFigures {
        from: Some(from),
        to: Some(to),
        totals: UsageTotals::over(totals, tools),
        active_days,
        active_users: people[0],
        dau: people[1],
        wau: people[2],
        mau: people[3],
        current_streak,
        longest_streak,
        top_tool,
        acceptance_rate_by_count: totals.acceptance_by_count(),
        acceptance_rate_by_lines: totals.acceptance_by_lines(),
    }
}

/// `[range, last day, last 7 days, last 30 days]` windows ending on `to`.
pub fn people_windows(from: NaiveDate, to: NaiveDate) -> [(NaiveDate, NaiveDate); 4] {
    [(from, to), (to, to), (to - Days::new(6), to), (to - Days::new(29), to)]
}

pub fn change(current: &PeriodFigures, previous: &PeriodFigures) -> PeriodChange {
    let (c, p) = (&current.totals, &previous.totals);
    let rel = |cur: Option<BigInt>, prev: Option<BigInt>| ratio(cur?.0 - prev?.0, prev?.0);
    let diff = |cur: Option<BigInt>, prev: Option<BigInt>| Some(BigInt(cur?.0 - prev?.0));
    PeriodChange {
        interactions: diff(c.interactions, p.interactions),
        total_tokens: diff(c.total_tokens, p.total_tokens),
        cost_millicents: diff(c.cost_millicents, p.cost_millicents),
        lines_added: diff(c.lines_added, p.lines_added),
        lines_accepted: diff(c.lines_accepted, p.lines_accepted),
        suggestions_accepted: diff(c.suggestions_accepted, p.suggestions_accepted),
        active_users: current.active_users - previous.active_users,
        active_days: current.active_days - previous.active_days,
        interactions_ratio: rel(c.interactions, p.interactions),
        active_users_ratio: ratio(current.active_users - previous.active_users, previous.active_users),
        cost_ratio: rel(c.cost_millicents, p.cost_millicents),
    }
}

/// One cell per day with quartile levels; counts are null (and levels 0) when the metric is not
/// `reported` by any tool in scope.
pub fn heatmap(
    from: NaiveDate,
    to: NaiveDate,
    counts: &BTreeMap<NaiveDate, i64>,
    reported: bool,
) -> (Vec<BigInt>, Vec<HeatmapCell>) {
    let all: Vec<(NaiveDate, i64)> =
        days(from, to).map(|d| (d, counts.get(&d).copied().unwrap_or(0))).collect();
    let thresholds = heatmap_thresholds(&all.iter().map(|(_, c)| *c).collect::<Vec<_>>());
    let cells = all
        .into_iter()
        .map(|(day, count)| HeatmapCell {
            day,
            count: reported.then_some(BigInt(count)),
            level: heatmap_level(count, thresholds),
        })
        .collect();
    (thresholds.iter().copied().map(BigInt).collect(), cells)
}

/// A row ready for ranking.
pub struct Ranked {
    pub key: String,
    /// Null when the row's tools do not report the metric.
    pub value: Option<i64>,
    pub people: Option<i64>,
    pub sums: Measures,
    /// The tools the row's figures cover.
    pub tools: ProviderSet,
    pub subject: Option<Subject>,
}

impl Ranked {
    /// A dimension or team row over `tools`.
    pub fn from_key_totals(row: KeyTotals, metric: Metric, with_people: bool, tools: ProviderSet) -> Ranked {
        let value = metric_value(&row.sums, metric, row.active_days, row.people);
        Ranked {
            value: metric.reported_by_any(tools).then_some(value),
            people: with_people.then_some(row.people),
            key: row.key,
            sums: row.sums,
            tools,
            subject: None,
        }
    }
}

/// Sorts by value (descending, nulls last, ties by key) and cuts the top `top`, summing the rest
/// into `other`.
pub fn top_n(
    mut rows: Vec<Ranked>,
    top: usize,
    total: Option<i64>,
    tools: ProviderSet,
) -> (Vec<BreakdownRow>, Option<BreakdownRow>) {
    rows.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.key.cmp(&b.key)));
    let rest = if rows.len() > top { rows.split_off(top) } else { vec![] };
    let share = |v: Option<i64>| ratio(v?, total?);
    let to_row = |r: Ranked| BreakdownRow {
        share: share(r.value),
        key: r.key,
        value: r.value.map(BigInt),
        people: r.people,
        totals: UsageTotals::over(r.sums, r.tools),
        subject: r.subject,
    };
    let other = (!rest.is_empty()).then(|| {
        let mut sums = Measures::default();
        let mut value = None::<i64>;
        for r in &rest {
            sums += r.sums;
            if let Some(v) = r.value {
                value = Some(value.unwrap_or(0) + v);
            }
        }
        BreakdownRow {
            key: "other".into(),
            value: value.map(BigInt),
            share: share(value),
            people: None,
            totals: UsageTotals::over(sums, tools),
            subject: None,
        }
    });
    (rows.into_iter().map(to_row).collect(), other)
}

/// The series of `metrics` over `scope`, bucketed by `granularity`: one statement for the sums,
/// one more for distinct active people when asked for.
pub async fn series(
    source: Source<'_>,
    scope: &Scope,
    granularity: Granularity,
    metrics: Vec<Metric>,
    split_by_provider: bool,
) -> Result<UsageSeries, ApiError> {
    // Independent statements: on separate pooled connections at once.
    let people = async {
        if metrics.contains(&Metric::ActiveUsers) {
            store::active_people_by_bucket(source.db, scope, granularity, split_by_provider).await
        } else {
            Ok(vec![])
        }
    };
    let day_rows = async { source.day_totals(scope).await.map_err(ApiError::from) };
    let people = async { people.await.map_err(ApiError::from) };
    // Boxed: inline, the three futures made a subscription's future (`usageUpdated` polls this)
    // overflow a worker thread's stack in debug builds.
    let tools = Box::pin(source.tools(scope));
    let (tools, day_rows, people) = futures_util::try_join!(tools, day_rows, people)?;
    let lines = series_lines(
        scope.from,
        scope.to,
        granularity,
        &metrics,
        split_by_provider,
        tools,
        &day_rows,
        &people,
    );
    Ok(UsageSeries { granularity, from: scope.from, to: scope.to, metrics, lines })
}
