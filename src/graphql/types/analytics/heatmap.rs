//! `activityHeatmap`: the contribution-graph calendar.

use async_graphql::SimpleObject;
use chrono::NaiveDate;

use crate::analytics::heatmap::{Cell, Heatmap};
use crate::domain::Metric;
use crate::graphql::types::BigInt;

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

impl From<Heatmap> for ActivityHeatmap {
    fn from(h: Heatmap) -> Self {
        ActivityHeatmap {
            from: h.from,
            to: h.to,
            metric: h.metric,
            thresholds: h.thresholds.into_iter().map(BigInt).collect(),
            cells: h.cells.into_iter().map(HeatmapCell::from).collect(),
        }
    }
}

impl From<Cell> for HeatmapCell {
    fn from(c: Cell) -> Self {
        HeatmapCell { day: c.day, count: c.count.map(BigInt), level: c.level }
    }
}
