//! `GET /export/report.pdf`: the PDF report ([`crate::export::pdf`]) over HTTP. Authenticated and
//! parsed like every export ([`super::export::caller_and_query`]); then two limits, because a
//! render is CPU work a client could ask for in a loop:
//! - per user, [`PER_USER_PER_MINUTE`] reports a minute (a burst of that many, then one every
//!   few seconds), else 429 with `Retry-After`;
//! - for the whole service, at most [`CONCURRENT_RENDERS`] reports at once; a request waits up to
//!   [`SLOT_WAIT`](super::export_limits::SLOT_WAIT) for a place, else 429.
//!
//! Figures are gathered on the async runtime, the pages rendered on the blocking pool, so the
//! health probes and the API keep answering while reports render.

use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::AppState;
use super::export::{caller_and_query, download};
use super::export_limits::slot;
use crate::export::{ExportError, pdf};

/// Reports rendered at once across the service (the machine has few cores).
pub const CONCURRENT_RENDERS: usize = 2;
/// Reports one user may ask for per minute.
pub const PER_USER_PER_MINUTE: u32 = 6;
/// Users whose limiter state is kept before stale entries are dropped.
const MAX_TRACKED_USERS: usize = 10_000;

/// The limits every report request passes, shared by the route's handlers.
pub struct ReportLimits {
    renders: Arc<Semaphore>,
    per_user: DefaultKeyedRateLimiter<i64>,
}

impl ReportLimits {
    /// [`CONCURRENT_RENDERS`] slots and [`PER_USER_PER_MINUTE`] per user.
    pub fn new() -> Self {
        let per_minute = NonZeroU32::new(PER_USER_PER_MINUTE).unwrap_or(NonZeroU32::MIN);
        ReportLimits {
            renders: Arc::new(Semaphore::new(CONCURRENT_RENDERS)),
            per_user: RateLimiter::keyed(Quota::per_minute(per_minute)),
        }
    }

    /// Counts one report for `user_id`; `Busy` past the user's rate.
    fn admit(&self, user_id: i64) -> Result<(), ExportError> {
        if self.per_user.len() > MAX_TRACKED_USERS {
            self.per_user.retain_recent();
        }
        self.per_user.check_key(&user_id).map_err(|_| ExportError::Busy)
    }

    /// A render slot, waiting at most [`SLOT_WAIT`](super::export_limits::SLOT_WAIT); `Busy`
    /// when none frees up.
    async fn slot(&self) -> Result<OwnedSemaphorePermit, ExportError> {
        slot(&self.renders).await
    }
}

impl Default for ReportLimits {
    fn default() -> Self {
        Self::new()
    }
}

/// The route's state: the app's, and this route's limits.
#[derive(Clone)]
pub struct ReportState {
    app: AppState,
    limits: Arc<ReportLimits>,
}

/// `GET` of `/export/report.pdf`, with fresh limits for this router.
pub fn route(state: &AppState) -> MethodRouter<AppState> {
    let state = ReportState { app: state.clone(), limits: Arc::new(ReportLimits::new()) };
    get(report).with_state(state)
}

/// `GET /export/report.pdf`.
async fn report(State(state): State<ReportState>, headers: HeaderMap, uri: Uri) -> Response {
    respond(&state, &headers, &uri).await.unwrap_or_else(IntoResponse::into_response)
}

async fn respond(state: &ReportState, headers: &HeaderMap, uri: &Uri) -> Result<Response, ExportError> {
    let (caller, query) = caller_and_query(&state.app, headers, uri).await?;
    state.limits.admit(caller.user_id)?;
    let slot = state.limits.slot().await?;
    let figures = pdf::gather(&state.app.db, &caller, &query).await?;
    let paper = query.paper;
    let bytes = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        pdf::render(&figures, paper)
    })
    .await
    .map_err(|e| ExportError::Internal(format!("the report renderer stopped: {e}")))??;
    Ok(download(bytes.into(), "application/pdf", "report", "pdf", &query))
}
