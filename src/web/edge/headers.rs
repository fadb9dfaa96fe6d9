//! Security headers. Every response gets `nosniff` and a referrer policy; HTML pages also get a
//! content security policy that forbids framing. The policy is in one place ([`HTML_CSP`]) so it
//! can be tightened when GraphiQL is bundled instead of loaded from a CDN.

use axum::http::header::{
    CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue};

/// The CSP of HTML pages. Today's GraphiQL page (async-graphql's) loads React and GraphiQL from
/// unpkg.com, runs an inline boot script and styles, and talks to `/graphql` and `/graphql/ws`.
/// When GraphiQL is bundled: drop `https://unpkg.com` and `'unsafe-inline'` and allow the bundle's
/// workers (`worker-src 'self' blob:`).
pub const HTML_CSP: &str = "default-src 'self'; \
    script-src 'self' 'unsafe-inline' https://unpkg.com; \
    style-src 'self' 'unsafe-inline' https://unpkg.com; \
    img-src 'self' data: https://graphql.org; \
    font-src 'self' data: https://unpkg.com; \
    connect-src 'self' ws: wss:; \
    worker-src 'self' blob:; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Adds the headers to a response.
pub fn secure(headers: &mut HeaderMap) {
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    let html = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("text/html"));
    if html {
        headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(HTML_CSP));
        headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
}
