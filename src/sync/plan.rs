//! Which days a run covers: the range rules for backfills, scheduled runs and manual runs.
//!
//! Rules: ranges are inclusive UTC days, never in the future. A scheduled run re-fetches the last
//! few days (the trailing window) because vendors fill recent days in late; an integration never
//! synced to the end is backfilled from the vendor's earliest day.

use chrono::{Months, NaiveDate};

/// Longest range a manual run may ask for.
pub const MAX_MANUAL_MONTHS: u32 = 36;

/// What range a caller asks the engine for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeRequest {
    /// From the vendor's earliest day to today.
    Backfill,
    /// Catch up: from the day after the last completed run (re-fetching the trailing window) to
    /// today; a backfill when no run ever completed.
    Due,
    /// Exactly these days (validated by [`DayRange::manual`]).
    Days {
        /// First UTC day (included).
        from: NaiveDate,
        /// Last UTC day (included).
        to: NaiveDate,
    },
}

/// The days one run reads, in order: earlier failed days being retried (scheduled runs only, see
/// [`failed_days`](super::failed_days)), then its range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunPlan {
    /// Sorted, distinct, all before `range.from`.
    pub retry_days: Vec<NaiveDate>,
    /// The run's own days, after the retried ones.
    pub range: DayRange,
}

impl RunPlan {
    /// Days in the plan.
    pub fn len(&self) -> i32 {
        i32::try_from(self.retry_days.len()).unwrap_or(i32::MAX).saturating_add(self.range.len())
    }

    /// True when the plan has no day to read.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The plan's days after the first `done` (a run taken over mid-way), as ranges of
    /// consecutive days, oldest first.
    pub fn remaining(&self, done: i32) -> Vec<DayRange> {
        let mut segments: Vec<DayRange> = Vec::new();
        let days = self.retry_days.iter().copied().chain(self.range.days());
        for day in days.skip(usize::try_from(done).unwrap_or(0)) {
            match segments.last_mut() {
                Some(last) if last.to.succ_opt() == Some(day) => last.to = day,
                _ => segments.push(DayRange { from: day, to: day }),
            }
        }
        segments
    }
}

/// An inclusive range of UTC days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    /// First UTC day (included).
    pub from: NaiveDate,
    /// Last UTC day (included).
    pub to: NaiveDate,
}

/// A manual range that cannot be synced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    /// `from` is after `to`.
    #[error("the range starts ({from}) after it ends ({to})")]
    Reversed {
        /// The first day asked for.
        from: NaiveDate,
        /// The last day asked for.
        to: NaiveDate,
    },
    /// `to` is after today (UTC): the vendors have nothing for it yet.
    #[error("the range ends in the future ({to}; today is {today} UTC)")]
    Future {
        /// The last day asked for.
        to: NaiveDate,
        /// Today, UTC.
        today: NaiveDate,
    },
    /// Longer than a manual sync may be (see [`MAX_MANUAL_MONTHS`]).
    #[error("the range is longer than {MAX_MANUAL_MONTHS} months")]
    TooLong,
}

impl DayRange {
    /// Days `from..=to`, both included.
    pub fn days(self) -> impl Iterator<Item = NaiveDate> {
        self.from.iter_days().take_while(move |d| *d <= self.to)
    }

    /// Consecutive sub-ranges of at most `days` days (at least one), oldest first, covering the
    /// range exactly: the windows the engine asks a provider for.
    pub fn windows(self, days: u32) -> impl Iterator<Item = DayRange> {
        let step = i64::from(days.max(1));
        let mut next = Some(self.from).filter(|from| *from <= self.to);
        std::iter::from_fn(move || {
            let from = next?;
            let to = (from + chrono::Duration::days(step - 1)).min(self.to);
            next = to.succ_opt().filter(|day| *day <= self.to);
            Some(DayRange { from, to })
        })
    }

    /// Days in the range; 0 when it is empty.
    pub fn len(self) -> i32 {
        i32::try_from((self.to - self.from).num_days() + 1).unwrap_or(i32::MAX).max(0)
    }

    /// True when `to` is before `from`.
    pub fn is_empty(self) -> bool {
        self.to < self.from
    }

    /// A range someone asked for: ordered, not in the future, at most three years long.
    pub fn manual(from: NaiveDate, to: NaiveDate, today: NaiveDate) -> Result<Self, RangeError> {
        if from > to {
            return Err(RangeError::Reversed { from, to });
        }
        if to > today {
            return Err(RangeError::Future { to, today });
        }
        if from.checked_add_months(Months::new(MAX_MANUAL_MONTHS)).is_some_and(|limit| to > limit) {
            return Err(RangeError::TooLong);
        }
        Ok(DayRange { from, to })
    }

    /// A scheduled catch-up: from `min(last_synced + 1, today - trailing_days)` (never before
    /// `earliest`) to today; from `earliest` when nothing was ever synced to the end.
    pub fn due(
        last_synced: Option<NaiveDate>,
        today: NaiveDate,
        trailing_days: u32,
        earliest: NaiveDate,
    ) -> Self {
        let from = match last_synced {
            Some(last) => {
                let after_last = last.succ_opt().unwrap_or(last);
                let trailing = today - chrono::Duration::days(i64::from(trailing_days));
                after_last.min(trailing).max(earliest)
            }
            None => earliest,
        };
        DayRange { from: from.min(today), to: today }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn due_refetches_the_trailing_window() {
        // Synced through yesterday: re-fetch today-3 ..= today.
        let r = DayRange::due(Some(d("2026-03-09")), d("2026-03-10"), 3, d("2025-01-01"));
        assert_eq!(r, DayRange { from: d("2026-03-07"), to: d("2026-03-10") });
        assert_eq!(r.len(), 4);
    }

    #[test]
    fn due_catches_up_from_the_day_after_the_last_sync() {
        let r = DayRange::due(Some(d("2026-02-20")), d("2026-03-10"), 3, d("2025-01-01"));
        assert_eq!(r.from, d("2026-02-21"));
    }

    #[test]
    fn due_without_history_backfills() {
        let r = DayRange::due(None, d("2026-03-10"), 3, d("2026-01-01"));
        assert_eq!(r.from, d("2026-01-01"));
    }

    #[test]
    fn windows_cover_the_range_oldest_first() {
        let range = DayRange { from: d("2026-01-01"), to: d("2026-01-10") };
        let windows: Vec<_> = range.windows(4).collect();
        assert_eq!(
            windows,
            [
                DayRange { from: d("2026-01-01"), to: d("2026-01-04") },
                DayRange { from: d("2026-01-05"), to: d("2026-01-08") },
                DayRange { from: d("2026-01-09"), to: d("2026-01-10") },
            ]
        );
        assert_eq!(range.windows(0).count(), 10);
        assert_eq!(DayRange { from: d("2026-01-02"), to: d("2026-01-01") }.windows(3).count(), 0);
    }

    #[test]
    fn a_plan_retries_earlier_days_first_and_resumes_where_it_stopped() {
        let plan = RunPlan {
            retry_days: vec![d("2026-01-02"), d("2026-01-03"), d("2026-01-07")],
            range: DayRange { from: d("2026-01-09"), to: d("2026-01-11") },
        };
        assert_eq!(plan.len(), 6);
        let range = |from: &str, to: &str| DayRange { from: d(from), to: d(to) };
        assert_eq!(
            plan.remaining(0),
            [
                range("2026-01-02", "2026-01-03"),
                range("2026-01-07", "2026-01-07"),
                range("2026-01-09", "2026-01-11")
            ]
        );
        assert_eq!(plan.remaining(4), [range("2026-01-10", "2026-01-11")]);
        assert_eq!(plan.remaining(6), []);
    }

    #[test]
    fn manual_ranges_are_validated() {
        let today = d("2026-03-10");
        assert!(DayRange::manual(d("2026-03-02"), d("2026-03-01"), today).is_err());
        assert!(DayRange::manual(d("2026-03-01"), d("2026-03-11"), today).is_err());
        assert!(DayRange::manual(d("2022-03-01"), d("2026-03-01"), today).is_err());
        let ok = DayRange::manual(d("2026-03-01"), d("2026-03-03"), today).unwrap();
        assert_eq!(ok.days().collect::<Vec<_>>(), [d("2026-03-01"), d("2026-03-02"), d("2026-03-03")]);
    }
}
