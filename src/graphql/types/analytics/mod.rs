//! Dashboard types: series, summary, heatmap, breakdowns, people and data freshness.
//!
//! Days are UTC days as the vendors report them. A measure a tool does not report is null for that
//! tool, and null in a total when no tool in scope reports it (the table of which tool reports what,
//! from which vendor field, is `domain::definitions`; every measure's description quotes it).
//!
//! One file per concern; each maps the domain structs of `crate::analytics` to what clients see.

mod breakdown;
mod filter;
mod freshness;
mod heatmap;
mod people;
mod series;
mod subject;
mod summary;
mod totals;

pub use breakdown::{Breakdown, BreakdownDimension, BreakdownRow};
pub use filter::{DateRange, UsageFilter};
pub use freshness::{DataFreshness, DayFreshness, DayStatus, IntegrationFreshness};
pub use heatmap::{ActivityHeatmap, HeatmapCell};
pub use people::{PeoplePage, PersonUsage, SeatInfo, SeatSummary, ToolUsage};
pub use series::{SeriesLine, SeriesPoint, UsageSeries};
pub use subject::{ActorInfo, Person, Subject};
pub use summary::{PeriodChange, PeriodFigures, UsageSummary};
pub use totals::UsageTotals;
