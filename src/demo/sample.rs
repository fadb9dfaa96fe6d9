//! "Try it with sample data": the demo's fake vendors, started inside a running service and
//! connected to one empty workspace through the real connect and sync path.
//!
//! Rules: only an empty workspace (no integration at all, disconnected ones included) gets
//! sample data, and only while the operator has not turned it off (`AI_USAGE_SAMPLE_DATA`).
//! The fakes listen on loopback ports chosen now; exactly those `host:port`s are allowed, for
//! exactly the integrations connected to them ([`connect::connect_allowing`]): the operator's
//! egress policy stays as it is for every other integration. The allowance lives in memory, so
//! after a restart (the fakes are gone) the sample integrations are refused like any other
//! loopback URL and show "needs attention"; disconnect them to start over. The workspace then
//! moves on like the demo's: a new slice of today's work every [`TICK`].

use std::time::Duration;

use super::{DemoError, Fakes, keep_ticking, setup};
use crate::storage::integrations::{self, Integration};
use crate::sync::SyncEngine;

/// Seed of the sample figures (the demo's default: the same history as `ai-usage demo`).
const SEED: u64 = 14;
/// Days of history before today.
const HISTORY_DAYS: u32 = 90;
/// Time between two slices of today's work.
const TICK: Duration = Duration::from_secs(180);

/// Loads run one at a time in this process, so the empty-workspace check and the connections
/// that follow it are one step: two loads at the same instant cannot both find the workspace
/// empty. (Loads are rare admin actions; across replicas two could still race.)
static ONE_LOAD_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Why sample data was not loaded.
#[derive(Debug, thiserror::Error)]
pub enum SampleDataError {
    /// The operator turned sample data off.
    #[error("sample data is turned off on this instance (AI_USAGE_SAMPLE_DATA=false)")]
    Disabled,
    /// The workspace has integrations already: sample data would mix with real figures.
    #[error("this workspace already has integrations; sample data goes into an empty workspace only")]
    NotEmpty,
    /// Starting the fakes or connecting them failed.
    #[error(transparent)]
    Demo(#[from] DemoError),
}

impl From<crate::storage::StorageError> for SampleDataError {
    fn from(err: crate::storage::StorageError) -> Self {
        SampleDataError::Demo(err.into())
    }
}

/// Starts the fakes and connects Claude Code, GitHub Copilot and Cursor to them in
/// `workspace_id`, with the demo's people; each backfill starts in the background. Returns the
/// three integrations.
pub async fn load(engine: &SyncEngine, workspace_id: i64) -> Result<Vec<Integration>, SampleDataError> {
    if !engine.config().sample_data {
        return Err(SampleDataError::Disabled);
    }
    let _one_at_a_time = ONE_LOAD_AT_A_TIME.lock().await;
    if !integrations::list_for_workspace(engine.db(), workspace_id).await?.is_empty() {
        return Err(SampleDataError::NotEmpty);
    }
    let fakes = Fakes::start(SEED, HISTORY_DAYS).await?;
    let allowance = fakes.egress_allowance()?;
    let workspace = setup::populate(engine, workspace_id, &fakes, Some(allowance)).await?;
    let mut connected = Vec::new();
    for (_, id) in &workspace.integrations {
        connected.push(integrations::get(engine.db(), *id).await?);
    }
    tracing::info!(workspace_id, "sample data connected; backfilling from the built-in fakes");
    let clock = fakes.clock.clone();
    tokio::spawn(keep_ticking(engine.clone(), clock, workspace, TICK.as_secs()));
    Ok(connected)
}
