//! The export routes: `GET /export/usage.csv`, `/export/people.csv`, `/export/daily.csv` and
//! `/export/report.pdf`. Authenticated like the API (bearer token or session cookie): an
//! anonymous request is answered 401 before any parameter is looked at. What the files hold is
//! [`crate::export`]'s; this module only speaks HTTP. The CSV downloads open at once are bounded
//! ([`super::export_limits`]).

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::AppState;
use super::export_limits::{StreamLimits, holding};
use crate::analytics::Rows;
use crate::auth::{Caller, caller};
use crate::export::{ExportError, ExportQuery, daily_csv, people_csv, usage_csv};

/// The caller behind the request's credentials; `Unauthenticated` without valid ones.
pub async fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Caller, ExportError> {
    let token = caller::token_from_headers(headers).ok_or(ExportError::Unauthenticated)?;
    caller::resolve(&state.db, &token).await?.ok_or(ExportError::Unauthenticated)
}

/// Authenticates, then parses the query string: the order every export route keeps.
pub async fn caller_and_query(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
) -> Result<(Caller, ExportQuery), ExportError> {
    let caller = authenticate(state, headers).await?;
    Ok((caller, ExportQuery::parse(uri.query())?))
}

/// The CSV routes' state: the app's, and the limits the three routes share.
#[derive(Clone)]
pub struct CsvState {
    app: AppState,
    limits: Arc<StreamLimits>,
}

/// `GET` of `/export/usage.csv`, `/export/people.csv` and `/export/daily.csv`, with fresh limits
/// for this router.
pub fn csv_routes(state: &AppState) -> Router<AppState> {
    let state = CsvState { app: state.clone(), limits: Arc::new(StreamLimits::new()) };
    Router::new()
        .route("/export/usage.csv", get(usage).with_state(state.clone()))
        .route("/export/people.csv", get(people).with_state(state.clone()))
        .route("/export/daily.csv", get(daily).with_state(state))
}

/// `GET /export/usage.csv`: aggregates per bucket and tool, or per value of `breakdown`.
async fn usage(State(state): State<CsvState>, headers: HeaderMap, uri: Uri) -> Response {
    answer(csv(&state, &headers, &uri, Csv::Usage).await)
}

/// `GET /export/people.csv`: the people leaderboard (per-person data).
async fn people(State(state): State<CsvState>, headers: HeaderMap, uri: Uri) -> Response {
    answer(csv(&state, &headers, &uri, Csv::People).await)
}

/// `GET /export/daily.csv`: the per-person daily rows (per-person data).
async fn daily(State(state): State<CsvState>, headers: HeaderMap, uri: Uri) -> Response {
    answer(csv(&state, &headers, &uri, Csv::Daily).await)
}

/// The CSV files.
#[derive(Debug, Clone, Copy)]
enum Csv {
    Usage,
    People,
    Daily,
}

impl Csv {
    fn name(self) -> &'static str {
        match self {
            Csv::Usage => "usage",
            Csv::People => "people",
            Csv::Daily => "daily",
        }
    }
}

fn answer(result: Result<Response, ExportError>) -> Response {
    result.unwrap_or_else(IntoResponse::into_response)
}

/// Authenticates, parses, checks access, takes a download place (all before the first byte, so
/// each refusal is a status code, and a refused request never takes a place), then streams the
/// file.
async fn csv(state: &CsvState, headers: &HeaderMap, uri: &Uri, kind: Csv) -> Result<Response, ExportError> {
    let (caller, query) = caller_and_query(&state.app, headers, uri).await?;
    let db = state.app.db.clone();
    let rows = match kind {
        Csv::Usage => query.breakdown.map_or(Rows::Aggregates, |dimension| dimension.rows()),
        Csv::People | Csv::Daily => Rows::PerPerson,
    };
    let selection = query.select(&db, &caller, rows).await?;
    let slot = state.limits.take(caller.user_id).await?;
    let body = match kind {
        Csv::Usage => usage_csv::body(db, &query, selection).await?,
        Csv::People => people_csv::body(db, selection, query.bom),
        Csv::Daily => daily_csv::body(db, selection, query.bom),
    };
    Ok(download(holding(body, slot), "text/csv; charset=utf-8", kind.name(), "csv", &query))
}

/// An export's download: its type, a file name saying what and which days
/// (`ai-usage-<kind>-<from>-<to>.<extension>`), never cached. Every export answers through it.
pub fn download(
    body: Body,
    content_type: &'static str,
    kind: &str,
    extension: &str,
    query: &ExportQuery,
) -> Response {
    let disposition = format!(
        "attachment; filename=\"ai-usage-{kind}-{}-{}.{extension}\"",
        query.request.from.format("%Y-%m-%d"),
        query.request.to.format("%Y-%m-%d")
    );
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Only the service's own words and dates are in the name: always a valid header value.
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
}

impl IntoResponse for ExportError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            ExportError::Unauthenticated => {
                (StatusCode::UNAUTHORIZED, "UNAUTHENTICATED", "sign in or send a bearer token".to_owned())
            }
            ExportError::Forbidden => {
                (StatusCode::FORBIDDEN, "FORBIDDEN", "you may not export this".to_owned())
            }
            ExportError::BadInput(message) => (StatusCode::BAD_REQUEST, "BAD_USER_INPUT", message),
            ExportError::Busy => (
                StatusCode::TOO_MANY_REQUESTS,
                "RATE_LIMITED",
                "too many exports at once; try again shortly".to_owned(),
            ),
            ExportError::Internal(detail) => {
                tracing::error!(error = %detail, "an export failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "INTERNAL",
                    "the export failed; the server log says why".to_owned(),
                )
            }
        };
        let body = serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
        let mut response = (status, body.to_string()).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if status == StatusCode::UNAUTHORIZED {
            headers.insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            headers.insert(axum::http::header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response
    }
}
