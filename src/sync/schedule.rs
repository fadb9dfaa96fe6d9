//! Sync schedules: cron expressions evaluated in UTC.

use chrono::{NaiveDateTime, TimeZone, Utc};
use croner::Cron;

/// The schedule an integration gets unless it names one: daily at 02:00 UTC.
pub const DEFAULT_SCHEDULE: &str = "0 2 * * *";

/// A schedule that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid schedule {schedule:?}: {reason}")]
pub struct ScheduleError {
    /// The expression given.
    pub schedule: String,
    /// Why it was refused.
    pub reason: String,
}

/// The first time strictly after `after` (UTC) that `schedule` fires.
pub fn next_run(schedule: &str, after: NaiveDateTime) -> Result<NaiveDateTime, ScheduleError> {
    let invalid = |reason: String| ScheduleError { schedule: schedule.to_owned(), reason };
    let cron: Cron = schedule.parse().map_err(|e: croner::errors::CronError| invalid(e.to_string()))?;
    let next = cron
        .find_next_occurrence(&Utc.from_utc_datetime(&after), false)
        .map_err(|e| invalid(e.to_string()))?;
    Ok(next.naive_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_schedule_fires_daily_at_two() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(next_run(DEFAULT_SCHEDULE, at("2026-03-10 01:00:00")).unwrap(), at("2026-03-10 02:00:00"));
        assert_eq!(next_run(DEFAULT_SCHEDULE, at("2026-03-10 02:00:00")).unwrap(), at("2026-03-11 02:00:00"));
        assert!(next_run("every day", at("2026-03-10 01:00:00")).is_err());
    }
}
