//! HTTP routes: GraphQL (HTTP and WebSocket), GraphiQL, health probes.

pub mod edge;
mod graphql;
mod health;
mod websocket;

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::{DefaultMakeSpan, TraceLayer};

use crate::graphql::AppSchema;
use crate::storage::Db;
use crate::sync::events::EventBus;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub schema: AppSchema,
    /// Where the sync engine announces committed changes.
    pub events: EventBus,
    /// Turns true when the server is shutting down: long-lived sockets close themselves.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// Public URL, allowed origins and trusted proxies (absolute links start at
    /// `edge.public_url`).
    pub edge: Arc<edge::EdgeSettings>,
}

/// Largest request body accepted: GraphQL documents are small; anything bigger is abuse. A tower
/// layer, not axum's `DefaultBodyLimit`: the GraphQL extractor streams the body itself and would
/// bypass the latter.
const MAX_BODY_BYTES: usize = 256 * 1024;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/graphql", get(graphql::http).post(graphql::http))
        .route("/graphql/ws", get(websocket::upgrade))
        .route("/graphiql", get(graphql::graphiql))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(state.clone(), edge::guard))
        // Headers stay out of the logs at every level: they carry bearer tokens and cookies.
        .layer(TraceLayer::new_for_http().make_span_with(DefaultMakeSpan::new().include_headers(false)))
        .with_state(state)
}
