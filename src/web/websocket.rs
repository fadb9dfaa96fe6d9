//! GraphQL subscriptions over WebSocket (graphql-transport-ws and legacy graphql-ws).
//!
//! The connection is authenticated once, by the `connection_init` payload
//! (`{"authorization": "Bearer …"}`). A refused init closes the socket with 4403, a socket that
//! does not init within [`INIT_TIMEOUT`] with 4408 (the graphql-transport-ws codes). The server pings
//! every [`PING_INTERVAL`] so idle proxies keep the connection open, and closes with 1001 (going
//! away) when it shuts down.

use std::time::Duration;

use async_graphql::http::{ALL_WEBSOCKET_PROTOCOLS, WebSocket, WebSocketProtocols, WsMessage};
use async_graphql::{Data, Error};
use axum::Extension;
use axum::extract::ws::{CloseFrame, Message, WebSocket as AxumSocket};
use axum::extract::{State, WebSocketUpgrade};
use axum::http::HeaderMap;
use axum::http::header::SEC_WEBSOCKET_PROTOCOL;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt, future};

use super::AppState;
use super::edge::RequestEdge;
use crate::auth::caller::{self, bearer};
use crate::graphql::ClientIp;

pub const INIT_TIMEOUT: Duration = Duration::from_secs(10);
const PING_INTERVAL: Duration = Duration::from_secs(25);
const READ_BUFFER_BYTES: usize = 4 * 1024;

/// What a refused `connection_init` carries internally, so it can be turned into close code 4403.
const REFUSED: &str = "Forbidden";

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
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        // GraphQL messages are small; the 128 KiB default read buffer per socket is what makes
        // thousands of idle subscriptions expensive.
        .read_buffer_size(READ_BUFFER_BYTES)
        .on_upgrade(move |socket| serve(socket, state, protocol, ClientIp(edge.client_ip)))
}

async fn serve(socket: AxumSocket, state: AppState, protocol: WebSocketProtocols, client_ip: ClientIp) {
    let (mut sink, source) = socket.split();
    let input = source.take_while(|msg| future::ready(msg.is_ok())).filter_map(|msg| {
        future::ready(match msg {
            Ok(Message::Text(text)) => Some(text.as_str().as_bytes().to_vec()),
            Ok(Message::Binary(bytes)) => Some(bytes.to_vec()),
            _ => None,
        })
    });
    let db = state.db.clone();
    let on_init = move |payload: serde_json::Value| async move {
        let token = payload
            .get("authorization")
            .or_else(|| payload.get("Authorization"))
            .and_then(|v| v.as_str())
            .and_then(bearer);
        let Some(token) = token else { return Err(Error::new(REFUSED)) };
        match caller::resolve(&db, &token).await {
            Ok(Some(caller)) => {
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
    let mut messages = WebSocket::new(state.schema.clone(), input, protocol).on_connection_init(on_init).map(
        |msg| match msg {
            WsMessage::Text(text) => Message::Text(text.into()),
            WsMessage::Close(_, reason) if reason == REFUSED => close(4403, REFUSED),
            WsMessage::Close(code, reason) => close(code, &reason),
        },
    );

    let init_deadline = tokio::time::sleep(INIT_TIMEOUT);
    tokio::pin!(init_deadline);
    let mut acknowledged = false;
    let mut ping = tokio::time::interval(PING_INTERVAL);
    ping.tick().await;
    let mut stopping = state.stopping.clone();
    loop {
        let outgoing = tokio::select! {
            _ = stopping.wait_for(|stop| *stop) => close(1001, "server shutting down"),
            next = messages.next() => match next {
                Some(msg) => msg,
                None => break,
            },
            _ = &mut init_deadline, if !acknowledged => close(4408, "Connection initialisation timeout"),
            _ = ping.tick() => Message::Ping(Vec::new().into()),
        };
        if let Message::Text(text) = &outgoing {
            acknowledged |= text.as_str().contains("\"connection_ack\"");
        }
        let closing = matches!(outgoing, Message::Close(_));
        if sink.send(outgoing).await.is_err() || closing {
            break;
        }
    }
}

fn close(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame { code, reason: reason.to_owned().into() }))
}
