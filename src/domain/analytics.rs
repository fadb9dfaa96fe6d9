//! Dashboard arithmetic that happens after the database has aggregated: calendar buckets, streaks,
//! heatmap levels and top-N cuts over at most a few thousand pre-summed rows.

use chrono::{Datelike, Days, NaiveDate};

use super::Measures;
pub use super::definitions::Metric;

/// How a series groups days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, async_graphql::Enum)]
pub enum Granularity {
    /// One point per UTC day.
    Day,
    /// One point per ISO week (Monday to Sunday).
    Week,
    /// One point per calendar month.
    Month,
}

impl Measures {
    /// Input, output and cache tokens together.
    pub fn total_tokens(&self) -> i64 {
        self.input_tokens + self.output_tokens + self.cache_read_tokens + self.cache_write_tokens
    }

    /// The summed value of `metric`; `None` for `ActiveUsers` and `ActiveDays`, which are counted,
    /// not summed.
    pub fn get(&self, metric: Metric) -> Option<i64> {
        Some(match metric {
            Metric::Interactions => self.interactions,
            Metric::Sessions => self.sessions,
            Metric::InputTokens => self.input_tokens,
            Metric::OutputTokens => self.output_tokens,
            Metric::CacheReadTokens => self.cache_read_tokens,
            Metric::CacheWriteTokens => self.cache_write_tokens,
            Metric::TotalTokens => self.total_tokens(),
            Metric::CostMillicents => self.cost_millicents,
            Metric::LinesAdded => self.lines_added,
            Metric::LinesRemoved => self.lines_removed,
            Metric::LinesSuggested => self.lines_suggested,
            Metric::LinesAccepted => self.lines_accepted,
            Metric::SuggestionsShown => self.suggestions_shown,
            Metric::SuggestionsAccepted => self.suggestions_accepted,
            Metric::ToolAccepted => self.tool_accepted,
            Metric::ToolRejected => self.tool_rejected,
            Metric::Commits => self.commits,
            Metric::PullRequests => self.pull_requests,
            Metric::ActiveUsers | Metric::ActiveDays => return None,
        })
    }

    /// Suggestions accepted / shown; `None` when nothing was shown.
    pub fn acceptance_by_count(&self) -> Option<f64> {
        ratio(self.suggestions_accepted, self.suggestions_shown)
    }

    /// Lines accepted / lines suggested. Only tools that report acceptance (Copilot, Cursor) write
    /// either measure, so lines of other tools are in neither the numerator nor the denominator;
    /// `None` when no lines were suggested (e.g. Claude Code alone).
    pub fn acceptance_by_lines(&self) -> Option<f64> {
        ratio(self.lines_accepted, self.lines_suggested)
    }
}

/// `numerator` ÷ `denominator`; `None` when the denominator is 0.
pub fn ratio(numerator: i64, denominator: i64) -> Option<f64> {
    (denominator != 0).then(|| numerator as f64 / denominator as f64)
}

/// The first day of the bucket holding `day`.
pub fn bucket_start(day: NaiveDate, granularity: Granularity) -> NaiveDate {
    match granularity {
        Granularity::Day => day,
        Granularity::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
        Granularity::Month => day.with_day(1).expect("day 1 exists"),
    }
}

/// The last day of the bucket starting at `start`.
pub fn bucket_end(start: NaiveDate, granularity: Granularity) -> NaiveDate {
    match granularity {
        Granularity::Day => start,
        Granularity::Week => start + Days::new(6),
        Granularity::Month => {
            let next = if start.month() == 12 {
                NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
            };
            next.expect("valid month") - Days::new(1)
        }
    }
}

/// The starts of every bucket touching `[from, to]`, in order (empty buckets included).
pub fn bucket_starts(from: NaiveDate, to: NaiveDate, granularity: Granularity) -> Vec<NaiveDate> {
    let mut starts = Vec::new();
    let mut start = bucket_start(from, granularity);
    while start <= to {
        starts.push(start);
        start = bucket_end(start, granularity) + Days::new(1);
    }
    starts
}

/// Days from `from` to `to` inclusive.
pub fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}

/// `(current, longest)`: consecutive active days ending at `to` (0 when `to` was idle), and the
/// longest run anywhere in `[from, to]`.
pub fn streaks(from: NaiveDate, to: NaiveDate, is_active: impl Fn(NaiveDate) -> bool) -> (i64, i64) {
    let (mut run, mut longest) = (0i64, 0i64);
    for day in days(from, to) {
        run = if is_active(day) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    (run, longest)
}

/// Heatmap thresholds: the 25th, 50th and 75th percentiles (nearest rank) of the non-zero counts.
/// A count of 0 is level 0; otherwise level 1 up to the first threshold, 2 up to the second, 3 up
/// to the third, 4 above.
pub fn heatmap_thresholds(counts: &[i64]) -> [i64; 3] {
    let mut nonzero: Vec<i64> = counts.iter().copied().filter(|c| *c > 0).collect();
    if nonzero.is_empty() {
        return [0; 3];
    }
    nonzero.sort_unstable();
    let rank = |quarter: usize| {
        let n = nonzero.len();
        // nearest rank: ceil(q * n / 4), 1-based
        let r = (quarter * n).div_ceil(4).max(1);
        nonzero[r - 1]
    };
    [rank(1), rank(2), rank(3)]
}

/// The heatmap level of a day's count: 0 for none, else 1–4 by the quartile `thresholds`.
pub fn heatmap_level(count: i64, thresholds: [i64; 3]) -> i32 {
    match count {
        c if c <= 0 => 0,
        c if c <= thresholds[0] => 1,
        c if c <= thresholds[1] => 2,
        c if c <= thresholds[2] => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn iso_weeks_and_months() {
        // 2025-12-29 is the Monday of ISO week 2026-W01.
        assert_eq!(bucket_start(d("2026-01-01"), Granularity::Week), d("2025-12-29"));
        assert_eq!(bucket_end(d("2024-02-01"), Granularity::Month), d("2024-02-29"));
        assert_eq!(
            bucket_starts(d("2025-12-30"), d("2026-01-05"), Granularity::Week),
            vec![d("2025-12-29"), d("2026-01-05")]
        );
    }

    #[test]
    fn heatmap_levels_follow_quartiles() {
        // non-zero sorted: 1 2 3 4 5 6 7 8 → ranks 2, 4, 6 → thresholds 2, 4, 6
        let t = heatmap_thresholds(&[0, 1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(t, [2, 4, 6]);
        assert_eq!([0, 1, 2, 3, 5, 7].map(|c| heatmap_level(c, t)), [0, 1, 1, 2, 3, 4]);
    }
}
