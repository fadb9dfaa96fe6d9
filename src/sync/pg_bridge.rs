//! Carries sync events between replicas through PostgreSQL LISTEN/NOTIFY.
//!
//! Two tasks per replica (stopped with the app): the notifier sends each published bus message as `pg_notify` on a pooled
//! connection; the listener keeps one dedicated connection (taken out of the pool) on LISTEN and
//! delivers what arrives to the local bus. When the listener loses its connection it reconnects
//! with backoff and tells subscribers about the gap, since events may have passed meanwhile.

use std::time::Duration;

use diesel::sql_types::Text;
use diesel_async::pooled_connection::deadpool::{Object, Pool};
use diesel_async::{AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::events::{BusMessage, EventBus, SyncEvent};

/// The NOTIFY channel.
pub const CHANNEL: &str = "ai_usage_sync_events";

/// NOTIFY payloads must stay under 8,000 bytes: long error texts are cut.
const MAX_ERROR_CHARS: usize = 1_000;

const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// A bus bridged through `pool`'s database, and the two tasks that carry it.
pub fn start(pool: Pool<AsyncPgConnection>) -> (EventBus, Bridge) {
    let (remote, outgoing) = mpsc::unbounded_channel();
    let bus = EventBus::bridged(remote);
    let notifier = tokio::spawn(notify_loop(pool.clone(), outgoing, bus.clone()));
    let listener = tokio::spawn(listen_loop(pool, bus.clone()));
    (bus, Bridge { notifier, listener })
}

/// The notifier and listener tasks of a bridged bus.
pub struct Bridge {
    notifier: JoinHandle<()>,
    listener: JoinHandle<()>,
}

impl Bridge {
    /// Ends both tasks: the LISTEN connection closes and nothing more is sent or delivered.
    pub async fn stop(self) {
        for task in [self.notifier, self.listener] {
            task.abort();
            let _ = task.await;
        }
    }
}

async fn notify_loop(
    pool: Pool<AsyncPgConnection>,
    mut outgoing: mpsc::UnboundedReceiver<BusMessage>,
    bus: EventBus,
) {
    while let Some(mut message) = outgoing.recv().await {
        if let BusMessage::Event(SyncEvent { error: Some(error), .. }) = &mut message
            && error.chars().count() > MAX_ERROR_CHARS
        {
            *error = error.chars().take(MAX_ERROR_CHARS).collect::<String>() + "…";
        }
        let payload = match serde_json::to_string(&message) {
            Ok(payload) => payload,
            Err(e) => {
                tracing::error!(error = %e, "cannot encode a sync event");
                continue;
            }
        };
        let sent = match pool.get().await {
            Ok(mut conn) => diesel::sql_query("SELECT pg_notify($1, $2)")
                .bind::<Text, _>(CHANNEL)
                .bind::<Text, _>(&payload)
                .execute(&mut conn)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(e) = sent {
            // Other replicas miss this one; local subscribers still get it.
            tracing::warn!(error = %e, "cannot NOTIFY a sync event; delivering it locally only");
            bus.deliver(message);
        }
    }
}

async fn listen_loop(pool: Pool<AsyncPgConnection>, bus: EventBus) {
    let mut backoff = Duration::from_millis(250);
    let mut connected_before = false;
    loop {
        match listen(&pool).await {
            Ok(mut conn) => {
                if connected_before {
                    tracing::info!("sync event listener reconnected");
                    bus.deliver(BusMessage::Gap);
                }
                connected_before = true;
                backoff = Duration::from_millis(250);
                let mut notifications = std::pin::pin!(conn.notifications_stream());
                while let Some(notification) = notifications.next().await {
                    match notification {
                        Ok(n) if n.channel == CHANNEL => {
                            match serde_json::from_str::<BusMessage>(&n.payload) {
                                Ok(message) => bus.deliver(message),
                                Err(e) => tracing::warn!(error = %e, "ignoring an unreadable sync event"),
                            }
                        }
                        Ok(_) => {}
                        Err(e) => {
                            tracing::warn!(error = %e, "sync event listener lost its connection");
                            break;
                        }
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot LISTEN for sync events; retrying in {backoff:?}"),
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(MAX_BACKOFF);
    }
}

/// Sends one bus message to every replica from a process without a bus (the operator CLI's
/// `user reset-password`). Nothing to do on SQLite: one process serves, and its sockets re-check
/// their tokens periodically.
pub async fn notify_once(db: &crate::storage::Db, message: &BusMessage) -> Result<(), String> {
    let crate::storage::Db::Postgres(pool) = db else { return Ok(()) };
    let payload = serde_json::to_string(message).map_err(|e| e.to_string())?;
    let mut conn = pool.get().await.map_err(|e| e.to_string())?;
    diesel::sql_query("SELECT pg_notify($1, $2)")
        .bind::<Text, _>(CHANNEL)
        .bind::<Text, _>(&payload)
        .execute(&mut conn)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// A connection of its own, on LISTEN. Taken out of the pool so recycling never touches it.
async fn listen(pool: &Pool<AsyncPgConnection>) -> Result<AsyncPgConnection, String> {
    let pooled = pool.get().await.map_err(|e| e.to_string())?;
    let mut conn = Object::take(pooled);
    conn.batch_execute(&format!("LISTEN {CHANNEL}")).await.map_err(|e| e.to_string())?;
    Ok(conn)
}
