//! Run leases: how a live run keeps its claim and how a dead one is taken over (issue #10).
//!
//! Rules: a run holds a short lease ([`EngineConfig::lease`](super::EngineConfig), 60 s by
//! default) that a [`Heartbeat`] renews every [`EngineConfig::heartbeat`] (20 s, at most a third
//! of the lease) for as long as the run's task lives, however slow the vendor is, so a live run
//! is never taken over. A run whose process died stops being renewed: after its lease another
//! process closes it as interrupted and may start again (see [`SyncEngine::prepare`]). A process
//! that starts with the instance id of one that died ([`SyncEngine::resume_own_runs`]) takes that
//! instance's runs over at once and finishes them from the first day not yet committed; day
//! writes are idempotent replaces, so a day in flight at the crash is written once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::task::JoinHandle;

use super::engine::{PreparedRun, RunSummary, SyncEngine, SyncError, now};
use super::plan::{DayRange, RunPlan};
use crate::domain::IntegrationStatus;
use crate::storage::integrations;
use crate::storage::sync_runs::{self, SyncRun};

/// Renews a run's lease in the background until dropped.
pub struct Heartbeat {
    task: JoinHandle<()>,
    lost: Arc<AtomicBool>,
}

impl Heartbeat {
    /// Starts renewing `run_id`'s lease on behalf of `engine`'s instance.
    pub fn start(engine: &SyncEngine, run_id: i64) -> Heartbeat {
        let engine = engine.clone();
        let lost = Arc::new(AtomicBool::new(false));
        let flag = lost.clone();
        let every = engine
            .config()
            .heartbeat
            .min(engine.config().lease / 3)
            .max(std::time::Duration::from_millis(10));
        let task = tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            tick.tick().await; // the first tick is immediate; the run was just (re)leased
            loop {
                tick.tick().await;
                let until = engine.lease_end(now());
                match sync_runs::renew_lease(engine.db(), run_id, engine.instance_id(), until).await {
                    Ok(true) => {}
                    // Said by the run if it stops for it (`lost()`): a run that has just
                    // finished itself is also no longer `running`, and must not warn.
                    Ok(false) => {
                        flag.store(true, Ordering::SeqCst);
                        return;
                    }
                    // A database hiccup: the next beat tries again well before the lease ends.
                    Err(error) => tracing::warn!(run_id, %error, "cannot renew a sync run's lease"),
                }
            }
        });
        Heartbeat { task, lost }
    }

    /// True once the run was found closed or held by another instance.
    pub fn lost(&self) -> bool {
        self.lost.load(Ordering::SeqCst)
    }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SyncEngine {
    /// Takes over the runs this instance id still holds from an earlier life (a crash or
    /// `kill -9`) and finishes each in a background task. Called once at start-up, before this
    /// process opens any run of its own.
    pub async fn resume_own_runs(&self) -> Result<Vec<JoinHandle<Result<RunSummary, SyncError>>>, SyncError> {
        let runs = sync_runs::reclaim_own(self.db(), self.instance_id(), self.lease_end(now())).await?;
        let mut tasks = Vec::with_capacity(runs.len());
        for run in runs {
            let (run_id, integration_id) = (run.id, run.integration_id);
            tracing::info!(
                run_id,
                integration_id,
                days_done = run.days_done,
                "taking over an interrupted sync run"
            );
            match self.resume(run).await {
                Ok(prepared) => tasks.push(tokio::spawn(prepared.execute())),
                Err(error) => {
                    let message = format!("interrupted, and cannot be resumed: {error}");
                    tracing::warn!(run_id, error = %message, "closing an interrupted sync run");
                    sync_runs::finish(self.db(), run_id, Some(&message), now()).await?;
                }
            }
        }
        Ok(tasks)
    }

    /// The run `run` (already re-leased to this instance) ready to go on from its first day not
    /// yet committed.
    async fn resume(&self, run: SyncRun) -> Result<PreparedRun, SyncError> {
        let integration = integrations::get(self.db(), run.integration_id).await?;
        if integration.status == IntegrationStatus::Disconnected {
            return Err(SyncError::Disconnected);
        }
        let provider = integration.provider;
        let client = self.client_for_row(provider, &integration)?;
        let plan = RunPlan {
            retry_days: run.retry_days()?,
            range: DayRange { from: run.range_from, to: run.range_to },
        };
        Ok(PreparedRun {
            engine: self.clone(),
            workspace_id: integration.workspace_id,
            provider,
            client,
            run,
            plan,
            asks_horizon: false,
        })
    }
}
