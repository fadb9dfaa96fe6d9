//! HTTP routes: GraphQL (HTTP and WebSocket), GraphiQL, exports, public share cards (`/s/…`),
//! health probes, and the web app (every other path, see [`assets`]).

mod assets;
pub mod edge;
mod export;
mod export_limits;
mod export_pdf;
mod graphql;
mod graphql_over_http;
mod health;
mod share;
mod websocket;
mod ws_protocol;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::routing::get;
use tokio::sync::Notify;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::{DefaultMakeSpan, TraceLayer};

use crate::graphql::AppSchema;
use crate::storage::Db;
use crate::sync::events::EventBus;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: Db,
    /// The GraphQL schema with its run-time data.
    pub schema: AppSchema,
    /// Where the sync engine announces committed changes.
    pub events: EventBus,
    /// Turns true when the server is shutting down: long-lived sockets close themselves.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// Public URL, allowed origins and trusted proxies (absolute links start at
    /// `edge.public_url`).
    pub edge: Arc<edge::EdgeSettings>,
    /// The open WebSocket connections, which shutdown waits for.
    pub sockets: SocketTracker,
}

/// Counts open WebSocket connections. The HTTP server's graceful shutdown does not wait for
/// upgraded connections, so without this a process could exit before a socket has sent its 1001.
#[derive(Clone, Default)]
pub struct SocketTracker(Arc<SocketCount>);

#[derive(Default)]
struct SocketCount {
    open: AtomicUsize,
    all_closed: Notify,
}

/// One open socket; dropping it counts the socket closed.
pub struct OpenSocket(SocketTracker);

impl SocketTracker {
    /// Counts one socket open until the returned guard is dropped.
    pub fn open(&self) -> OpenSocket {
        self.0.open.fetch_add(1, Ordering::AcqRel);
        OpenSocket(self.clone())
    }

    /// Resolves once no socket is open.
    pub async fn all_closed(&self) {
        loop {
            // Created before the check: `notify_waiters` reaches it even before it is polled.
            let closed = self.0.all_closed.notified();
            if self.0.open.load(Ordering::Acquire) == 0 {
                return;
            }
            closed.await;
        }
    }
}

impl Drop for OpenSocket {
    fn drop(&mut self) {
        if self.0.0.open.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.0.0.all_closed.notify_waiters();
        }
    }
}

/// Largest request body accepted: GraphQL documents are small; anything bigger is abuse. A tower
/// layer, not axum's `DefaultBodyLimit`: the GraphQL extractor streams the body itself and would
/// bypass the latter.
pub(crate) const MAX_BODY_BYTES: usize = 256 * 1024;

/// Every route of the service: the GraphQL API over HTTP and WebSocket, GraphiQL, the health
/// probes, and the web app for everything else.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/graphql", get(graphql::http).post(graphql::http))
        .route("/graphql/ws", get(websocket::upgrade))
        .route("/graphiql", get(assets::graphiql))
        .merge(export::csv_routes(&state))
        .route("/s/{token}", get(share::page))
        .route("/s/{token}/card.png", get(share::image))
        .route("/export/report.pdf", export_pdf::route(&state))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .fallback(assets::fallback)
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), edge::guard))
        // Headers stay out of the logs at every level: they carry bearer tokens and cookies.
        .layer(TraceLayer::new_for_http().make_span_with(DefaultMakeSpan::new().include_headers(false)))
        .with_state(state)
}
