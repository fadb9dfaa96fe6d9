//! Security headers. Every response gets `nosniff` and a referrer policy; HTML pages also get a
//! content security policy that forbids framing. The policies are in one place ([`HTML_CSP`] for the
//! app, [`GRAPHIQL_CSP`] for GraphiQL); both allow only the service's own origin.

use axum::http::header::{
    CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue};

/// The CSP of HTML pages: the web app is bundled (`web/dist`, served by `web::assets`), so
/// scripts, styles, fonts and images come from the service itself and nothing runs inline. It talks
/// to `/graphql` and, for subscriptions, `/graphql/ws` on its own origin (`'self'` covers the
/// same-origin `ws:`/`wss:` URL in CSP 3).
pub const HTML_CSP: &str = "default-src 'self'; \
    script-src 'self'; \
    style-src 'self'; \
    img-src 'self' data:; \
    font-src 'self'; \
    connect-src 'self'; \
    worker-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The CSP of the bundled GraphiQL page: as [`HTML_CSP`], except that its editor (Monaco) adds
/// `<style>` elements at run time, so inline styles are allowed there (scripts still are not).
pub const GRAPHIQL_CSP: &str = "default-src 'self'; \
    script-src 'self'; \
    style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; \
    font-src 'self' data:; \
    connect-src 'self'; \
    worker-src 'self'; \
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
        // A page that set its own policy (GraphiQL's) keeps it.
        if !headers.contains_key(CONTENT_SECURITY_POLICY) {
            headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(HTML_CSP));
        }
        headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
}
