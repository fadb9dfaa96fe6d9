//! The SQL text that differs between PostgreSQL and SQLite, in one place.
//!
//! Analytics queries are built as text (aggregates with `CAST(SUM(..) AS BIGINT)` read the same on
//! both backends, which diesel's `sum` does not: it is `Numeric` on PostgreSQL). Only values the
//! service itself formats are inlined: integers, dates printed by chrono, and provider and
//! dimension names from closed enums. Free text (team names, emails) never reaches this module.

use chrono::{Datelike, NaiveDate};

use crate::domain::{Granularity, Metric, Provider};
use crate::storage::Backend;

/// The 17 summed measures, in the column order of `daily_usage` and the rollups
/// (`lines_suggested` was added last).
pub const MEASURES: [&str; 17] = [
    "sessions",
    "interactions",
    "input_tokens",
    "output_tokens",
    "cache_read_tokens",
    "cache_write_tokens",
    "cost_millicents",
    "lines_added",
    "lines_removed",
    "lines_accepted",
    "suggestions_shown",
    "suggestions_accepted",
    "tool_accepted",
    "tool_rejected",
    "commits",
    "pull_requests",
    "lines_suggested",
];

/// The measure columns `metric` is computed from (none for active users, which are counted).
pub fn metric_columns(metric: Metric) -> &'static [&'static str] {
    match metric {
        Metric::Interactions => &["interactions"],
        Metric::Sessions => &["sessions"],
        Metric::InputTokens => &["input_tokens"],
        Metric::OutputTokens => &["output_tokens"],
        Metric::CacheReadTokens => &["cache_read_tokens"],
        Metric::CacheWriteTokens => &["cache_write_tokens"],
        Metric::TotalTokens => &["input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens"],
        Metric::CostMillicents => &["cost_millicents"],
        Metric::LinesAdded => &["lines_added"],
        Metric::LinesRemoved => &["lines_removed"],
        Metric::LinesSuggested => &["lines_suggested"],
        Metric::LinesAccepted => &["lines_accepted"],
        Metric::SuggestionsShown => &["suggestions_shown"],
        Metric::SuggestionsAccepted => &["suggestions_accepted"],
        Metric::ToolAccepted => &["tool_accepted"],
        Metric::ToolRejected => &["tool_rejected"],
        Metric::Commits => &["commits"],
        Metric::PullRequests => &["pull_requests"],
        Metric::ActiveUsers | Metric::ActiveDays => &[],
    }
}

/// The measures `usage_breakdowns` has; the others read as 0 there.
pub const BREAKDOWN_MEASURES: [&str; 12] = [
    "interactions",
    "input_tokens",
    "output_tokens",
    "cache_read_tokens",
    "cache_write_tokens",
    "cost_millicents",
    "lines_added",
    "lines_removed",
    "lines_accepted",
    "suggestions_shown",
    "suggestions_accepted",
    "lines_suggested",
];

/// Per-backend spelling of the few constructs that differ.
#[derive(Debug, Clone, Copy)]
pub struct Dialect(pub Backend);

impl Dialect {
    /// A date literal: typed on PostgreSQL, the stored `YYYY-MM-DD` text on SQLite (diesel stores
    /// SQLite dates as text, and `CAST(.. AS DATE)` there would make a number of it).
    pub fn date(self, day: NaiveDate) -> String {
        match self.0 {
            Backend::Postgres => format!("DATE '{}'", day.format("%Y-%m-%d")),
            Backend::Sqlite => format!("'{}'", day.format("%Y-%m-%d")),
        }
    }

    /// The first day of the bucket holding the date expression `expr`: the day itself, the Monday
    /// of its ISO week, or the first of its month.
    pub fn bucket_start(self, expr: &str, granularity: Granularity) -> String {
        match (self.0, granularity) {
            (_, Granularity::Day) => expr.to_owned(),
            (Backend::Postgres, Granularity::Week) => format!("CAST(date_trunc('week', {expr}) AS DATE)"),
            (Backend::Postgres, Granularity::Month) => format!("CAST(date_trunc('month', {expr}) AS DATE)"),
            // strftime('%w') is 0 for Sunday: step back (w + 6) % 7 days to the Monday.
            (Backend::Sqlite, Granularity::Week) => {
                format!("date({expr}, '-' || ((CAST(strftime('%w', {expr}) AS INTEGER) + 6) % 7) || ' days')")
            }
            (Backend::Sqlite, Granularity::Month) => format!("date({expr}, 'start of month')"),
        }
    }

    /// The bit of the date expression `expr` in its month's bitmap of days (`usage_rollup_person_month`):
    /// `1 << (day of month - 1)`.
    pub fn day_bit(self, expr: &str) -> String {
        match self.0 {
            Backend::Postgres => {
                format!("(CAST(1 AS BIGINT) << (CAST(EXTRACT(DAY FROM {expr}) AS INTEGER) - 1))")
            }
            Backend::Sqlite => format!("(1 << (CAST(strftime('%d', {expr}) AS INTEGER) - 1))"),
        }
    }
}

/// The first day of `day`'s month.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("every month has a first day")
}

/// The bit of `day` in its month's bitmap of days.
pub fn day_bit(day: NaiveDate) -> i64 {
    1_i64 << (day.day() - 1)
}

/// For the inclusive days `[from, to]`: each month they touch (its first day) with the bitmap of
/// the range's days in it.
pub fn month_masks(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, i64)> {
    let mut out: Vec<(NaiveDate, i64)> = Vec::new();
    let mut day = from;
    while day <= to {
        let month = month_start(day);
        match out.last_mut() {
            Some((m, mask)) if *m == month => *mask |= day_bit(day),
            _ => out.push((month, day_bit(day))),
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    out
}

/// `CAST(COALESCE(SUM(alias.m), 0) AS BIGINT) AS m` for every measure, comma-separated.
pub fn sum_measures(alias: &str) -> String {
    MEASURES
        .iter()
        .map(|m| format!("CAST(COALESCE(SUM({alias}.{m}), 0) AS BIGINT) AS {m}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Like [`sum_measures`] for breakdown tables: measures they lack are 0.
pub fn sum_breakdown_measures(alias: &str) -> String {
    MEASURES
        .iter()
        .map(|m| {
            if BREAKDOWN_MEASURES.contains(m) {
                format!("CAST(COALESCE(SUM({alias}.{m}), 0) AS BIGINT) AS {m}")
            } else {
                format!("CAST(0 AS BIGINT) AS {m}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `1, 2, 3` — only integers are ever joined into SQL.
pub fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
}

/// `'claude_code', 'copilot'` from the closed provider enum.
pub fn provider_list(providers: &[Provider]) -> String {
    providers.iter().map(|p| format!("'{}'", p.as_str())).collect::<Vec<_>>().join(", ")
}

/// The Monday of `day`'s ISO week.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()))
}
