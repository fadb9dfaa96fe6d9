//! The scheduler: a background loop that syncs integrations when their cron schedule says so.
//!
//! Several replicas may share one database, so an integration is claimed *through the database*
//! before it runs: a compare-and-set moves its `next_sync_at` from the value just read to the end
//! of a lease, and only the replica whose update matched runs it. After the run, `next_sync_at`
//! becomes the next cron occurrence. A replica that dies mid-run leaves the integration due again
//! once the lease passes (a live run renews its own lease, see [`super::lease`]); the next claimer
//! closes the orphaned run as interrupted (see [`SyncEngine::prepare`]) and syncs again, and day
//! writes are idempotent, so nothing doubles.
//! One integration's failure never stops the loop or the others.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use tokio::sync::Semaphore;
use tokio::task::{JoinHandle, JoinSet};

use super::connect::next_due;
use super::engine::{SyncEngine, SyncError, now};
use super::plan::RangeRequest;
use crate::domain::Trigger;
use crate::storage::{StorageError, integrations};

/// How often and how widely the scheduler works.
#[derive(Debug, Clone)]
pub struct SchedulerConfig {
    /// Time between two looks for due integrations.
    pub interval: Duration,
    /// Integrations synced at the same time by this process.
    pub max_concurrent: usize,
}

impl Default for SchedulerConfig {
    fn default() -> Self {
        SchedulerConfig { interval: Duration::from_secs(30), max_concurrent: 4 }
    }
}

/// Claims and runs due integrations.
#[derive(Clone)]
pub struct Scheduler {
    engine: SyncEngine,
    config: SchedulerConfig,
    permits: Arc<Semaphore>,
}

/// The running loop; dropping it does not stop it, [`SchedulerHandle::stop`] does.
pub struct SchedulerHandle {
    task: JoinHandle<()>,
}

impl SchedulerHandle {
    /// Stops the loop. Runs in flight are abandoned; their leases expire and a later claim
    /// finishes the work.
    pub fn stop(self) {
        self.task.abort();
    }
}

impl Scheduler {
    /// A scheduler that runs due syncs on `engine`, at most `config.max_concurrent` at once.
    pub fn new(engine: SyncEngine, config: SchedulerConfig) -> Self {
        let permits = Arc::new(Semaphore::new(config.max_concurrent.max(1)));
        Scheduler { engine, config, permits }
    }

    /// Starts the loop in a background task.
    pub fn spawn(self) -> SchedulerHandle {
        let task = tokio::spawn(async move {
            let mut interval = tokio::time::interval(self.config.interval);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                interval.tick().await;
                if let Err(error) = self.tick().await {
                    tracing::error!(%error, "scheduler pass failed; retrying at the next tick");
                }
            }
        });
        SchedulerHandle { task }
    }

    /// One pass: claims every integration due now and syncs each (up to `max_concurrent` at a
    /// time); returns when they are done, with how many this process claimed.
    pub async fn tick(&self) -> Result<usize, StorageError> {
        let db = self.engine.db();
        let due = integrations::due(db, now(), 100).await?;
        let mut runs = JoinSet::new();
        let mut claimed = 0;
        for (id, seen) in due {
            let Ok(permit) = self.permits.clone().acquire_owned().await else { break };
            let lease = TimeDelta::from_std(self.engine.config().lease).unwrap_or(TimeDelta::minutes(15));
            if !integrations::claim(db, id, seen, now() + lease).await? {
                continue; // another replica got it first
            }
            claimed += 1;
            let this = self.clone();
            runs.spawn(async move {
                this.run_claimed(id).await;
                drop(permit);
            });
        }
        while runs.join_next().await.is_some() {}
        Ok(claimed)
    }

    /// Syncs a claimed integration and schedules its next run, whatever happened.
    async fn run_claimed(&self, id: i64) {
        let db = self.engine.db();
        match self.engine.prepare(id, RangeRequest::Due, Trigger::Schedule).await {
            // The run records its own outcome on the integration.
            Ok(prepared) => {
                let _ = prepared.execute().await;
            }
            Err(SyncError::AlreadyRunning { run_id }) => {
                tracing::info!(
                    integration_id = id,
                    run_id,
                    "skipping a scheduled sync: a run is in progress"
                );
            }
            Err(error) => {
                let message = crate::providers::excerpt::sanitise_error(&error.to_string());
                tracing::warn!(integration_id = id, error = %message, "scheduled sync could not start");
                let recorded =
                    integrations::record_sync_failure(db, id, &message, error.needs_attention(), now()).await;
                if let Err(storage) = recorded {
                    tracing::error!(integration_id = id, error = %storage, "cannot record a failed sync");
                }
            }
        }
        let Ok(integration) = integrations::get(db, id).await else { return };
        let next = next_due(&integration.schedule, now());
        if let Err(error) = integrations::set_next_sync_at(db, id, next).await {
            tracing::error!(integration_id = id, %error, "cannot schedule the next sync");
        }
    }
}
