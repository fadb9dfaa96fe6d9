//! GraphQL subscriptions over WebSocket (graphql-transport-ws and legacy graphql-ws).
//!
//! The connection is authenticated once, by the `connection_init` payload
//! (`{"authorization": "Bearer …"}`) or, when the payload carries no token, by the session cookie
//! the upgrade request came with (the web app's case: its cookie is HttpOnly). A cookie upgrade
//! passed the edge's origin check (`edge::csrf`), so another site cannot open one. A refused init closes the socket with 4403, a socket that
//! does not init within [`INIT_TIMEOUT`] with 4408 (the graphql-transport-ws codes); the rest of
//! each protocol's close codes is [`super::ws_protocol`]'s table. The server pings every
//! [`PING_INTERVAL`] so idle proxies keep the connection open, and closes with 1001 (going away)
//! when it shuts down; shutdown waits for every socket to have sent that close
//! ([`super::SocketTracker`]).
//!
//! A connection lives no longer than its token: when the token is revoked (log-out,
//! `revokeApiToken`, `changePassword`, `user reset-password`) every replica hears it on the event
//! bus and closes the connections it authenticated with [`SESSION_ENDED`] (4401). After a gap on
//! the bus, and at every ping, the connection also re-checks its token in the database, which
//! covers expiry and resets made from the CLI on SQLite.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::http::{ALL_WEBSOCKET_PROTOCOLS, WebSocket, WebSocketProtocols, WsMessage};
use async_graphql::{Data, Error};
use axum::Extension;
use axum::extract::ws::{CloseFrame, Message, WebSocket as AxumSocket};
use axum::extract::{State, WebSocketUpgrade};
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, SEC_WEBSOCKET_PROTOCOL};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt, future};
use tokio::sync::broadcast::error::RecvError;

use super::AppState;
use super::edge::RequestEdge;
use super::ws_protocol::Gate;
use crate::auth::caller::{self, bearer};
use crate::auth::tokens;
use crate::graphql::ClientIp;
use crate::sync::events::BusMessage;

pub const INIT_TIMEOUT: Duration = Duration::from_secs(10);
const PING_INTERVAL: Duration = Duration::from_secs(25);
const READ_BUFFER_BYTES: usize = 4 * 1024;
/// The largest client message: a `subscribe` carries one GraphQL document, bounded like an HTTP body.
const MAX_MESSAGE_BYTES: usize = super::MAX_BODY_BYTES;

/// What a refused `connection_init` carries internally, so it can be turned into close code 4403.
const REFUSED: &str = "Forbidden";

/// The close code and reason of a connection whose token was revoked or expired.
pub const SESSION_ENDED: (u16, &str) = (4401, "Unauthorized: session ended");

/// The token a connection authenticated with: its id (for revocations on the bus) and hash (to
/// re-check it).
type Session = std::sync::Arc<std::sync::Mutex<Option<(i64, String)>>>;

pub async fn upgrade(
    State(state): State<AppState>,
    Extension(edge): Extension<RequestEdge>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    // The first subprotocol the client offers that we speak; without one, graphql-transport-ws.
    let protocol = headers
        .get_all(SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .find_map(|p| p.trim().parse::<WebSocketProtocols>().ok())
        .unwrap_or(WebSocketProtocols::GraphQLWS);
    let cookie = if headers.contains_key(AUTHORIZATION) { None } else { caller::session_cookie(&headers) };
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        // GraphQL messages are small; the 128 KiB default read buffer per socket is what makes
        // thousands of idle subscriptions expensive.
        .read_buffer_size(READ_BUFFER_BYTES)
        .max_message_size(MAX_MESSAGE_BYTES)
        .max_frame_size(MAX_MESSAGE_BYTES)
        .on_upgrade(move |socket| async move {
            let _open = state.sockets.open();
            serve(socket, state, protocol, ClientIp(edge.client_ip), cookie).await;
        })
}

async fn serve(
    socket: AxumSocket,
    state: AppState,
    protocol: WebSocketProtocols,
    client_ip: ClientIp,
    cookie: Option<String>,
) {
    let (mut sink, source) = socket.split();
    let gate = Arc::new(Mutex::new(Gate::new(protocol)));
    let reader_gate = gate.clone();
    let error_gate = gate.clone();
    let input = source
        .take_while(move |msg| {
            future::ready(match msg {
                Ok(_) => true,
                Err(e) => {
                    lock(&error_gate).read_failed(&e.to_string());
                    false
                }
            })
        })
        .filter_map(|msg| {
            future::ready(match msg {
                Ok(Message::Text(text)) => Some(text.as_str().as_bytes().to_vec()),
                Ok(Message::Binary(bytes)) => Some(bytes.to_vec()),
                _ => None,
            })
        })
        .take_while(move |bytes| future::ready(lock(&reader_gate).admit(bytes)));
    let db = state.db.clone();
    let session = Session::default();
    let authenticated = session.clone();
    // Subscribed before init, so a revocation right after the ack is not missed.
    let mut bus = state.events.subscribe();
    let on_init = move |payload: serde_json::Value| async move {
        let token = payload
            .get("authorization")
            .or_else(|| payload.get("Authorization"))
            .and_then(|v| v.as_str())
            .and_then(bearer)
            .or(cookie);
        let Some(token) = token else { return Err(Error::new(REFUSED)) };
        match caller::resolve(&db, &token).await {
            Ok(Some(caller)) => {
                *authenticated.lock().unwrap_or_else(|p| p.into_inner()) =
                    Some((caller.token_id, tokens::hash(&token)));
                let mut data = Data::default();
                data.insert(caller);
                data.insert(client_ip);
                Ok(data)
            }
            Ok(None) => Err(Error::new(REFUSED)),
            Err(e) => {
                tracing::warn!(error = %e, "could not check a WebSocket token");
                Err(Error::new("authentication is unavailable, try again"))
            }
        }
    };
    let writer_gate = gate.clone();
    let mut messages = WebSocket::new(state.schema.clone(), input, protocol)
        .on_connection_init(on_init)
        .filter_map(move |msg| {
            future::ready(match msg {
                WsMessage::Text(text) => lock(&writer_gate).outbound(text).map(|t| Message::Text(t.into())),
                WsMessage::Close(_, reason) if reason == REFUSED => Some(close(4403, REFUSED)),
                WsMessage::Close(code, reason) => Some(close(code, &reason)),
            })
        });

    let init_deadline = tokio::time::sleep(INIT_TIMEOUT);
    tokio::pin!(init_deadline);
    let mut ping = tokio::time::interval(PING_INTERVAL);
    ping.tick().await;
    let mut stopping = state.stopping.clone();
    loop {
        let acknowledged = lock(&gate).acknowledged();
        // Checks that need the database run after the `select!`, whose branch futures must not be
        // held across an await.
        let outgoing = tokio::select! {
            _ = stopping.wait_for(|stop| *stop) => Next::Send(close(1001, "server shutting down")),
            next = messages.next() => match next {
                Some(msg) => Next::Send(msg),
                None => {
                    let (code, reason) = lock(&gate).close_at_end();
                    Next::Send(close(code, &reason))
                }
            },
            _ = &mut init_deadline, if !acknowledged => Next::Send(close(4408, "Connection initialisation timeout")),
            _ = ping.tick() => Next::CheckThen(Some(Message::Ping(Vec::new().into()))),
            message = bus.recv() => match message {
                Ok(BusMessage::TokensRevoked { token_ids }) => Next::Revoked(token_ids),
                Ok(BusMessage::Gap) | Err(RecvError::Lagged(_)) => Next::CheckThen(None),
                Err(RecvError::Closed) => break,
                Ok(_) => continue,
            },
        };
        let ended = match &outgoing {
            Next::Send(_) => false,
            Next::CheckThen(_) => token_ended(&state, &session, None).await,
            Next::Revoked(ids) => token_ended(&state, &session, Some(ids)).await,
        };
        let outgoing = match outgoing {
            _ if ended => close(SESSION_ENDED.0, SESSION_ENDED.1),
            Next::Send(message) | Next::CheckThen(Some(message)) => message,
            Next::CheckThen(None) | Next::Revoked(_) => continue,
        };
        let closing = matches!(outgoing, Message::Close(_));
        if sink.send(outgoing).await.is_err() || closing {
            break;
        }
    }
    let _ = sink.close().await;
}

/// The gate's lock; a panic while holding it cannot leave it half-updated in a way that matters
/// more than closing the socket, so a poisoned lock is used as it is.
fn lock(gate: &Mutex<Gate>) -> std::sync::MutexGuard<'_, Gate> {
    gate.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What the connection loop does next.
enum Next {
    Send(Message),
    /// Re-check the token in the database, then send this (if any).
    CheckThen(Option<Message>),
    /// These tokens were revoked.
    Revoked(Vec<i64>),
}

/// Whether the connection's token has ended: named in `revoked`, or (without a list) no longer
/// active in the database. A connection not authenticated yet has no token to end.
async fn token_ended(state: &AppState, session: &Session, revoked: Option<&[i64]>) -> bool {
    let current = session.lock().unwrap_or_else(|p| p.into_inner()).clone();
    match (current, revoked) {
        (None, _) => false,
        (Some((id, _)), Some(revoked)) => revoked.contains(&id),
        (Some((_, hash)), None) => !caller::still_active(&state.db, &hash).await,
    }
}

fn close(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame { code, reason: reason.to_owned().into() }))
}
