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

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};
use tokio::task::JoinHandle;

pub use super::error::SyncError;
use super::events::EventBus;
use super::plan::{DayRange, RangeRequest, RunPlan};
pub use super::run::PreparedRun;
use crate::crypto::{KeyRing, SecretContext, SecretString};
use crate::domain::{IntegrationStatus, Provider, Trigger};
use crate::providers::{
    self, EgressPolicy, ProviderClient, ProviderConfig, ProviderError, RetryPolicy, Scope,
};
use crate::storage::integrations::{self, Integration};
use crate::storage::sync_runs::{self, NewRun, SyncRun};
use crate::storage::{Db, StorageError, day_failures};

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
    /// Whether admins may load sample data (`loadSampleData`) into an empty workspace
    /// (`AI_USAGE_SAMPLE_DATA`, on by default).
    pub sample_data: bool,
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
            sample_data: true,
        }
    }
}

/// What a finished run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunSummary {
    /// The run's id.
    pub run_id: i64,
    /// The integration synced.
    pub integration_id: i64,
    /// The days the run covered.
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
    /// Extra hosts single integrations may call on top of `config.egress`: the loopback fakes
    /// this process started for sample data, by integration id. Kept in memory only, so after a
    /// restart (the fakes are gone) those integrations are refused like any other.
    allowances: Arc<std::sync::RwLock<HashMap<i64, EgressPolicy>>>,
}

impl SyncEngine {
    /// An engine over `db`, unsealing keys with `keyring` and announcing progress on `events`.
    pub fn new(db: Db, keyring: Arc<KeyRing>, events: EventBus, config: EngineConfig) -> Self {
        let instance_id = config
            .instance_id
            .clone()
            .unwrap_or_else(|| format!("{}-{:08x}", std::process::id(), rand::random::<u32>()));
        SyncEngine {
            db,
            keyring,
            events,
            config: Arc::new(config),
            instance_id: instance_id.into(),
            allowances: Arc::default(),
        }
    }

    /// The database it writes to.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The keys it unseals vendor keys with.
    pub fn keyring(&self) -> &KeyRing {
        &self.keyring
    }

    /// The bus it announces progress on.
    pub fn events(&self) -> &EventBus {
        &self.events
    }

    /// Its retry, pacing and lease settings.
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
        self.client_allowing(provider, base_url, secret, scope, None)
    }

    /// [`Self::client`], with `allowance` added to the operator's egress policy for this client
    /// only (see [`Self::allow_egress`]).
    pub fn client_allowing(
        &self,
        provider: Provider,
        base_url: Option<&str>,
        secret: &SecretString,
        scope: Option<Scope>,
        allowance: Option<&EgressPolicy>,
    ) -> Result<Box<dyn ProviderClient>, ProviderError> {
        let base_url = base_url.unwrap_or_else(|| providers::public_base_url(provider));
        let mut config = ProviderConfig::new(base_url, secret.expose());
        config.scope = scope;
        config.retry = self.config.retry.clone();
        config.history_days = self.config.history_days;
        config.requests_per_minute = self.config.requests_per_minute;
        config.egress = match allowance {
            Some(extra) => self.config.egress.and(extra),
            None => self.config.egress.clone(),
        };
        providers::client_for(provider, config)
    }

    /// Lets `integration_id` (and no other) also call what `allowance` lists, for as long as
    /// this process runs.
    pub fn allow_egress(&self, integration_id: i64, allowance: EgressPolicy) {
        self.allowances
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(integration_id, allowance);
    }

    /// The extra egress `integration_id` was given, if any.
    pub fn allowance(&self, integration_id: i64) -> Option<EgressPolicy> {
        self.allowances
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&integration_id)
            .cloned()
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
        if integration.status == IntegrationStatus::Disconnected {
            return Err(SyncError::Disconnected);
        }
        let provider = integration.provider;
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
            trigger,
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
        let scope = Scope::from_stored(integration.scope_kind, integration.scope_slug.clone());
        let allowance = self.allowance(integration.id);
        self.client_allowing(provider, integration.base_url.as_deref(), &secret, scope, allowance.as_ref())
            .map_err(|source| SyncError::Client { provider, source })
    }

    pub(crate) fn lease_end(&self, now: NaiveDateTime) -> NaiveDateTime {
        now + TimeDelta::from_std(self.config.lease).unwrap_or(TimeDelta::minutes(1))
    }
}

/// Now in UTC, to the microsecond (what PostgreSQL keeps, so values read back compare equal).
pub(crate) fn now() -> NaiveDateTime {
    let now = Utc::now().naive_utc();
    now - TimeDelta::nanoseconds(i64::from(now.and_utc().timestamp_subsec_nanos() % 1_000))
}
