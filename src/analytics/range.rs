//! The days a question covers, by one rule for every client (GraphQL fields, exports, share
//! cards): UTC days, both ends included, the last 90 days by default, within
//! [`FIRST_DAY`]..=[`LAST_DAY`] (usage data starts after 2000; arithmetic near the ends of chrono's
//! range overflows, and PostgreSQL has no year 0).
//!
//! An answer with one value per day (the heatmap, data freshness, a `DAY` series) covers at most
//! three years ([`per_day`]): its size grows with the range. Every other answer (totals,
//! breakdowns, people, week and month series) is as large for thirty years as for one, and its
//! cost is the stored rows it sums, so "all time" is any valid range.

use chrono::{Days, NaiveDate, Utc};

use super::AnalyticsError;

/// The first day a date argument may name.
pub const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a valid date");
/// The last day a date argument may name.
pub const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(2100, 12, 31).expect("a valid date");

/// Length of the default range, in days.
pub const DEFAULT_DAYS: u64 = 90;
/// The longest range an answer with one value per day covers, in days.
pub const MAX_DAYS: i64 = 1_096;

/// `day` when it lies within [`FIRST_DAY`]..=[`LAST_DAY`].
pub fn check_day(day: NaiveDate) -> Result<NaiveDate, AnalyticsError> {
    if (FIRST_DAY..=LAST_DAY).contains(&day) {
        Ok(day)
    } else {
        Err(AnalyticsError::BadInput(format!(
            "dates must lie between {FIRST_DAY} and {LAST_DAY}; {day} does not"
        )))
    }
}

/// The inclusive days `from..=to` mean: `to` defaults to today (UTC), `from` to 90 days ending at
/// `to`.
pub fn days(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<(NaiveDate, NaiveDate), AnalyticsError> {
    let to = check_day(to.unwrap_or_else(|| Utc::now().date_naive()))?;
    let from = match from {
        Some(from) => check_day(from)?,
        None => to.checked_sub_days(Days::new(DEFAULT_DAYS - 1)).unwrap_or(FIRST_DAY).max(FIRST_DAY),
    };
    if from > to {
        return Err(AnalyticsError::BadInput("range.from is after range.to".into()));
    }
    Ok((from, to))
}

/// Refuses a range longer than [`MAX_DAYS`] for an answer with one value per day.
pub fn per_day(from: NaiveDate, to: NaiveDate) -> Result<(), AnalyticsError> {
    if (to - from).num_days() + 1 > MAX_DAYS {
        return Err(AnalyticsError::BadInput(
            "a per-day answer (heatmap, data freshness, DAY series) covers at most 1,096 days (three years); \
             use WEEK or MONTH buckets for longer ranges"
                .into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn defaults_to_ninety_days_ending_at_to() {
        assert_eq!(days(None, Some(day("2026-03-31"))).unwrap(), (day("2026-01-01"), day("2026-03-31")));
    }

    #[test]
    fn refuses_reversed_and_out_of_bounds_ranges() {
        assert!(days(Some(day("2026-02-01")), Some(day("2026-01-01"))).is_err());
        assert!(days(Some(day("1999-12-31")), Some(day("2000-01-05"))).is_err());
        assert!(days(Some(day("2026-01-01")), Some(day("2101-01-01"))).is_err());
        assert!(check_day(NaiveDate::MIN).is_err());
        assert_eq!(days(Some(FIRST_DAY), Some(LAST_DAY)).unwrap(), (FIRST_DAY, LAST_DAY));
    }

    #[test]
    fn per_day_answers_cover_at_most_three_years() {
        assert!(per_day(day("2020-01-01"), day("2022-12-31")).is_ok());
        assert!(per_day(day("2020-01-01"), day("2023-01-01")).is_err());
    }
}
