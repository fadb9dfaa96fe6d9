//! The event bus the sync engine publishes to after each committed change; subscriptions read it.
//!
//! On SQLite (one process) the bus is an in-process broadcast channel. On PostgreSQL it is bridged
//! across replicas (`pg_bridge`): `publish` sends a NOTIFY and every replica's LISTEN connection —
//! this one's included — feeds its local channel, so a subscriber sees each event once whichever
//! replica ran the sync.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, mpsc};

/// What happened in a sync run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
pub enum SyncEventKind {
    /// A run began.
    Started,
    /// One provider-day was committed; `days` lists it.
    DayCommitted,
    /// The run finished and every day in its range is stored.
    Succeeded,
    /// The run stopped with an error; what was committed before stays.
    Failed,
}

/// One event on the bus. Small on purpose: receivers load the figures they need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncEvent {
    pub workspace_id: i64,
    pub integration_id: i64,
    pub run_id: i64,
    pub kind: SyncEventKind,
    pub days: Vec<NaiveDate>,
    pub days_done: i32,
    pub days_total: i32,
    pub error: Option<String>,
}

/// What subscribers receive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BusMessage {
    Event(SyncEvent),
    /// Events may have been lost (the cross-replica link was down): refetch, then carry on.
    Gap,
}

/// Fan-out of [`SyncEvent`]s. Cloning shares the channel.
#[derive(Clone)]
pub struct EventBus {
    local: broadcast::Sender<BusMessage>,
    /// Set when events travel through PostgreSQL instead of straight to `local`.
    remote: Option<mpsc::UnboundedSender<SyncEvent>>,
}

/// Events a slow subscriber may fall behind by before it is told to resync.
const BUS_CAPACITY: usize = 1024;

impl EventBus {
    /// A bus local to this process.
    pub fn new() -> Self {
        let (local, _) = broadcast::channel(BUS_CAPACITY);
        Self { local, remote: None }
    }

    /// A bus whose `publish` goes to `remote`; the bridge delivers to [`EventBus::deliver`].
    pub(crate) fn bridged(remote: mpsc::UnboundedSender<SyncEvent>) -> Self {
        let (local, _) = broadcast::channel(BUS_CAPACITY);
        Self { local, remote: Some(remote) }
    }

    /// Publishes to every subscriber (on every replica when bridged); having none is fine.
    pub fn publish(&self, event: SyncEvent) {
        match &self.remote {
            Some(remote) => {
                if let Err(unsent) = remote.send(event) {
                    // The bridge is gone (shutting down): local subscribers still hear it.
                    self.deliver(BusMessage::Event(unsent.0));
                }
            }
            None => self.deliver(BusMessage::Event(event)),
        }
    }

    /// Hands a message to this process's subscribers.
    pub(crate) fn deliver(&self, message: BusMessage) {
        let _ = self.local.send(message);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<BusMessage> {
        self.local.subscribe()
    }
}

impl Default for EventBus {
    fn default() -> Self {
        Self::new()
    }
}
