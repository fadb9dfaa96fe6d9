//! The bus as one workspace subscription sees it: only that workspace's events, lag and gaps as an
//! explicit resync, and an end to the stream as soon as the subscriber loses access.

use futures_util::Stream;
use futures_util::stream;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

use crate::auth::{Action, Caller, policy};
use crate::storage::Db;
use crate::sync::events::{BusMessage, EventBus, IntegrationChange, SyncEvent};

pub enum Feed {
    Event(SyncEvent),
    IntegrationChanged {
        integration_id: i64,
        change: IntegrationChange,
    },
    /// Events were missed: the client should refetch what it shows.
    Resync,
}

/// Events of `workspace_id` for `caller`, who was authorised for `action` on subscribe and is
/// checked again whenever their membership changes.
pub fn workspace_feed(
    db: Db,
    bus: &EventBus,
    caller: Caller,
    workspace_id: i64,
    action: Action,
) -> impl Stream<Item = Feed> + use<> {
    let state = (BroadcastStream::new(bus.subscribe()), db, caller);
    stream::unfold(state, move |(mut messages, db, caller)| async move {
        loop {
            let feed = match messages.next().await? {
                Ok(BusMessage::Event(event)) if event.workspace_id == workspace_id => Feed::Event(event),
                Ok(BusMessage::IntegrationChanged { workspace_id: changed, integration_id, change })
                    if changed == workspace_id =>
                {
                    Feed::IntegrationChanged { integration_id, change }
                }
                Ok(BusMessage::AccessChanged { workspace_id: changed, user_id })
                    if changed == workspace_id && user_id.is_none_or(|u| u == caller.user_id) =>
                {
                    if policy::authorize(&db, Some(&caller), workspace_id, action).await.is_err() {
                        return None;
                    }
                    continue;
                }
                Ok(
                    BusMessage::Event(_)
                    | BusMessage::AccessChanged { .. }
                    | BusMessage::IntegrationChanged { .. }
                    // The socket, not the stream, ends for a revoked token (`web::websocket`).
                    | BusMessage::TokensRevoked { .. },
                ) => continue,
                Ok(BusMessage::Gap) | Err(BroadcastStreamRecvError::Lagged(_)) => Feed::Resync,
            };
            return Some((feed, (messages, db, caller)));
        }
    })
}
