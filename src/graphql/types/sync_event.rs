//! The events subscriptions push: sync progress, integration changes and usage updates, built
//! from the sync engine's bus events. A subscriber that fell behind gets one event saying so
//! (`resyncRequired`), never a silent gap.

use async_graphql::{ID, SimpleObject};
use chrono::NaiveDate;

use crate::graphql::ids::to_id;
use crate::graphql::types::analytics::UsageSeries;

use crate::sync::events::{IntegrationChange, SyncEvent, SyncEventKind};

/// Progress of a sync run, pushed as it happens.
#[derive(SimpleObject)]
pub struct SyncProgressEvent {
    /// What happened. When `resyncRequired` is true this is absent: events were missed.
    pub kind: Option<SyncEventKind>,
    /// This subscriber fell behind and missed events: refetch what it shows, then carry on.
    pub resync_required: bool,
    /// The integration synced; absent when `resyncRequired` is true.
    pub integration_id: Option<ID>,
    /// The run; absent when `resyncRequired` is true.
    pub run_id: Option<ID>,
    /// UTC days whose data changed with this event.
    pub days: Vec<NaiveDate>,
    /// Days of the run dealt with so far.
    pub days_done: i32,
    /// Days in the run.
    pub days_total: i32,
    /// Why the run failed, for `FAILED`.
    pub error: Option<String>,
}

impl SyncProgressEvent {
    /// The event telling a subscriber it fell behind.
    pub fn lagged() -> Self {
        SyncProgressEvent {
            kind: None,
            resync_required: true,
            integration_id: None,
            run_id: None,
            days: Vec::new(),
            days_done: 0,
            days_total: 0,
            error: None,
        }
    }
}

impl From<SyncEvent> for SyncProgressEvent {
    fn from(e: SyncEvent) -> Self {
        SyncProgressEvent {
            kind: Some(e.kind),
            resync_required: false,
            integration_id: Some(to_id(e.integration_id)),
            run_id: Some(to_id(e.run_id)),
            days: e.days,
            days_done: e.days_done,
            days_total: e.days_total,
            error: e.error,
        }
    }
}

/// A change to one of a workspace's integrations.
#[derive(SimpleObject)]
pub struct IntegrationChangedEvent {
    /// Absent when `resyncRequired` is true.
    pub integration_id: Option<ID>,
    /// What changed; absent when `resyncRequired` is true.
    pub change: Option<IntegrationChange>,
    /// Events were missed: refetch the integrations, then carry on.
    pub resync_required: bool,
}

impl IntegrationChangedEvent {
    /// The event for `change` of one integration.
    pub fn new(integration_id: i64, change: IntegrationChange) -> Self {
        IntegrationChangedEvent {
            integration_id: Some(to_id(integration_id)),
            change: Some(change),
            resync_required: false,
        }
    }

    /// The event telling a subscriber it fell behind.
    pub fn lagged() -> Self {
        IntegrationChangedEvent { integration_id: None, change: None, resync_required: true }
    }
}

/// New figures after a sync committed data: the changed UTC days, with the requested metrics per
/// day over the subscription's filter.
#[derive(SimpleObject)]
pub struct UsageUpdate {
    /// The integration whose data changed; absent when `resyncRequired` is true.
    pub integration_id: Option<ID>,
    /// The UTC days whose figures changed.
    pub days: Vec<NaiveDate>,
    /// The requested metrics for each changed day, all tools together.
    pub series: Option<UsageSeries>,
    /// Events were missed: refetch what the dashboard shows, then carry on.
    pub resync_required: bool,
}

impl UsageUpdate {
    /// The event telling a subscriber it fell behind.
    pub fn lagged() -> Self {
        UsageUpdate { integration_id: None, days: Vec::new(), series: None, resync_required: true }
    }
}
