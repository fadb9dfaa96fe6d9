//! Seat-versus-use: which licences went unused. A seat is idle over N days when its holder was
//! not active in the N days ending on the range's last day (or never).

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::totals::provider;
use crate::domain::Provider;
use crate::storage::analytics::SeatUse;

/// One licence and how recently it was used, as of the range's last day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatState {
    /// The tool the licence is for.
    pub provider: Provider,
    /// The vendor's plan name, if it gives one.
    pub plan: Option<String>,
    /// The day the vendor will end the licence, if scheduled.
    pub pending_cancellation_date: Option<NaiveDate>,
    /// The holder's last active day on or before the range's end.
    pub last_active_day: Option<NaiveDate>,
    /// No activity in the 7 days ending on the range's last day.
    pub idle7_days: bool,
    /// No activity in the 30 days ending on the range's last day.
    pub idle30_days: bool,
}

/// Licences across a selection.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SeatSummary {
    /// Seats assigned.
    pub assigned: i64,
    /// Seats idle over 7 days.
    pub idle7_days: i64,
    /// Seats idle over 30 days.
    pub idle30_days: i64,
}

/// Whether a holder last active on `last` was idle in the `days` days ending on `as_of`.
pub fn idle(last: Option<NaiveDate>, as_of: NaiveDate, days: u64) -> bool {
    last.is_none_or(|d| d < as_of - Days::new(days - 1))
}

/// How many of `seats` are assigned and idle as of `as_of`.
pub fn summary(seats: &[SeatUse], as_of: NaiveDate) -> SeatSummary {
    let count = |days| seats.iter().filter(|s| idle(s.last_active_day, as_of, days)).count() as i64;
    SeatSummary { assigned: seats.len() as i64, idle7_days: count(7), idle30_days: count(30) }
}

/// Each holder's (person key's) licences with their idleness as of `as_of`.
pub fn by_holder(seats: Vec<SeatUse>, as_of: NaiveDate) -> HashMap<i64, Vec<SeatState>> {
    let mut out: HashMap<i64, Vec<SeatState>> = HashMap::new();
    for s in seats {
        let Some(p) = provider(&s.provider) else { continue };
        out.entry(s.person_key).or_default().push(SeatState {
            provider: p,
            plan: s.plan,
            pending_cancellation_date: s.pending_cancellation_date,
            last_active_day: s.last_active_day,
            idle7_days: idle(s.last_active_day, as_of, 7),
            idle30_days: idle(s.last_active_day, as_of, 30),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_seat_is_idle_when_its_last_use_is_before_the_window() {
        let as_of = day("2024-03-31");
        // The 7 days ending on the 31st are the 25th to the 31st.
        assert!(!idle(Some(day("2024-03-25")), as_of, 7));
        assert!(idle(Some(day("2024-03-24")), as_of, 7));
        // The 30 days: the 2nd to the 31st.
        assert!(!idle(Some(day("2024-03-02")), as_of, 30));
        assert!(idle(Some(day("2024-03-01")), as_of, 30));
        assert!(idle(None, as_of, 7), "never used");
    }

    #[test]
    fn the_summary_counts_each_seat_once_per_window() {
        let seat = |key: i64, last: Option<&str>| SeatUse {
            person_key: key,
            actor_id: key,
            provider: Provider::Copilot.as_str().into(),
            plan: None,
            pending_cancellation_date: None,
            last_active_day: last.map(day),
        };
        let seats = [seat(1, Some("2024-03-31")), seat(2, Some("2024-03-20")), seat(3, None)];
        let summary = summary(&seats, day("2024-03-31"));
        assert_eq!(summary, SeatSummary { assigned: 3, idle7_days: 2, idle30_days: 1 });
        let held = by_holder(seats.to_vec(), day("2024-03-31"));
        assert!(held[&2][0].idle7_days);
        assert!(!held[&2][0].idle30_days);
    }
}
