//! Sync coverage per integration and UTC day, and each vendor's reporting lag (issue #12 added
//! `FAILED` and `UNAVAILABLE`).
//!
//! Precedence, first match wins: a recorded failure (`FAILED` while retried, `UNAVAILABLE` once
//! given up or acknowledged, with its reason); a day never stored and older than the vendor's
//! history horizon (`UNAVAILABLE`: the vendor does not serve it); within the reporting lag
//! (`PROVISIONAL`); stored (`FINAL`); otherwise `MISSING`.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::AnalyticsError;
use crate::domain::DayFailureState;
use crate::domain::Provider;
use crate::storage::Db;
use crate::storage::analytics::{self as store, Scope};
use crate::storage::day_failures::{self, DayFailure};
use crate::storage::integrations::{self, Integration};

/// Whether a day's data can be trusted yet.
#[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum DayStatus {
    /// Synced, and older than the vendor's reporting lag: it should not change.
    Final,
    /// Within the vendor's reporting lag (the last days): figures may still grow or be absent.
    Provisional,
    /// Older than the lag and never synced.
    Missing,
    /// The vendor answered badly for this day; it is retried on a schedule (see
    /// `Integration.failedDays` for the reason and the next attempt). Figures stored by an
    /// earlier read, if any, are kept meanwhile.
    Failed,
    /// The vendor does not serve this day: older than its history horizon, or given up after
    /// the last attempt, or acknowledged by an admin. `reason` says which.
    Unavailable,
}

/// Days at the end during which each vendor may still revise its figures: Copilot's metrics
/// reports settle after about two days, Claude Code's and Cursor's after about one; one more day
/// of margin each.
pub fn lag_days(provider: Provider) -> i32 {
    match provider {
        Provider::Copilot => 3,
        Provider::ClaudeCode | Provider::Cursor => 2,
    }
}

/// The status of a day with a recorded failure: `FAILED` while it is retried, `UNAVAILABLE` once
/// given up or acknowledged (an unknown state keeps showing the gap as `FAILED`).
pub fn failure_status(failure: &DayFailure) -> DayStatus {
    match failure.state {
        DayFailureState::GivenUp | DayFailureState::Acknowledged => DayStatus::Unavailable,
        DayFailureState::Failed => DayStatus::Failed,
    }
}

/// Coverage of every integration in scope over its range.
#[derive(Debug, Clone)]
pub struct Freshness {
    /// First UTC day.
    pub from: NaiveDate,
    /// Last UTC day.
    pub to: NaiveDate,
    /// One entry per integration in scope, oldest first.
    pub integrations: Vec<IntegrationCoverage>,
}

/// Coverage of one integration.
#[derive(Debug, Clone)]
pub struct IntegrationCoverage {
    /// The integration.
    pub integration: Integration,
    /// Its vendor's reporting lag ([`lag_days`]).
    pub lag_days: i32,
    /// Oldest day the vendor serves, as found by the last backfill.
    pub history_horizon: Option<NaiveDate>,
    /// One entry per day of the range, in order.
    pub days: Vec<DayCoverage>,
}

impl IntegrationCoverage {
    /// Days of the range in `status`.
    pub fn count(&self, status: DayStatus) -> i32 {
        self.days.iter().filter(|d| d.status == status).count() as i32
    }
}

/// How far one day of one integration can be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayCoverage {
    /// The UTC day.
    pub day: NaiveDate,
    /// Whether its figures can be trusted yet.
    pub status: DayStatus,
    /// Why a day is `FAILED` or `UNAVAILABLE`.
    pub reason: Option<String>,
}

/// The coverage of `scope`'s integrations over its days, as of `today` (UTC).
pub async fn freshness(db: &Db, scope: &Scope, today: NaiveDate) -> Result<Freshness, AnalyticsError> {
    super::range::per_day(scope.from, scope.to)?;
    let all = integrations::list_for_workspace(db, scope.workspace_id).await?;
    let mut have: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    for s in store::synced_days(db, scope).await? {
        have.entry(s.integration_id).or_default().push(s.day);
    }
    let ids: Vec<i64> = all.iter().map(|i| i.id).collect();
    let failures = day_failures::in_range(db, &ids, scope.from, scope.to).await?;
    let integrations = all
        .into_iter()
        .filter(|i| scope.integration_ids.is_empty() || scope.integration_ids.contains(&i.id))
        .map(|i| {
            let p = i.provider;
            (i, p)
        })
        .filter(|(_, p)| scope.providers.is_empty() || scope.providers.contains(p))
        .map(|(integration, p)| {
            let lag = lag_days(p);
            let coverage = Coverage {
                synced: &have.remove(&integration.id).unwrap_or_default(),
                failures: failures
                    .iter()
                    .filter(|f| f.integration_id == integration.id)
                    .map(|f| (f.day, f))
                    .collect(),
                horizon: integration.history_horizon,
                provisional_from: today - Days::new(lag as u64 - 1),
            };
            let days =
                crate::domain::analytics::days(scope.from, scope.to).map(|day| coverage.day(day)).collect();
            IntegrationCoverage {
                lag_days: lag,
                history_horizon: integration.history_horizon,
                days,
                integration,
            }
        })
        .collect();
    Ok(Freshness { from: scope.from, to: scope.to, integrations })
}

/// What is known about one integration's days.
struct Coverage<'a> {
    /// Stored days, sorted.
    synced: &'a [NaiveDate],
    failures: HashMap<NaiveDate, &'a DayFailure>,
    horizon: Option<NaiveDate>,
    /// First day within the vendor's reporting lag.
    provisional_from: NaiveDate,
}

impl Coverage<'_> {
    /// The day's status by the precedence in the module docs.
    fn day(&self, day: NaiveDate) -> DayCoverage {
        let stored = self.synced.binary_search(&day).is_ok();
        if let Some(failure) = self.failures.get(&day) {
            return DayCoverage {
                day,
                status: failure_status(failure),
                reason: Some(failure.reason.clone()),
            };
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
        DayCoverage { day, status, reason }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_last_lag_days_up_to_today_are_provisional() {
        let today = day("2024-03-10");
        // Copilot's lag of 3: the 8th, 9th and 10th.
        let provisional_from = today - Days::new(lag_days(Provider::Copilot) as u64 - 1);
        assert_eq!(provisional_from, day("2024-03-08"));
        let synced = [day("2024-03-06"), day("2024-03-08")];
        let coverage =
            Coverage { synced: &synced, failures: HashMap::new(), horizon: None, provisional_from };
        let status = |d: &str| coverage.day(day(d)).status;
        assert_eq!(status("2024-03-06"), DayStatus::Final);
        assert_eq!(status("2024-03-07"), DayStatus::Missing);
        assert_eq!(status("2024-03-08"), DayStatus::Provisional, "stored, but within the lag");
        assert_eq!(status("2024-03-10"), DayStatus::Provisional);
    }

    #[test]
    fn a_failure_wins_and_the_horizon_marks_unstored_days_unavailable() {
        let now = chrono::Utc::now().naive_utc();
        let failure = |state: DayFailureState| DayFailure {
            id: 1,
            integration_id: 1,
            day: day("2024-03-05"),
            reason: "vendor said 500".into(),
            attempts: 1,
            first_failed_at: now,
            last_failed_at: now,
            next_retry_at: None,
            state,
        };
        let retried = failure(DayFailureState::Failed);
        let given_up = failure(DayFailureState::GivenUp);
        assert_eq!(failure_status(&retried), DayStatus::Failed);
        assert_eq!(failure_status(&given_up), DayStatus::Unavailable);
        let synced = [day("2024-02-01"), day("2024-03-05")];
        let coverage = Coverage {
            synced: &synced,
            failures: HashMap::from([(day("2024-03-05"), &retried)]),
            horizon: Some(day("2024-03-01")),
            provisional_from: day("2024-03-20"),
        };
        let failed = coverage.day(day("2024-03-05"));
        assert_eq!((failed.status, failed.reason.as_deref()), (DayStatus::Failed, Some("vendor said 500")));
        assert_eq!(coverage.day(day("2024-02-15")).status, DayStatus::Unavailable);
        assert_eq!(coverage.day(day("2024-02-01")).status, DayStatus::Final, "stored before the horizon");
    }
}
