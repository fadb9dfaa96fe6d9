//! The vocabulary every figure shares: the provider order, a metric's value from summed measures
//! and counts, and [`Totals`] — measures over the tools they cover, where a measure none of them
//! reports has no value (null, not 0).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::{Measures, Metric, Provider, ProviderSet};
use crate::storage::analytics::DayTotals;

/// Provider order used everywhere (and for ties).
pub const PROVIDERS: [Provider; 3] = [Provider::ClaudeCode, Provider::Copilot, Provider::Cursor];

/// A stored provider name, parsed; `None` for one this build does not know.
pub fn provider(text: &str) -> Option<Provider> {
    text.parse().ok()
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

/// Every summed measure of some usage, with the tools it covers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// The sums.
    pub sums: Measures,
    /// The tools the sums cover: which measures have a value.
    pub tools: ProviderSet,
}

impl Totals {
    /// `sums` over `tools`.
    pub fn over(sums: Measures, tools: ProviderSet) -> Self {
        Totals { sums, tools }
    }

    /// The summed `metric`; `None` when no tool covered reports it (and for the counted metrics,
    /// `ACTIVE_USERS` and `ACTIVE_DAYS`, which are not sums).
    pub fn get(&self, metric: Metric) -> Option<i64> {
        if metric.reported_by_any(self.tools) { self.sums.get(metric) } else { None }
    }
}
