//! The event bus the sync engine publishes to after each committed change; subscriptions read it.

use chrono::NaiveDate;
use tokio::sync::broadcast;

/// What happened in a sync run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, async_graphql::Enum)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// In-process fan-out of [`SyncEvent`]s. Cloning shares the channel.
#[derive(Clone)]
pub struct EventBus {
    sender: broadcast::Sender<SyncEvent>,
}

/// Events a slow subscriber may fall behind by before it is told to resync.
const BUS_CAPACITY: usize = 1024;

impl EventBus {
    pub fn new() -> Self {
        let (sender, _) = broadcast::channel(BUS_CAPACITY);
        Self { sender }
    }

    /// Publishes to every current subscriber; having none is fine.
    pub fn publish(&self, event: SyncEvent) {
        let _ = self.sender.send(event);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<SyncEvent> {
        self.sender.subscribe()
    }
}

impl Default for EventBus {
    fn default() -> Self {
        Self::new()
    }
}
