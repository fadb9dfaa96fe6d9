//! `usageSeries`: figures over time.

use async_graphql::SimpleObject;
use chrono::NaiveDate;

use crate::analytics::series::{Line, Point, Series};
use crate::domain::{Granularity, Metric, Provider};
use crate::graphql::types::BigInt;

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

impl From<Series> for UsageSeries {
    fn from(s: Series) -> Self {
        UsageSeries {
            granularity: s.granularity,
            from: s.from,
            to: s.to,
            metrics: s.metrics,
            lines: s.lines.into_iter().map(SeriesLine::from).collect(),
        }
    }
}

impl From<Line> for SeriesLine {
    fn from(l: Line) -> Self {
        SeriesLine { provider: l.provider, points: l.points.into_iter().map(SeriesPoint::from).collect() }
    }
}

impl From<Point> for SeriesPoint {
    fn from(p: Point) -> Self {
        SeriesPoint {
            start: p.start,
            end: p.end,
            values: p.values.into_iter().map(|v| v.map(BigInt)).collect(),
        }
    }
}
