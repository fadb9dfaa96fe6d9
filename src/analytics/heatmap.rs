//! The contribution-graph calendar: one cell per UTC day with its count of a metric and a 0–4
//! level by quartiles of the non-zero days.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::totals::{by_day, metric_value};
use super::{AnalyticsError, Reads};
use crate::domain::analytics::{days, heatmap_level, heatmap_thresholds};
use crate::domain::{Granularity, Metric};
use crate::storage::analytics::{self as store, Scope};

/// A calendar of one metric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heatmap {
    /// First UTC day.
    pub from: NaiveDate,
    /// Last UTC day.
    pub to: NaiveDate,
    /// What each cell counts.
    pub metric: Metric,
    /// Upper bounds of levels 1, 2 and 3.
    pub thresholds: [i64; 3],
    /// One cell per day of the range, in order.
    pub cells: Vec<Cell>,
}

/// One day of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// The UTC day.
    pub day: NaiveDate,
    /// The metric that day; `None` when no tool in scope reports the metric.
    pub count: Option<i64>,
    /// 0 for no activity, else 1–4 by the thresholds.
    pub level: i32,
}

/// The calendar of `metric` over `scope`: distinct people per day for `ACTIVE_USERS`, else the
/// day totals.
pub async fn heatmap(reads: &dyn Reads, scope: &Scope, metric: Metric) -> Result<Heatmap, AnalyticsError> {
    super::range::per_day(scope.from, scope.to)?;
    let tools = reads.tools(scope).await?;
    let counts: BTreeMap<NaiveDate, i64> = if metric == Metric::ActiveUsers {
        store::active_people_by_bucket(reads.db(), scope, Granularity::Day, false)
            .await?
            .into_iter()
            .map(|r| (r.bucket, r.people))
            .collect()
    } else {
        by_day(&reads.day_totals(scope).await?)
            .into_iter()
            .map(|(day, (sums, active))| (day, metric_value(&sums, metric, active, 0)))
            .collect()
    };
    let (thresholds, cells) = cells(scope.from, scope.to, &counts, metric.reported_by_any(tools));
    Ok(Heatmap { from: scope.from, to: scope.to, metric, thresholds, cells })
}

/// One cell per day with quartile levels; counts are `None` (and levels 0) when the metric is not
/// `reported` by any tool in scope.
pub fn cells(
    from: NaiveDate,
    to: NaiveDate,
    counts: &BTreeMap<NaiveDate, i64>,
    reported: bool,
) -> ([i64; 3], Vec<Cell>) {
    let all: Vec<(NaiveDate, i64)> =
        days(from, to).map(|d| (d, counts.get(&d).copied().unwrap_or(0))).collect();
    let thresholds = heatmap_thresholds(&all.iter().map(|(_, c)| *c).collect::<Vec<_>>());
    let cells = all
        .into_iter()
        .map(|(day, count)| Cell {
            day,
            count: reported.then_some(count),
            level: heatmap_level(count, thresholds),
        })
        .collect();
    (thresholds, cells)
}
