//! GraphQL over HTTP as the spec (graphql-over-http, 2025 draft) and its audit (`graphql-http`)
//! read it. One table decides every answer; README repeats it:
//!
//! | request | answer |
//! |---|---|
//! | POST whose `Content-Type` is not `application/json` (or missing) | 415 |
//! | body that is not one JSON object with a string `query` (bad JSON, empty, a batch array, wrong types) | 400, GraphQL error body |
//! | GET with a mutation or subscription | 405, `Allow: POST` |
//! | `Accept` naming neither JSON type nor `*/*` | 406 |
//! | `Accept: application/graphql-response+json`, parse / validation / variable error | 400, `errors` only (no `data`) |
//! | `Accept: application/graphql-response+json`, execution started | 200 |
//! | `Accept: application/json`, `*/*` or none | 200, `application/json` |
//!
//! Authentication and authorisation refusals happen inside execution (a field is refused, others
//! may still answer), so they are 200 with `extensions.code` `UNAUTHENTICATED` / `FORBIDDEN`,
//! as the spec requires once execution started.

use std::collections::HashMap;

use async_graphql::{Request, Variables};
use axum::body::Body;
use axum::http::header::{ALLOW, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::graphql::over_http::{HttpFacts, METHOD_NOT_ALLOWED};

pub const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

/// The media type an answer is written in, chosen from `Accept`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    GraphqlResponseJson,
    Json,
}

impl MediaType {
    fn as_str(self) -> &'static str {
        match self {
            MediaType::GraphqlResponseJson => GRAPHQL_RESPONSE_JSON,
            MediaType::Json => JSON,
        }
    }

    /// The first acceptable type in the client's `Accept` order (q=0 excluded); no header means
    /// `application/json`, as the spec asks for legacy clients.
    pub fn negotiate(headers: &HeaderMap) -> Option<MediaType> {
        let values: Vec<&str> =
            headers.get_all(axum::http::header::ACCEPT).iter().filter_map(|v| v.to_str().ok()).collect();
        if values.is_empty() {
            return Some(MediaType::Json);
        }
        values.iter().flat_map(|v| v.split(',')).find_map(|range| {
            let mut parts = range.split(';').map(str::trim);
            let essence = parts.next().unwrap_or("").to_ascii_lowercase();
            if parts.any(|p| p.strip_prefix("q=").is_some_and(|q| q.trim().parse::<f32>() == Ok(0.0))) {
                return None;
            }
            match essence.as_str() {
                GRAPHQL_RESPONSE_JSON => Some(MediaType::GraphqlResponseJson),
                JSON | "application/*" | "*/*" => Some(MediaType::Json),
                _ => None,
            }
        })
    }
}

/// A request the edge answers itself, before the schema sees it.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl Refusal {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Refusal {
        Refusal { status, code, message: message.into() }
    }

    pub fn not_acceptable() -> Refusal {
        Refusal::new(
            StatusCode::NOT_ACCEPTABLE,
            "NOT_ACCEPTABLE",
            format!("answers are {GRAPHQL_RESPONSE_JSON} or {JSON}: say so in Accept"),
        )
    }

    fn bad_request(message: impl Into<String>) -> Refusal {
        Refusal::new(StatusCode::BAD_REQUEST, "BAD_REQUEST", message)
    }

    pub fn into_response(self, media: MediaType) -> Response {
        let body = json!({ "errors": [{ "message": self.message, "extensions": { "code": self.code } }] });
        let mut response = (self.status, body.to_string()).into_response();
        response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(media.as_str()));
        if self.status == StatusCode::METHOD_NOT_ALLOWED {
            response.headers_mut().insert(ALLOW, HeaderValue::from_static("POST"));
        }
        response
    }
}

/// The JSON object a POST carries (and, as strings, a GET's parameters).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Params {
    query: Option<String>,
    #[serde(default)]
    operation_name: Option<String>,
    #[serde(default)]
    variables: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default)]
    extensions: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Params {
    fn into_request(self) -> Result<(Request, Option<String>), Refusal> {
        let query = self.query.ok_or_else(|| Refusal::bad_request("the request has no `query` string"))?;
        let mut request = Request::new(query);
        if let Some(name) = &self.operation_name {
            request = request.operation_name(name.clone());
        }
        if let Some(variables) = self.variables {
            request = request.variables(Variables::from_json(serde_json::Value::Object(variables)));
        }
        if let Some(extensions) = self.extensions {
            request.extensions = async_graphql::Extensions(
                extensions
                    .into_iter()
                    .filter_map(|(k, v)| async_graphql::Value::from_json(v).ok().map(|v| (k, v)))
                    .collect(),
            );
        }
        Ok((request, self.operation_name))
    }
}

/// A POST: `Content-Type: application/json` (charset utf-8 if given) and one JSON object.
pub fn from_post(headers: &HeaderMap, body: &[u8]) -> Result<(Request, Option<String>), Refusal> {
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let mut parts = content_type.split(';').map(str::trim);
    let essence = parts.next().unwrap_or("").to_ascii_lowercase();
    let charset_ok = parts.all(|p| {
        p.to_ascii_lowercase()
            .strip_prefix("charset=")
            .is_none_or(|c| c.trim_matches('"').eq_ignore_ascii_case("utf-8"))
    });
    if essence != JSON || !charset_ok {
        return Err(Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            "send GraphQL requests as Content-Type: application/json",
        ));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::bad_request("the request body is empty: send {\"query\": \"…\"}"));
    }
    if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
        return Err(Refusal::bad_request(
            "batched requests (a JSON array) are not supported: send one object",
        ));
    }
    let params: Params = serde_json::from_slice(body)
        .map_err(|e| Refusal::bad_request(format!("the body is not a GraphQL request object: {}", e)))?;
    params.into_request()
}

/// A GET: `query`, `operationName`, and `variables` / `extensions` as JSON text.
pub fn from_get(raw_query: Option<&str>) -> Result<(Request, Option<String>), Refusal> {
    let pairs: HashMap<String, String> = serde_urlencoded::from_str(raw_query.unwrap_or(""))
        .map_err(|_| Refusal::bad_request("the URL's query string cannot be read"))?;
    let json_param = |name: &str| -> Result<Option<serde_json::Map<String, serde_json::Value>>, Refusal> {
        pairs
            .get(name)
            .filter(|v| !v.is_empty())
            .map(|v| {
                serde_json::from_str(v)
                    .map_err(|e| Refusal::bad_request(format!("`{name}` must be a JSON object: {}", e)))
            })
            .transpose()
    };
    Params {
        query: pairs.get("query").cloned(),
        operation_name: pairs.get("operationName").filter(|v| !v.is_empty()).cloned(),
        variables: json_param("variables")?,
        extensions: json_param("extensions")?,
    }
    .into_request()
}

/// Writes the schema's answer according to the table above.
pub fn respond(media: MediaType, facts: &HttpFacts, response: async_graphql::Response) -> Response {
    let refused_get = response.errors.iter().any(|e| {
        e.extensions.as_ref().and_then(|x| x.get("code"))
            == Some(&async_graphql::Value::from(METHOD_NOT_ALLOWED))
    });
    let request_error = !facts.execution_started() && response.is_err();
    let (status, body) = if refused_get {
        (StatusCode::METHOD_NOT_ALLOWED, json!({ "errors": response.errors }))
    } else if request_error && media == MediaType::GraphqlResponseJson {
        (StatusCode::BAD_REQUEST, json!({ "errors": response.errors }))
    } else {
        (StatusCode::OK, serde_json::to_value(&response).unwrap_or_else(|_| json!({ "data": null })))
    };
    let mut http = Response::new(Body::from(body.to_string()));
    *http.status_mut() = status;
    http.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(media.as_str()));
    if status == StatusCode::METHOD_NOT_ALLOWED {
        http.headers_mut().insert(ALLOW, HeaderValue::from_static("POST"));
    }
    if response.is_ok()
        && let Some(value) = response.cache_control.value().and_then(|v| HeaderValue::from_str(&v).ok())
    {
        http.headers_mut().insert(CACHE_CONTROL, value);
    }
    http.headers_mut().extend(response.http_headers);
    http
}
