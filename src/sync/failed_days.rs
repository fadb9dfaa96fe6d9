//! Days the vendor answered badly: recorded, retried with backoff, then given up (issue #12).
//!
//! Rules:
//! - A run goes on past a day it cannot read (a malformed body, a vendor error, a timeout) and
//!   records it in `sync_day_failures` with a sanitised reason (never the key) and its attempts.
//!   Only an error a person must fix first (a refused key, a disabled policy, see
//!   [`ProviderError::needs_attention`]) stops a run at once: every other day would fail alike.
//! - A run ends `succeeded` when every day was stored, `partial` when some were and some were
//!   not, and `failed` when nothing could be read.
//! - Retry schedule, counted from the last failed attempt: the 1st failure is retried by the next
//!   run, the 2nd after 1 hour, the 3rd after 6 hours, the 4th and later after 24 hours (daily).
//!   After [`MAX_ATTEMPTS`] failed attempts the day is given up: `UNAVAILABLE`, with its reason.
//!   Scheduled runs (`RangeRequest::Due`) read the failed days whose retry time has passed before
//!   their own range; any run that reads such a day successfully clears its failure.
//! - An admin may retry a day at once (a run for that day alone, whatever its state) or
//!   acknowledge it (`UNAVAILABLE`, never retried automatically again).

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

use super::engine::{PreparedRun, SyncError, now};
use super::events::SyncEventKind;
use crate::domain::DayFailureState::{Acknowledged, Failed, GivenUp};
use crate::providers::ProviderError;
use crate::providers::excerpt::sanitise_error;
use crate::storage::day_failures::{self, DayFailure, FailureUpdate};
use crate::storage::sync_runs;

/// Failed reads of one day after which it is given up (`UNAVAILABLE`).
pub const MAX_ATTEMPTS: i32 = 8;

/// How long after its `attempts`-th failed read a day is retried: the next run, then 1 h, 6 h,
/// and 24 h from the fourth failure on.
pub fn retry_delay(attempts: i32) -> TimeDelta {
    match attempts {
        ..=1 => TimeDelta::zero(),
        2 => TimeDelta::hours(1),
        3 => TimeDelta::hours(6),
        _ => TimeDelta::hours(24),
    }
}

/// What one more failed read at `now` makes of a day's failure row. An acknowledged day stays
/// acknowledged and a given-up one given up (an admin's retry that fails again changes neither).
pub fn after_failure(previous: Option<&DayFailure>, now: NaiveDateTime) -> FailureUpdate {
    let attempts = previous.map_or(0, |row| row.attempts).saturating_add(1);
    let settled = previous.map(|row| row.state).filter(|state| *state != Failed);
    let state = match settled {
        Some(Acknowledged) => Acknowledged,
        Some(_) => GivenUp,
        None if attempts >= MAX_ATTEMPTS => GivenUp,
        None => Failed,
    };
    let next_retry_at = (state == Failed).then(|| now + retry_delay(attempts));
    FailureUpdate { attempts, state, next_retry_at }
}

/// Counters of a run as it goes.
#[derive(Debug, Clone, Default)]
pub(super) struct Progress {
    /// Days dealt with: stored or recorded as failed.
    pub done: i32,
    /// Of which failed.
    pub failed: i32,
    pub records: i64,
    /// The first failed day of this run and its reason, for the run's message.
    pub first_failure: Option<(NaiveDate, String)>,
}

impl Progress {
    /// The counts as the run's row stores them.
    pub fn counts(&self) -> sync_runs::RunCounts {
        sync_runs::RunCounts { days_done: self.done, days_failed: self.failed, records: self.records }
    }

    pub fn committed(&self) -> i32 {
        self.done - self.failed
    }
}

impl PreparedRun {
    /// Records that `day` could not be read and goes on: the failure row, the run's counters,
    /// a `DayFailed` event. Fails only when the database cannot record it.
    pub(super) async fn record_failed_day(
        &self,
        day: NaiveDate,
        source: ProviderError,
        progress: &mut Progress,
    ) -> Result<(), SyncError> {
        let provider = self.provider;
        let reason = sanitise_error(&SyncError::Vendor { provider, day, source }.to_string());
        let db = self.engine.db();
        let integration_id = self.run.integration_id;
        let at = now();
        let failure = day_failures::record(db, integration_id, day, &reason, at, |previous| {
            after_failure(previous, at)
        })
        .await?;
        tracing::warn!(
            integration_id,
            run_id = self.run.id,
            %day,
            attempts = failure.attempts,
            state = %failure.state,
            error = %reason,
            "a day could not be read; going on with the others"
        );
        progress.done += 1;
        progress.failed += 1;
        progress.first_failure.get_or_insert((day, reason.clone()));
        let lease = self.engine.lease_end(now());
        sync_runs::record_progress(db, self.run.id, progress.counts(), lease).await?;
        self.publish(SyncEventKind::DayFailed, vec![day], progress.done, Some(reason));
        Ok(())
    }
}

/// The message of a run that could not read every day: how many, the first one and why. A run
/// taken over mid-way may not know the reason of a day its earlier life failed: it points to the
/// list instead.
pub(super) fn run_message(progress: &Progress) -> Option<String> {
    if progress.failed == 0 {
        return None;
    }
    let first = match &progress.first_failure {
        Some((day, reason)) => format!("first, {day}: {reason}"),
        None => "see the integration's failed days".to_owned(),
    };
    let message = if progress.committed() == 0 {
        format!("no day could be read ({} failed; they will be retried); {first}", progress.failed)
    } else {
        format!(
            "{} of {} days could not be read and will be retried; {first}",
            progress.failed, progress.done
        )
    };
    Some(sanitise_error(&message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn row(attempts: i32, state: crate::domain::DayFailureState) -> DayFailure {
        DayFailure {
            id: 1,
            integration_id: 1,
            day: "2026-01-01".parse().unwrap(),
            reason: "bad".into(),
            attempts,
            first_failed_at: at("2026-01-02 02:00"),
            last_failed_at: at("2026-01-02 02:00"),
            next_retry_at: None,
            state,
        }
    }

    #[test]
    fn the_schedule_is_next_run_then_one_six_and_twenty_four_hours() {
        let now = at("2026-01-05 02:00");
        let next = |attempts_before: i32| {
            let previous = (attempts_before > 0).then(|| row(attempts_before, Failed));
            after_failure(previous.as_ref(), now)
        };
        assert_eq!(next(0), FailureUpdate { attempts: 1, state: Failed, next_retry_at: Some(now) });
        assert_eq!(next(1).next_retry_at, Some(at("2026-01-05 03:00")));
        assert_eq!(next(2).next_retry_at, Some(at("2026-01-05 08:00")));
        assert_eq!(next(3).next_retry_at, Some(at("2026-01-06 02:00")));
        assert_eq!(next(6).next_retry_at, Some(at("2026-01-06 02:00")));
        assert_eq!(next(7), FailureUpdate { attempts: 8, state: GivenUp, next_retry_at: None });
    }

    #[test]
    fn settled_days_stay_settled() {
        let now = at("2026-01-05 02:00");
        assert_eq!(after_failure(Some(&row(2, Acknowledged)), now).state, Acknowledged);
        assert_eq!(after_failure(Some(&row(8, GivenUp)), now).state, GivenUp);
        assert_eq!(after_failure(Some(&row(8, GivenUp)), now).attempts, 9);
    }
}
