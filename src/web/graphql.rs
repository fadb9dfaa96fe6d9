//! GraphQL over HTTP (GET and POST). Each request is authenticated here:
//! a valid bearer token or session cookie puts a `Caller` into the request's data. How requests
//! and answers are shaped is [`super::graphql_over_http`]'s table.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, Method, Uri};
use axum::response::Response;

use super::AppState;
use super::edge::RequestEdge;
use super::graphql_over_http::{self as over_http, MediaType, Refusal};
use crate::auth::caller;
use crate::graphql::over_http::HttpFacts;
use crate::graphql::{ApiError, ClientIp, RequestMemo};

pub async fn http(
    State(state): State<AppState>,
    Extension(edge): Extension<RequestEdge>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(media) = MediaType::negotiate(&headers) else {
        return Refusal::not_acceptable().into_response(MediaType::Json);
    };
    let get = method == Method::GET;
    let parsed = if get { over_http::from_get(uri.query()) } else { over_http::from_post(&headers, &body) };
    let (request, operation_name) = match parsed {
        Ok(parsed) => parsed,
        Err(refusal) => return refusal.into_response(media),
    };
    let facts = HttpFacts::new(get, operation_name);
    let mut request = request.data(ClientIp(edge.client_ip)).data(RequestMemo::default()).data(facts.clone());
    if let Some(token) = caller::token_from_headers(&headers) {
        match caller::resolve(&state.db, &token).await {
            Ok(Some(caller)) => request = request.data(caller),
            Ok(None) => {}
            Err(e) => {
                tracing::error!(error = %e, "could not check a bearer token");
                let error: async_graphql::Error = ApiError::Internal.into();
                let response =
                    async_graphql::Response::from_errors(vec![error.into_server_error(Default::default())]);
                return over_http::respond(MediaType::Json, &HttpFacts::new(get, None), response);
            }
        }
    }
    let mut response = state.schema.execute(request).await;
    if edge.https {
        mark_cookies_secure(&mut response.http_headers);
    }
    over_http::respond(media, &facts, response)
}

/// Adds `Secure` to the cookies a resolver set: the client came over https, so the browser must
/// never send them over plain http.
fn mark_cookies_secure(headers: &mut HeaderMap) {
    let cookies: Vec<HeaderValue> = headers.get_all(SET_COOKIE).iter().cloned().collect();
    if cookies.is_empty() {
        return;
    }
    headers.remove(SET_COOKIE);
    for cookie in cookies {
        let secured = match cookie.to_str() {
            Ok(text) if !text.to_ascii_lowercase().contains("; secure") => {
                HeaderValue::from_str(&format!("{text}; Secure")).unwrap_or(cookie)
            }
            _ => cookie,
        };
        headers.append(SET_COOKIE, secured);
    }
}
