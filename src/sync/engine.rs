//! The sync engine: brings one integration's stored usage up to date for a range of days.
//!
//! A run is one `sync_runs` row over a plan of days: a range, preceded for scheduled runs by
//! earlier failed days due for a retry. Days are fetched oldest first in windows of the
//! provider's `window_days` (one request covers many days where the vendor allows it); each
//! provider-day is then written by [`day_writer::write_day`] in its own transaction (an
//! idempotent replace), counted on the run and announced on the [`EventBus`].
//!
//! A day the vendor answers badly does not stop the run: it is recorded with its reason and
//! retried later (see [`super::failed_days`]), and the run ends `partial`, or `failed` when no
//! day could be read. An error a person must fix (a refused key, a disabled policy) stops the run
//! at once: what was committed before stays, the run is closed `failed` with a message naming
//! provider, day and cause, and the integration is marked `needs_attention`. A backfill first
//! asks the vendor how far back it serves (see [`super::horizon`]). Once every day is dealt with,
//! the provider's seat roster (when it has one) is fetched and stored once per run; a roster
//! failure fails the run, with the days it already committed kept. Errors never contain the
//! vendor key: the provider layer redacts it, and the key itself only travels inside
//! [`SecretString`] and [`ProviderConfig`].

use std::collections::HashSet;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Utc};
use tokio::task::JoinHandle;

pub use super::error::SyncError;
use super::events::{EventBus, IntegrationChange, SyncEvent, SyncEventKind};
use super::failed_days::{self, Progress};
use super::plan::{DayRange, RangeRequest, RunPlan, Trigger};
use crate::crypto::{KeyRing, SecretContext, SecretString};
use crate::domain::{Provider, ProviderDay};
use crate::providers::excerpt::sanitise_error;
use crate::providers::{
    self, DayOutcome, EgressPolicy, ProviderClient, ProviderConfig, ProviderError, RetryPolicy, Scope,
};
use crate::storage::integrations::{self, Integration};
use crate::storage::sync_runs::{self, NewRun, SyncRun};
use crate::storage::{Db, StorageError, day_failures, day_writer, seats};

/// Tuning of the engine. The defaults suit real vendors; tests shrink delays.
#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// Timeouts and retry delays of every vendor request.
    pub retry: RetryPolicy,
    /// Client-side pacing override; `None` keeps each vendor's documented limit.
    pub requests_per_minute: Option<NonZeroU32>,
    /// How far back a backfill reaches; `None` keeps each provider's default.
    pub history_days: Option<u32>,
    /// Recent days a scheduled run always fetches again, because vendors fill them in late.
    pub trailing_days: u32,
    /// How long a run stays claimed without a heartbeat before another process may take over.
    pub lease: Duration,
    /// How often a running run renews its lease (at most a third of `lease`, so one missed beat
    /// never loses a live run).
    pub heartbeat: Duration,
    /// Names this process on the runs it holds (`AI_USAGE_INSTANCE_ID`); a process that starts
    /// with the id of one that died takes its runs over at once. `None`: a random id.
    pub instance_id: Option<String>,
    /// Which vendor hosts may be called (`AI_USAGE_ALLOWED_VENDOR_HOSTS`).
    pub egress: EgressPolicy,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            retry: RetryPolicy::default(),
            requests_per_minute: None,
            history_days: None,
            trailing_days: 3,
            lease: Duration::from_secs(60),
            heartbeat: Duration::from_secs(20),
            instance_id: None,
            egress: EgressPolicy::vendors_only(),
        }
    }
}

/// What a finished run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSummary {
    pub run_id: i64,
    pub integration_id: i64,
    pub range: DayRange,
    /// Provider-days committed.
    pub days: i32,
    /// Provider-days the vendor answered badly (recorded for a retry).
    pub days_failed: i32,
    /// Daily usage rows (one per actor and day) written.
    pub records: i64,
}

/// Runs syncs. Cloning shares the database pool, key ring and event bus.
#[derive(Clone)]
pub struct SyncEngine {
    db: Db,
    keyring: Arc<KeyRing>,
    events: EventBus,
    config: Arc<EngineConfig>,
    instance_id: Arc<str>,
}

impl SyncEngine {
    pub fn new(db: Db, keyring: Arc<KeyRing>, events: EventBus, config: EngineConfig) -> Self {
        let instance_id = config
            .instance_id
            .clone()
            .unwrap_or_else(|| format!("{}-{:08x}", std::process::id(), rand::random::<u32>()));
        SyncEngine { db, keyring, events, config: Arc::new(config), instance_id: instance_id.into() }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn keyring(&self) -> &KeyRing {
        &self.keyring
    }

    pub fn events(&self) -> &EventBus {
        &self.events
    }

    pub fn config(&self) -> &EngineConfig {
        &self.config
    }

    /// Names this process in `sync_runs.claimed_by`.
    pub fn instance_id(&self) -> &str {
        &self.instance_id
    }

    /// A client for a vendor account, with this engine's retry and pacing settings.
    pub fn client(
        &self,
        provider: Provider,
        base_url: Option<&str>,
        secret: &SecretString,
        scope: Option<Scope>,
    ) -> Result<Box<dyn ProviderClient>, ProviderError> {
        let base_url = base_url.unwrap_or_else(|| providers::public_base_url(provider));
        let mut config = ProviderConfig::new(base_url, secret.expose());
        config.scope = scope;
        config.retry = self.config.retry.clone();
        config.history_days = self.config.history_days;
        config.requests_per_minute = self.config.requests_per_minute;
        config.egress = self.config.egress.clone();
        providers::client_for(provider, config)
    }

    /// Syncs `integration_id` over the requested range, in the caller's task.
    pub async fn run(
        &self,
        integration_id: i64,
        range: RangeRequest,
        trigger: Trigger,
    ) -> Result<RunSummary, SyncError> {
        self.prepare(integration_id, range, trigger).await?.execute().await
    }

    /// Opens the run (so the caller can return it at once) and executes it in a background task.
    pub async fn spawn(
        &self,
        integration_id: i64,
        range: RangeRequest,
        trigger: Trigger,
    ) -> Result<(SyncRun, JoinHandle<Result<RunSummary, SyncError>>), SyncError> {
        let prepared = self.prepare(integration_id, range, trigger).await?;
        let run = prepared.run.clone();
        Ok((run, tokio::spawn(prepared.execute())))
    }

    /// Checks the integration can sync, builds its client, settles the range and opens the run.
    ///
    /// A `running` run whose lease has expired belonged to a process that died: it is closed as
    /// interrupted first. A live one (or one opened by a simultaneous start: the database allows one
    /// running run per integration) makes this fail with [`SyncError::AlreadyRunning`].
    pub async fn prepare(
        &self,
        integration_id: i64,
        request: RangeRequest,
        trigger: Trigger,
    ) -> Result<PreparedRun, SyncError> {
        let integration = integrations::get(&self.db, integration_id).await?;
        if integration.status == "disconnected" {
            return Err(SyncError::Disconnected);
        }
        let provider: Provider =
            integration.provider.parse().map_err(|e| SyncError::Corrupt(format!("{e}")))?;
        let now = now();
        let interrupted = "interrupted: the process running this sync stopped before finishing";
        sync_runs::fail_expired(&self.db, integration_id, interrupted, now).await?;
        if let Some(live) = sync_runs::running(&self.db, integration_id).await? {
            return Err(SyncError::AlreadyRunning { run_id: live.id });
        }
        let client = self.client_for_row(provider, &integration)?;
        let today = now.date();
        let mut retry_days = Vec::new();
        let range = match request {
            RangeRequest::Backfill => {
                DayRange { from: self.backfill_floor(client.earliest_day(today), today), to: today }
            }
            RangeRequest::Days { from, to } => DayRange::manual(from, to, today)?,
            RangeRequest::Due => {
                let last = sync_runs::last_succeeded_day(&self.db, integration_id).await?;
                let earliest = integration.history_horizon.unwrap_or_else(|| client.earliest_day(today));
                let floor = self.backfill_floor(earliest, today);
                let range = DayRange::due(last, today, self.config.trailing_days, floor);
                // Failed days due for a retry; those inside the range are read with it anyway.
                retry_days = day_failures::due_for_retry(&self.db, integration_id, now).await?;
                retry_days.retain(|day| *day < range.from);
                range
            }
        };
        let plan = RunPlan { retry_days, range };
        let new_run = NewRun {
            integration_id,
            trigger: trigger.as_str(),
            from: range.from,
            to: range.to,
            days_total: plan.len(),
            claimed_by: &self.instance_id,
            lease_expires_at: self.lease_end(now),
            now,
            retry_days: &plan.retry_days,
        };
        let run = match sync_runs::start(&self.db, &new_run).await {
            Ok(run) => run,
            // Another start won the race since the check above: the database allows one running
            // run per integration.
            Err(StorageError::Conflict(_)) => {
                let live = sync_runs::running(&self.db, integration_id).await?;
                return Err(SyncError::AlreadyRunning { run_id: live.map_or(0, |run| run.id) });
            }
            Err(other) => return Err(other.into()),
        };
        Ok(PreparedRun {
            engine: self.clone(),
            workspace_id: integration.workspace_id,
            provider,
            client,
            run,
            plan,
            asks_horizon: request == RangeRequest::Backfill,
        })
    }

    pub(super) fn client_for_row(
        &self,
        provider: Provider,
        integration: &Integration,
    ) -> Result<Box<dyn ProviderClient>, SyncError> {
        let context =
            SecretContext { workspace_id: integration.workspace_id, integration_id: integration.id };
        let secret = self.keyring.decrypt(&integration.secret_ciphertext, &context)?;
        let scope = match (integration.scope_kind.as_deref(), integration.scope_slug.clone()) {
            (Some("organization"), Some(slug)) => Some(Scope::Organization(slug)),
            (Some("enterprise"), Some(slug)) => Some(Scope::Enterprise(slug)),
            _ => None,
        };
        self.client(provider, integration.base_url.as_deref(), &secret, scope)
            .map_err(|source| SyncError::Client { provider, source })
    }

    pub(crate) fn lease_end(&self, now: NaiveDateTime) -> NaiveDateTime {
        now + TimeDelta::from_std(self.config.lease).unwrap_or(TimeDelta::minutes(1))
    }
}

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
        let db = self.engine.db.clone();
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
        let db = &self.engine.db;
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
            sync_runs::finish_as(db, self.run.id, sync_runs::SUCCEEDED, None, now()).await?;
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
            sync_runs::finish_as(db, self.run.id, sync_runs::FAILED, Some(&message), now()).await?;
            self.publish(SyncEventKind::Failed, Vec::new(), progress.done, Some(message.clone()));
            tracing::warn!(integration_id, run_id = self.run.id, error = %message, "sync failed");
            return Err(SyncError::NoDayRead { message });
        }
        integrations::record_sync_partial(db, integration_id, &message, now()).await?;
        sync_runs::finish_as(db, self.run.id, sync_runs::PARTIAL, Some(&message), now()).await?;
        self.publish(SyncEventKind::Partial, Vec::new(), progress.done, Some(message.clone()));
        self.engine.events.publish_integration_changed(
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
        let message = SyncError::LeaseLost.to_string();
        self.publish(SyncEventKind::Failed, Vec::new(), days_done, Some(message));
        SyncError::LeaseLost
    }

    /// One window's per-day outcomes, oldest first, exactly one per day up to the last one the
    /// provider answered: a day the provider skipped (a client bug) reads as malformed rather
    /// than silently missing, and days outside the window are dropped.
    async fn fetch_window(&self, window: DayRange) -> Vec<DayOutcome> {
        let mut answered = self.client.fetch_days(window.from, window.to).await;
        answered.retain(|(day, _)| *day >= window.from && *day <= window.to);
        answered.sort_by_key(|(day, _)| *day);
        answered.dedup_by_key(|(day, _)| *day);
        let Some(last) = answered.last().map(|(day, _)| *day) else { return answered };
        let mut outcomes = Vec::with_capacity(answered.len());
        let mut answered = answered.into_iter().peekable();
        for day in (DayRange { from: window.from, to: last }).days() {
            match answered.next_if(|(answered_day, _)| *answered_day == day) {
                Some(outcome) => outcomes.push(outcome),
                None => outcomes.push((day, Err(self.skipped(day)))),
            }
        }
        outcomes
    }

    fn skipped(&self, day: NaiveDate) -> ProviderError {
        let detail = "the provider client returned no result for this day".to_owned();
        ProviderError::Malformed { provider: self.provider, day, detail }
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
        let db = &self.engine.db;
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
        sync_runs::record_progress(db, self.run.id, progress.done, progress.records, lease).await?;
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

        let stored = seats::replace_seats(&self.engine.db, self.run.integration_id, &roster, now())
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
        let db = &self.engine.db;
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
            self.engine.events.publish_integration_changed(
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
        self.engine.events.publish(SyncEvent {
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

/// Now in UTC, to the microsecond (what PostgreSQL keeps, so values read back compare equal).
pub(crate) fn now() -> NaiveDateTime {
    let now = Utc::now().naive_utc();
    now - TimeDelta::nanoseconds(i64::from(now.and_utc().timestamp_subsec_nanos() % 1_000))
}
