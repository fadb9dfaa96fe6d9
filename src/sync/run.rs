//! One open run going through its plan: windows fetched, days committed or recorded as failed,
//! the seat roster, then the run closed `succeeded`, `partial` or `failed` (see
//! [`super::engine`] for the whole flow and [`super::failed_days`] for the failed-day rules).

use std::collections::HashSet;

use chrono::NaiveDate;

use super::engine::{RunSummary, SyncEngine, SyncError, now};
use super::events::{IntegrationChange, SyncEvent, SyncEventKind};
use super::failed_days::{self, Progress};
use super::plan::{DayRange, RunPlan};
use crate::domain::{Provider, ProviderDay, SyncRunStatus};
use crate::providers::excerpt::sanitise_error;
use crate::providers::{DayOutcome, ProviderClient, ProviderError};
use crate::storage::sync_runs::{self, SyncRun};
use crate::storage::{day_failures, day_writer, integrations, seats};

/// A run whose row is open, ready to fetch its days.
pub struct PreparedRun {
    pub(super) engine: SyncEngine,
    pub(super) workspace_id: i64,
    pub(super) provider: Provider,
    pub(super) client: Box<dyn ProviderClient>,
    pub(super) run: SyncRun,
    /// Every day of the run; the first `run.days_done` were dealt with before (a run taken over
    /// mid-way).
    pub(super) plan: RunPlan,
    /// A backfill asks the vendor how far back it serves before reading (see [`super::horizon`]).
    pub(super) asks_horizon: bool,
}

impl PreparedRun {
    /// The open `sync_runs` row.
    pub fn run(&self) -> &SyncRun {
        &self.run
    }

    /// Fetches and stores every day of the plan, oldest first, in windows of the provider's
    /// [`window_days`](ProviderClient::window_days). A day the vendor answers badly is recorded
    /// and retried later (see [`super::failed_days`]); only an error a person must fix stops the
    /// run at once.
    pub async fn execute(mut self) -> Result<RunSummary, SyncError> {
        let mut progress = Progress {
            done: self.run.days_done,
            failed: self.run.days_failed,
            records: self.run.records,
            first_failure: None,
        };
        let heartbeat = super::lease::Heartbeat::start(&self.engine, self.run.id);
        if self.asks_horizon
            && let Err(error) = self.discover_horizon().await
        {
            return Err(self.fail(error, progress.done).await);
        }
        self.publish(SyncEventKind::Started, Vec::new(), progress.done, None);
        let db = self.engine.db().clone();
        let failing: HashSet<NaiveDate> =
            day_failures::list(&db, self.run.integration_id).await?.into_iter().map(|f| f.day).collect();
        for segment in self.plan.remaining(self.run.days_done) {
            for window in segment.windows(self.client.window_days()) {
                if heartbeat.lost() {
                    return Err(self.lease_lost(progress.done));
                }
                for (day, outcome) in self.fetch_window(window).await {
                    // Checked per day too: a window can take long, and the run must not write
                    // once another process holds it.
                    if heartbeat.lost() {
                        return Err(self.lease_lost(progress.done));
                    }
                    let provider = self.provider;
                    let dealt_with = match outcome {
                        Ok(fetched) => {
                            self.commit_day(day, &fetched, failing.contains(&day), &mut progress).await
                        }
                        Err(source) if source.needs_attention() => {
                            Err(SyncError::Vendor { provider, day, source })
                        }
                        Err(source) => self.record_failed_day(day, source, &mut progress).await,
                    };
                    if let Err(error) = dealt_with {
                        return Err(self.fail(error, progress.done).await);
                    }
                }
            }
        }
        if let Err(error) = self.sync_seats().await {
            return Err(self.fail(error, progress.done).await);
        }
        self.finish(&progress).await
    }

    /// Closes a run that went through its plan: `succeeded`, `partial` (some days failed) or
    /// `failed` (none could be read).
    async fn finish(&self, progress: &Progress) -> Result<RunSummary, SyncError> {
        let db = self.engine.db();
        let integration_id = self.run.integration_id;
        let summary = RunSummary {
            run_id: self.run.id,
            integration_id,
            range: self.plan.range,
            days: progress.committed(),
            days_failed: progress.failed,
            records: progress.records,
        };
        let Some(message) = failed_days::run_message(progress) else {
            integrations::record_sync_success(db, integration_id, now()).await?;
            sync_runs::finish_as(db, self.run.id, SyncRunStatus::Succeeded, None, now()).await?;
            self.publish(SyncEventKind::Succeeded, Vec::new(), progress.done, None);
            tracing::info!(
                integration_id,
                run_id = self.run.id,
                days = progress.done,
                records = progress.records,
                "sync succeeded"
            );
            return Ok(summary);
        };
        if progress.committed() == 0 {
            // Nothing could be read: the run failed, though no person needs to act yet (the days
            // are retried on their schedule).
            integrations::record_sync_failure(db, integration_id, &message, false, now()).await?;
            sync_runs::finish_as(db, self.run.id, SyncRunStatus::Failed, Some(&message), now()).await?;
            self.publish(SyncEventKind::Failed, Vec::new(), progress.done, Some(message.clone()));
            tracing::warn!(integration_id, run_id = self.run.id, error = %message, "sync failed");
            return Err(SyncError::NoDayRead { message });
        }
        integrations::record_sync_partial(db, integration_id, &message, now()).await?;
        sync_runs::finish_as(db, self.run.id, SyncRunStatus::Partial, Some(&message), now()).await?;
        self.publish(SyncEventKind::Partial, Vec::new(), progress.done, Some(message.clone()));
        self.engine.events().publish_integration_changed(
            self.workspace_id,
            integration_id,
            IntegrationChange::NeedsAttention,
        );
        tracing::warn!(integration_id, run_id = self.run.id, days_failed = progress.failed, error = %message, "sync partial");
        Ok(summary)
    }

    /// The run row now belongs to whoever took it over: leave it and the integration alone, only
    /// tell this run's watchers.
    fn lease_lost(&self, days_done: i32) -> SyncError {
        tracing::warn!(run_id = self.run.id, "a sync run was closed or taken over elsewhere; stopping it");
        let message = SyncError::LeaseLost.to_string();
        self.publish(SyncEventKind::Failed, Vec::new(), days_done, Some(message));
        SyncError::LeaseLost
    }

    /// One window's per-day outcomes, oldest first (see [`complete_window`]).
    async fn fetch_window(&self, window: DayRange) -> Vec<DayOutcome> {
        complete_window(window, self.client.fetch_days(window.from, window.to).await, self.provider)
    }

    /// Stores one fetched day in its own transaction, counts it on the run (extending the
    /// lease), clears its recorded failure if it had one, and announces it.
    async fn commit_day(
        &self,
        day: NaiveDate,
        fetched: &ProviderDay,
        had_failed: bool,
        progress: &mut Progress,
    ) -> Result<(), SyncError> {
        let provider = self.provider;
        let db = self.engine.db();
        let integration_id = self.run.integration_id;
        let written = day_writer::write_day(db, integration_id, fetched, self.client.currency(), now())
            .await
            .map_err(|source| SyncError::Store { provider, day, source })?;
        if had_failed {
            day_failures::clear(db, integration_id, day).await?;
        }
        progress.done += 1;
        progress.records += i64::try_from(written.actors).unwrap_or(i64::MAX);
        let lease = self.engine.lease_end(now());
        sync_runs::record_progress(db, self.run.id, progress.counts(), lease).await?;
        self.publish(SyncEventKind::DayCommitted, vec![day], progress.done, None);
        Ok(())
    }

    /// Replaces the stored seat roster with the vendor's current one, if the vendor has one.
    async fn sync_seats(&self) -> Result<(), SyncError> {
        let provider = self.provider;
        let roster = match self.client.fetch_seats().await {
            Ok(Some(roster)) => roster,
            Ok(None) => return Ok(()),
            // Usage reports and the seat roster need different permissions (GitHub's billing
            // scope): a key that may read usage but not seats still syncs usage; seat-versus-use
            // stays empty and the log says why.
            Err(error @ (ProviderError::InvalidCredentials { .. } | ProviderError::NotFound { .. })) => {
                tracing::warn!(integration_id = self.run.integration_id, %error, "seat roster not readable with this key; skipping seats");
                return Ok(());
            }
            Err(source) => return Err(SyncError::SeatsVendor { provider, source }),
        };

        let stored = seats::replace_seats(self.engine.db(), self.run.integration_id, &roster, now())
            .await
            .map_err(|source| SyncError::SeatsStore { provider, source })?;
        tracing::debug!(integration_id = self.run.integration_id, seats = stored, "seats refreshed");
        Ok(())
    }

    /// Closes the run as failed and records the error on the integration; returns the error.
    async fn fail(&self, error: SyncError, days_done: i32) -> SyncError {
        // Viewers read this message: no control characters, nothing key-shaped, bounded.
        let message = sanitise_error(&error.to_string());
        tracing::warn!(integration_id = self.run.integration_id, run_id = self.run.id, error = %message, "sync failed");
        let db = self.engine.db();
        // The integration first: once the run reads as finished its outcome is visible, and the
        // next run (which may start as soon as this one is closed) is never overwritten by it.
        let closed = async {
            let needs_attention = error.needs_attention();
            integrations::record_sync_failure(db, self.run.integration_id, &message, needs_attention, now())
                .await?;
            sync_runs::finish(db, self.run.id, Some(&message), now()).await
        };
        if let Err(storage) = closed.await {
            tracing::error!(run_id = self.run.id, error = %storage, "cannot record a failed sync");
        }
        if error.needs_attention() {
            self.engine.events().publish_integration_changed(
                self.workspace_id,
                self.run.integration_id,
                IntegrationChange::NeedsAttention,
            );
        }

        self.publish(SyncEventKind::Failed, Vec::new(), days_done, Some(message));
        error
    }

    pub(super) fn publish(
        &self,
        kind: SyncEventKind,
        days: Vec<NaiveDate>,
        days_done: i32,
        error: Option<String>,
    ) {
        self.engine.events().publish(SyncEvent {
            workspace_id: self.workspace_id,
            integration_id: self.run.integration_id,
            run_id: self.run.id,
            kind,
            days,
            days_done,
            days_total: self.plan.len(),
            error,
        });
    }
}

/// Exactly one outcome per day of `window`, oldest first, whatever the provider answered: days
/// outside the window and repeats are dropped, and a day it skipped (a client bug) reads as
/// malformed, so it is recorded and retried rather than silently missing. After an error a person
/// must fix (the provider stops there, and so does the run) nothing follows.
fn complete_window(window: DayRange, mut answered: Vec<DayOutcome>, provider: Provider) -> Vec<DayOutcome> {
    answered.retain(|(day, _)| *day >= window.from && *day <= window.to);
    answered.sort_by_key(|(day, _)| *day);
    answered.dedup_by_key(|(day, _)| *day);
    let mut answered = answered.into_iter().peekable();
    let mut outcomes = Vec::with_capacity(usize::try_from(window.len()).unwrap_or(0));
    for day in window.days() {
        let outcome = answered.next_if(|(answered_day, _)| *answered_day == day).unwrap_or_else(|| {
            let detail = "the provider client returned no result for this day".to_owned();
            (day, Err(ProviderError::Malformed { provider, day, detail }))
        });
        let stop = outcome.1.as_ref().is_err_and(ProviderError::needs_attention);
        outcomes.push(outcome);
        if stop {
            break;
        }
    }
    outcomes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn read(day: &str) -> DayOutcome {
        (d(day), Ok(ProviderDay { day: d(day), actors: Vec::new(), raw: Vec::new() }))
    }

    fn shape(outcomes: &[DayOutcome]) -> Vec<(String, &'static str)> {
        let kind = |o: &Result<ProviderDay, ProviderError>| match o {
            Ok(_) => "read",
            Err(ProviderError::Malformed { .. }) => "malformed",
            Err(_) => "error",
        };
        outcomes.iter().map(|(day, o)| (day.to_string(), kind(o))).collect()
    }

    #[test]
    fn every_day_of_a_window_gets_one_outcome_in_order() {
        let window = DayRange { from: d("2026-01-01"), to: d("2026-01-04") };
        // Out of order, a repeat, a day outside the window, and 01-02 and 01-04 missing.
        let answered = vec![read("2026-01-03"), read("2026-01-01"), read("2026-01-03"), read("2026-01-09")];
        let outcomes = complete_window(window, answered, Provider::Cursor);
        let expected = [
            ("2026-01-01", "read"),
            ("2026-01-02", "malformed"),
            ("2026-01-03", "read"),
            ("2026-01-04", "malformed"),
        ];
        assert_eq!(shape(&outcomes), expected.map(|(day, kind)| (day.to_owned(), kind)));
    }

    #[test]
    fn nothing_follows_an_error_a_person_must_fix() {
        let window = DayRange { from: d("2026-01-01"), to: d("2026-01-04") };
        let refused = ProviderError::InvalidCredentials { message: "no".into() };
        let answered = vec![read("2026-01-01"), (d("2026-01-02"), Err(refused))];
        let outcomes = complete_window(window, answered, Provider::Cursor);
        let expected = [("2026-01-01", "read"), ("2026-01-02", "error")];
        assert_eq!(shape(&outcomes), expected.map(|(day, kind)| (day.to_owned(), kind)));
    }
}
