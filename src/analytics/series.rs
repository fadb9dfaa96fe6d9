//! Figures over time: one point per day, ISO week or month of the range, empty buckets as zeros;
//! one line for all tools together, or one per tool.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::totals::{PROVIDERS, metric_value, provider};
use super::{AnalyticsError, Reads};
use crate::domain::analytics::{bucket_end, bucket_start, bucket_starts};
use crate::domain::{Granularity, Measures, Metric, Provider, ProviderSet};
use crate::storage::analytics::{self as store, BucketPeople, DayTotals, Scope};

/// What a series shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesParams {
    /// One point per day, ISO week (Monday start) or calendar month.
    pub granularity: Granularity,
    /// The metrics of each point, in this order.
    pub metrics: Vec<Metric>,
    /// One line per tool instead of one for all tools together.
    pub split_by_provider: bool,
}

/// Figures over time, one point per bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// How the points bucket the days.
    pub granularity: Granularity,
    /// First UTC day covered.
    pub from: NaiveDate,
    /// Last UTC day covered.
    pub to: NaiveDate,
    /// The metrics, in the order of each point's values.
    pub metrics: Vec<Metric>,
    /// One line for all tools together, or one per tool in provider order.
    pub lines: Vec<Line>,
}

/// One plotted line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The tool, or `None` for all tools together.
    pub provider: Option<Provider>,
    /// The buckets in time order, covering the whole range.
    pub points: Vec<Point>,
}

/// One bucket of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// First day of the bucket.
    pub start: NaiveDate,
    /// Last day of the bucket.
    pub end: NaiveDate,
    /// One value per metric; `None` for a metric the line's tools do not report.
    pub values: Vec<Option<i64>>,
}

/// The series of `params` over `scope`: one statement for the sums, one more for distinct
/// active people when asked for.
pub async fn series(
    reads: &dyn Reads,
    scope: &Scope,
    params: SeriesParams,
) -> Result<Series, AnalyticsError> {
    let SeriesParams { granularity, metrics, split_by_provider } = params;
    if granularity == Granularity::Day {
        super::range::per_day(scope.from, scope.to)?;
    }
    // Independent statements: on separate pooled connections at once.
    let people = async {
        if metrics.contains(&Metric::ActiveUsers) {
            store::active_people_by_bucket(reads.db(), scope, granularity, split_by_provider).await
        } else {
            Ok(vec![])
        }
    };
    let (tools, day_rows, people) =
        futures_util::try_join!(reads.tools(scope), reads.day_totals(scope), people)?;
    let buckets = Buckets { from: scope.from, to: scope.to, granularity, split: split_by_provider };
    let lines = buckets.lines(&metrics, tools, &day_rows, &people);
    Ok(Series { granularity, from: scope.from, to: scope.to, metrics, lines })
}

/// How the days of a series are cut into lines and points.
struct Buckets {
    from: NaiveDate,
    to: NaiveDate,
    granularity: Granularity,
    split: bool,
}

impl Buckets {
    /// Series lines from per-day totals and per-bucket active people; the line of all tools
    /// covers `tools`, a tool's own line that tool.
    fn lines(
        &self,
        metrics: &[Metric],
        tools: ProviderSet,
        day_rows: &[DayTotals],
        people: &[BucketPeople],
    ) -> Vec<Line> {
        let (granularity, split) = (self.granularity, self.split);
        let starts = bucket_starts(self.from, self.to, granularity);
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
                let point = |start: NaiveDate| {
                    let (s, active_days) = sums.get(&(line, start)).copied().unwrap_or_default();
                    let people = active.get(&(line, start)).copied().unwrap_or(0);
                    let values = metrics
                        .iter()
                        .map(|m| {
                            m.reported_by_any(line_tools).then(|| metric_value(&s, *m, active_days, people))
                        })
                        .collect();
                    Point { start, end: bucket_end(start, granularity), values }
                };
                Line { provider: line, points: starts.iter().map(|&start| point(start)).collect() }
            })
            .collect()
    }
}
