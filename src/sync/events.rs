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
    /// One provider-day could not be read (it will be retried); `days` lists it, `error` says
    /// why. The run goes on with the other days.
    DayFailed,
    /// The run finished and every day in its range is stored.
    Succeeded,
    /// The run finished, but some days could not be read (`error` names the first); the others
    /// are stored.
    Partial,
    /// The run stopped with an error, or no day could be read; what was committed before stays.
    Failed,
}

/// One event on the bus. Small on purpose: receivers load the figures they need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncEvent {
    /// The workspace of the integration.
    pub workspace_id: i64,
    /// The integration being synced.
    pub integration_id: i64,
    /// The run the event belongs to.
    pub run_id: i64,
    /// What happened.
    pub kind: SyncEventKind,
    /// UTC days whose data changed with this event (empty for progress without new data).
    pub days: Vec<NaiveDate>,
    /// Days of the run dealt with so far.
    pub days_done: i32,
    /// Days in the run.
    pub days_total: i32,
    /// Why the run failed, for [`SyncEventKind::Failed`].
    pub error: Option<String>,
}

/// What changed about an integration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, async_graphql::Enum)]
pub enum IntegrationChange {
    /// A vendor account was connected.
    Connected,
    /// Renamed, new key, new schedule, paused or resumed.
    Updated,
    /// Disconnected (its data kept or deleted).
    Disconnected,
    /// The vendor refused the key or the data: a person must act.
    NeedsAttention,
}

/// What subscribers receive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BusMessage {
    /// Progress of a sync run.
    Event(SyncEvent),
    /// A user's membership of a workspace changed or ended (`None`: everyone's, e.g. the workspace
    /// was deleted): their open streams re-check access.
    AccessChanged {
        /// The workspace whose memberships changed.
        workspace_id: i64,
        /// The account affected; `None` for every member.
        user_id: Option<i64>,
    },
    /// An integration was connected, changed or disconnected: dashboards refetch it.
    IntegrationChanged {
        /// The integration's workspace.
        workspace_id: i64,
        /// The integration.
        integration_id: i64,
        /// What changed.
        change: IntegrationChange,
    },
    /// These session or API tokens were revoked (log-out, revocation, password change or reset):
    /// every replica closes the WebSocket connections they opened.
    TokensRevoked {
        /// The revoked tokens' ids.
        token_ids: Vec<i64>,
    },
    /// Events may have been lost (the cross-replica link was down): refetch, then carry on.
    Gap,
}

/// Token ids per [`BusMessage::TokensRevoked`], so a NOTIFY payload stays far under its 8,000
/// bytes.
pub const REVOKED_IDS_PER_MESSAGE: usize = 400;

/// Fan-out of [`SyncEvent`]s. Cloning shares the channel.
#[derive(Clone)]
pub struct EventBus {
    local: broadcast::Sender<BusMessage>,
    /// Set when events travel through PostgreSQL instead of straight to `local`.
    remote: Option<mpsc::UnboundedSender<BusMessage>>,
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
    pub(crate) fn bridged(remote: mpsc::UnboundedSender<BusMessage>) -> Self {
        let (local, _) = broadcast::channel(BUS_CAPACITY);
        Self { local, remote: Some(remote) }
    }

    /// Publishes a sync event to every subscriber (on every replica when bridged).
    pub fn publish(&self, event: SyncEvent) {
        self.broadcast(BusMessage::Event(event));
    }

    /// Tells open streams of `user_id` (all users for `None`) in `workspace_id` to re-check access.
    pub fn publish_access_changed(&self, workspace_id: i64, user_id: Option<i64>) {
        self.broadcast(BusMessage::AccessChanged { workspace_id, user_id });
    }

    /// Announces a change to an integration's connection or status.
    pub fn publish_integration_changed(
        &self,
        workspace_id: i64,
        integration_id: i64,
        change: IntegrationChange,
    ) {
        self.broadcast(BusMessage::IntegrationChanged { workspace_id, integration_id, change });
    }

    /// Announces revoked tokens, so their live connections end on every replica.
    pub fn publish_tokens_revoked(&self, token_ids: &[i64]) {
        for chunk in token_ids.chunks(REVOKED_IDS_PER_MESSAGE) {
            self.broadcast(BusMessage::TokensRevoked { token_ids: chunk.to_vec() });
        }
    }

    fn broadcast(&self, message: BusMessage) {
        match &self.remote {
            Some(remote) => {
                if let Err(unsent) = remote.send(message) {
                    // The bridge is gone (shutting down): local subscribers still hear it.
                    self.deliver(unsent.0);
                }
            }
            None => self.deliver(message),
        }
    }

    /// Hands a message to this process's subscribers.
    pub(crate) fn deliver(&self, message: BusMessage) {
        let _ = self.local.send(message);
    }

    /// A receiver of every message this process delivers from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<BusMessage> {
        self.local.subscribe()
    }
}

impl Default for EventBus {
    fn default() -> Self {
        Self::new()
    }
}
