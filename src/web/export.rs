//! The export routes: `GET /export/usage.csv`, `/export/people.csv`, `/export/daily.csv` and
//! `/export/report.pdf`. Authenticated like the API (bearer token or session cookie): an
//! anonymous request is answered 401 before any parameter is looked at. What the files hold is
//! [`crate::export`]'s; this module only speaks HTTP.

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::auth::{Caller, caller};
use crate::export::{ExportError, ExportQuery};

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

/// `GET /export/usage.csv`: not built yet.
pub async fn usage_csv(State(state): State<AppState>, headers: HeaderMap, uri: Uri) -> Response {
    match caller_and_query(&state, &headers, &uri).await {
        Ok(_) => (StatusCode::NOT_IMPLEMENTED, "not built yet").into_response(),
        Err(e) => e.into_response(),
    }
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
