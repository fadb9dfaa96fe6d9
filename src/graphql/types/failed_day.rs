//! Days a vendor answered badly, as an integration shows them (issue #12), and what makes an
//! integration "need attention".

use async_graphql::{Enum, SimpleObject};
use chrono::{NaiveDate, NaiveDateTime};

use super::analytics::DayStatus;
use crate::analytics::freshness::failure_status;
use crate::storage::day_failures::{ACKNOWLEDGED, DayFailure, FAILED, GIVEN_UP};
use crate::sync::failed_days::MAX_ATTEMPTS;

/// Where a failed day stands.
#[derive(Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum FailedDayState {
    /// Retried automatically from `nextRetryAt` (day status `FAILED`).
    Retrying,
    /// Every automatic attempt failed (day status `UNAVAILABLE`); an admin may still retry it.
    GivenUp,
    /// An admin accepted the gap (day status `UNAVAILABLE`); never retried automatically.
    Acknowledged,
}

/// One UTC day the vendor answered badly, until a read of it succeeds.
#[derive(SimpleObject, Clone)]
pub struct FailedDay {
    /// The UTC day that could not be read.
    pub day: NaiveDate,
    /// `FAILED` while it is retried, `UNAVAILABLE` once given up or acknowledged.
    pub status: DayStatus,
    /// Retried, given up or acknowledged.
    pub state: FailedDayState,
    /// Why the last attempt failed: provider, day and the vendor's words (sanitised; never the
    /// key).
    pub reason: String,
    /// Failed reads so far; automatic retries stop after `maxAttempts`.
    pub attempts: i32,
    /// Failed reads after which a day is given up (see the README's retry schedule).
    pub max_attempts: i32,
    /// When the first failed read happened (UTC).
    pub first_failed_at: NaiveDateTime,
    /// When the last failed read happened (UTC).
    pub last_failed_at: NaiveDateTime,
    /// When a scheduled sync reads it again; empty once given up or acknowledged.
    pub next_retry_at: Option<NaiveDateTime>,
}

impl From<DayFailure> for FailedDay {
    fn from(row: DayFailure) -> Self {
        let state = match row.state.as_str() {
            GIVEN_UP => FailedDayState::GivenUp,
            ACKNOWLEDGED => FailedDayState::Acknowledged,
            // FAILED, and anything unknown: keep showing it rather than hide a gap.
            _ => FailedDayState::Retrying,
        };
        FailedDay {
            day: row.day,
            status: failure_status(&row),
            state,
            reason: row.reason,
            attempts: row.attempts,
            max_attempts: MAX_ATTEMPTS,
            first_failed_at: row.first_failed_at,
            last_failed_at: row.last_failed_at,
            next_retry_at: row.next_retry_at,
        }
    }
}

/// Why an integration needs a person, if it does: the refused key (its `status`) first, else the
/// days still being retried.
pub fn attention_reason(status: &str, last_error: Option<&str>, failures: &[DayFailure]) -> Option<String> {
    if status == "needs_attention" {
        return Some(last_error.unwrap_or("the vendor refused the key or the account").to_owned());
    }
    let retrying: Vec<&DayFailure> = failures.iter().filter(|f| f.state == FAILED).collect();
    let first = retrying.first()?;
    Some(match retrying.len() {
        1 => format!("{} could not be read: {}", first.day, first.reason),
        n => format!("{n} days could not be read; the first, {}: {}", first.day, first.reason),
    })
}
