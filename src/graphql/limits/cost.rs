//! What each field costs: roughly the number of values its answer holds, known from the
//! arguments alone, before anything executes.
//!
//! async-graphql calls these from `#[graphql(complexity = "…")]` with the field's arguments
//! (variables resolved) and `child_complexity`, the cost of one element of the selection below
//! it; it sums the costs over the whole document, every alias included, and refuses the document
//! above [`MAX_COST`]. A field without a function costs one plus its children. Lists whose length
//! the arguments fix (days of a range, `first`, `top`, `limit`) are priced at that length; lists
//! whose length depends on stored data are priced at the most the service returns or, where it
//! returns all (members, integrations), at a generous assumed size.
//!
//! One unit is one value of the JSON answer, about 20–40 bytes with its key; [`MAX_COST`] keeps
//! the most expensive accepted document's answer to a few megabytes.

use chrono::Utc;

use crate::domain::analytics::Granularity;
use crate::graphql::types::analytics::DateRange;

/// The most a document may cost: about 11 three-year daily series of four metrics, or a
/// 10,000-row `dailyUsage` page of 9 fields. async-graphql holds the whole answer as a value tree
/// (about 100 bytes a value) before serialising it, so this also bounds a request's memory to
/// about 10 MB.
pub const MAX_COST: usize = 100_000;

/// Days a range covers when none is given, the most an answer with one value per day covers (the
/// resolvers refuse longer ones; this only prices them), and the most any range covers.
const DEFAULT_DAYS: usize = 90;
const MAX_DAYS: usize = 1_096;
const MAX_SPAN_DAYS: usize = 36_890;

/// Tools a series can be split by (and a person's tools).
pub const PROVIDERS: usize = 3;

/// Assumed sizes of lists that return everything stored.
pub const ASSUMED_MEMBERS: usize = 1_000;
/// Assumed number of workspaces a caller belongs to.
pub const ASSUMED_WORKSPACES: usize = 100;
/// Assumed number of integrations in a workspace.
pub const ASSUMED_INTEGRATIONS: usize = 10;
/// Assumed number of API tokens an account has.
pub const ASSUMED_TOKENS: usize = 100;
/// Vendor identities (and seats) of one person: one per tool, and a few more.
pub const ASSUMED_ACTORS: usize = 10;

/// `dailyUsage`'s row cap.
pub const DAILY_USAGE_ROWS: usize = 10_000;

/// Days of `range` as the resolvers of per-day answers resolve it, clamped to what they accept.
pub fn days(range: &Option<DateRange>) -> usize {
    span_days(range).min(MAX_DAYS)
}

/// Days of `range` as every resolver resolves it, clamped to the dates accepted at all.
fn span_days(range: &Option<DateRange>) -> usize {
    let (from, to) = match range {
        Some(DateRange { from, to }) => (*from, *to),
        None => (None, None),
    };
    let Some(from) = from else { return DEFAULT_DAYS };
    let to = to.unwrap_or_else(|| Utc::now().date_naive());
    let days = to.signed_duration_since(from).num_days().saturating_add(1);
    usize::try_from(days).unwrap_or(1).clamp(1, MAX_SPAN_DAYS)
}

/// A series: one line (or one per tool), one point per bucket, each point its children plus one
/// value per metric.
pub fn series(
    range: &Option<DateRange>,
    granularity: Granularity,
    metrics: usize,
    split_by_provider: bool,
    child_complexity: usize,
) -> usize {
    // A DAY series is refused beyond three years; week and month series cover any range.
    let days = if granularity == Granularity::Day { days(range) } else { span_days(range) };
    // Upper bounds: a range may touch one partial week or month at each end.
    let buckets = match granularity {
        Granularity::Day => days,
        Granularity::Week => days.div_ceil(7) + 1,
        Granularity::Month => days.div_ceil(28) + 1,
    };
    let lines = if split_by_provider { PROVIDERS } else { 1 };
    lines.saturating_mul(buckets).saturating_mul(metrics.saturating_add(child_complexity).max(1))
}

/// A list with one element per day of `range` (heatmap cells).
pub fn per_day(range: &Option<DateRange>, child_complexity: usize) -> usize {
    rows(days(range), child_complexity)
}

/// `dataFreshness`: per integration its own fields (`child_complexity`, which prices its `days`
/// list as one element) and one entry per day of `range`, priced at [`DAY_ENTRY`] values whatever
/// is selected of it. Pricing the integration's fields per day, as [`per_day`] would, made a
/// three-year report cost three times its answer.
pub fn freshness(range: &Option<DateRange>, child_complexity: usize) -> usize {
    let per_integration = child_complexity.saturating_add(days(range).saturating_mul(DAY_ENTRY));
    rows(ASSUMED_INTEGRATIONS, per_integration)
}

/// The values of one `DayCoverage` (day, status, reason) plus the entry itself.
const DAY_ENTRY: usize = 4;

/// A list of `n` elements (a `first`, `top` or `limit` clamped to what the resolver accepts, or an
/// assumed size).
pub fn rows(n: usize, child_complexity: usize) -> usize {
    n.saturating_mul(child_complexity.max(1)).saturating_add(1)
}

/// A `first`/`top`/`limit` argument, clamped to `1..=max` as the resolvers clamp or refuse it.
pub fn clamp(n: i32, max: usize) -> usize {
    usize::try_from(n).unwrap_or(1).clamp(1, max)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn range(from: &str, to: &str) -> Option<DateRange> {
        Some(DateRange { from: Some(from.parse::<NaiveDate>().unwrap()), to: Some(to.parse().unwrap()) })
    }

    #[test]
    fn ranges_are_priced_by_their_days() {
        assert_eq!(days(&None), 90);
        assert_eq!(days(&range("2024-01-01", "2024-01-31")), 31);
        assert_eq!(days(&range("2024-02-01", "2024-01-31")), 1);
        assert_eq!(days(&range("0001-01-01", "9999-12-31")), 1_096);
    }

    #[test]
    fn series_cost_grows_with_buckets_metrics_and_lines() {
        let three_years = range("2022-01-01", "2024-12-31");
        assert_eq!(series(&three_years, Granularity::Day, 4, false, 4), 1_096 * 8);
        assert_eq!(series(&three_years, Granularity::Day, 4, true, 4), 3 * 1_096 * 8);
        assert_eq!(series(&three_years, Granularity::Week, 1, false, 1), (157 + 1) * 2);
        assert_eq!(series(&three_years, Granularity::Month, 1, false, 1), (40 + 1) * 2);
        // Week and month series are priced over the whole range, however long.
        let century = range("2000-01-01", "2100-12-31");
        assert_eq!(series(&century, Granularity::Month, 1, false, 1), (36_890_usize.div_ceil(28) + 1) * 2);
        assert_eq!(series(&century, Granularity::Day, 1, false, 1), 1_096 * 2);
    }

    #[test]
    fn freshness_prices_each_integration_once_and_each_day_at_its_entry() {
        let three_years = range("2022-01-01", "2024-12-31");
        // 10 integrations × (9 values of their own + 1,096 days × 4) + the list.
        assert_eq!(freshness(&three_years, 9), 10 * (9 + 1_096 * 4) + 1);
        assert_eq!(freshness(&range("2024-01-01", "2024-01-07"), 9), 10 * (9 + 7 * 4) + 1);
    }
}
