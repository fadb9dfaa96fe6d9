//! The public share card routes, for anyone holding a card's link (no sign-in):
//! `GET /s/{token}` (the page with its OpenGraph tags) and `GET /s/{token}/card.png` (the image;
//! `?download=1` makes it a file download). Both read the stored snapshot and PNG only.
//!
//! An unknown, malformed, revoked or expired token, and a card of a workspace that turned cards
//! off, all get the same 404, so a link reveals nothing but whether it works. A live card is
//! cacheable for a minute only, so a revoked one leaves shared caches soon.

use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;

use super::AppState;
use crate::share::links::CardLinks;
use crate::share::snapshot::Snapshot;
use crate::share::{page, token};
use crate::storage::share_links;

/// How long a live card may be cached.
const LIVE_CACHE: &str = "public, max-age=60";

/// The image route's parameters.
#[derive(Deserialize)]
pub struct ImageQuery {
    download: Option<String>,
}

/// `GET /s/{token}`: the card's page.
pub async fn page(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let Some(hash) = token::well_formed(&token).then(|| token::hash(&token)) else { return not_found() };
    let card = match share_links::live_by_token_hash(&state.db, &hash, Utc::now().naive_utc()).await {
        Ok(Some(card)) => card,
        Ok(None) => return not_found(),
        Err(e) => return failed(&e.to_string()),
    };
    let snapshot: Snapshot = match serde_json::from_str(&card.snapshot) {
        Ok(snapshot) => snapshot,
        Err(e) => return failed(&format!("share card {} holds an unreadable snapshot: {e}", card.id)),
    };
    // Without a configured public URL the addresses stay relative to this page's folder: the
    // page still shows, though crawlers want absolute ones (cards are not made without one).
    let base = state.edge.public_url.as_ref().map_or("..", |url| url.base.as_str());
    let links = CardLinks::new(base, &token);
    let mut response = page::html(&snapshot, &links).into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(LIVE_CACHE));
    if let Ok(policy) = HeaderValue::from_str(page::content_security_policy()) {
        headers.insert(CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// `GET /s/{token}/card.png`: the card's PNG, as rendered when it was made.
pub async fn image(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(query): Query<ImageQuery>,
) -> Response {
    let Some(hash) = token::well_formed(&token).then(|| token::hash(&token)) else { return not_found() };
    let png = match share_links::live_png_by_token_hash(&state.db, &hash, Utc::now().naive_utc()).await {
        Ok(Some(png)) => png,
        Ok(None) => return not_found(),
        Err(e) => return failed(&e.to_string()),
    };
    let mut response = png.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("image/png"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static(LIVE_CACHE));
    if matches!(query.download.as_deref(), Some("1" | "true")) {
        headers.insert(
            CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"ai-usage-card.png\""),
        );
    }
    response
}

/// The one answer for every card that cannot be shown.
fn not_found() -> Response {
    let mut response = (StatusCode::NOT_FOUND, "not found\n").into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn failed(detail: &str) -> Response {
    tracing::error!(error = %detail, "a share card could not be served");
    let mut response = (StatusCode::INTERNAL_SERVER_ERROR, "the card could not be shown\n").into_response();
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
