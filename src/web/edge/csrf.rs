//! Cross-site request forgery: a browser attaches the session cookie to requests any site makes,
//! so a cookie alone must not authorise a state change. The rules:
//!
//! - A request with an `Authorization` header is authenticated by it, never by the cookie (see
//!   `auth::caller::token_from_headers`): it cannot be forged cross-site and needs no `Origin`.
//! - A request that carries the session cookie and uses an unsafe method (anything but GET, HEAD,
//!   OPTIONS), or upgrades to a WebSocket, must come with an `Origin` that is the service's own
//!   (its public URL, or the `Host` it was reached at) or one the operator allowed. Otherwise 403.
//! - A GET never runs a mutation, whoever sends it: `graphql::over_http` refuses it (405) once
//!   the document is parsed, so links and images — GETs any page can make — change nothing.

use axum::http::header::{AUTHORIZATION, HOST, ORIGIN, UPGRADE};
use axum::http::{HeaderMap, Method};

use super::EdgeSettings;
use crate::auth::caller;

/// Why a request is refused: cookie-authenticated, unsafe, and not from an allowed origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrossOrigin;

/// Applies the rules above.
pub fn check(settings: &EdgeSettings, method: &Method, headers: &HeaderMap) -> Result<(), CrossOrigin> {
    if headers.contains_key(AUTHORIZATION) || caller::session_cookie(headers).is_none() {
        return Ok(());
    }
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if safe && !headers.contains_key(UPGRADE) {
        return Ok(());
    }
    match headers.get(ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) if origin_allowed(settings, headers, origin) => Ok(()),
        _ => Err(CrossOrigin),
    }
}

fn origin_allowed(settings: &EdgeSettings, headers: &HeaderMap, origin: &str) -> bool {
    let origin = origin.trim().to_ascii_lowercase();
    if settings.public_url.as_ref().is_some_and(|url| url.origin == origin)
        || settings.allowed_origins.contains(&origin)
    {
        return true;
    }
    // Same origin as the address the request was sent to: the `Host` the browser put on it. The
    // scheme is not compared: behind a TLS-terminating proxy nobody told us about, the page is
    // https while this hop is http, and a page on the same host is the service itself.
    let Some(host) = headers.get(HOST).and_then(|v| v.to_str().ok()) else { return false };
    let Some((scheme, authority)) = origin.split_once("://") else { return false };
    let default_port = match scheme {
        "https" => ":443",
        "http" => ":80",
        _ => return false,
    };
    let host = host.trim().to_ascii_lowercase();
    let host = host.strip_suffix(default_port).unwrap_or(&host);
    authority == host
}
