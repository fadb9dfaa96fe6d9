//! One day's sync coverage for `dataFreshness` (issue #12 added `FAILED` and `UNAVAILABLE`).
//!
//! Precedence, first match wins: a recorded failure (`FAILED` while retried, `UNAVAILABLE` once
//! given up or acknowledged, with its reason); a day never stored and older than the vendor's
//! history horizon (`UNAVAILABLE`: the vendor does not serve it); within the reporting lag
//! (`PROVISIONAL`); stored (`FINAL`); otherwise `MISSING`.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::graphql::types::FailedDay;
use crate::graphql::types::analytics::{DayFreshness, DayStatus};
use crate::storage::day_failures::DayFailure;

/// What is known about one integration's days.
pub(super) struct Coverage<'a> {
    /// Stored days, sorted.
    pub synced: &'a [NaiveDate],
    pub failures: HashMap<NaiveDate, &'a DayFailure>,
    pub horizon: Option<NaiveDate>,
    /// First day within the vendor's reporting lag.
    pub provisional_from: NaiveDate,
}

impl Coverage<'_> {
    pub fn day(&self, day: NaiveDate) -> DayFreshness {
        let stored = self.synced.binary_search(&day).is_ok();
        if let Some(failure) = self.failures.get(&day) {
            let failed = FailedDay::from((*failure).clone());
            return DayFreshness { day, status: failed.status, reason: Some(failed.reason) };
        }
        let (status, reason) = match self.horizon {
            Some(horizon) if day < horizon && !stored => (
                DayStatus::Unavailable,
                Some(format!(
                    "older than the vendor's history horizon for this integration: it serves days from {horizon} on"
                )),
            ),
            _ if day >= self.provisional_from => (DayStatus::Provisional, None),
            _ if stored => (DayStatus::Final, None),
            _ => (DayStatus::Missing, None),
        };
        DayFreshness { day, status, reason }
    }
}
