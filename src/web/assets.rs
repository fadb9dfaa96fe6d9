//! The web app and GraphiQL: `web/dist`, built from `web/` by `npm run build` and committed, is
//! embedded in the binary at compile time, so a machine without Node serves the whole UI.
//!
//! - Files under `assets/` carry a content hash in their names: cached for a year, `immutable`.
//!   The HTML pages (and anything else) are `no-cache`: revalidated with their `ETag` each time,
//!   so a new build is picked up on the next load.
//! - The build writes a `.br` and a `.gz` next to every compressible file; the one the client
//!   accepts (brotli first) is sent as is, with `Vary: Accept-Encoding`.
//! - Client-side routes (`/login`, `/w/3/…`) have no file: a GET that accepts HTML and is not under
//!   one of the server's own prefixes gets `index.html`, and the app routes itself.
//!
//! The Rust side knows nothing else about the UI.

use axum::body::Body;
use axum::http::header::{
    ACCEPT, ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE, ETAG,
    IF_NONE_MATCH, VARY,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::edge::GRAPHIQL_CSP;

#[derive(rust_embed::Embed)]
#[folder = "web/dist"]
struct Dist;

/// Paths that are never the app: the server's own routes, and the build's files (a stale hashed
/// name must get a 404, not HTML in place of a script).
const NOT_THE_APP: &[&str] = &["/graphql", "/graphiql", "/healthz", "/readyz", "/export", "/s/", "/assets/"];

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// `GET /graphiql`: the bundled GraphiQL page, with its own (slightly wider) content security policy.
pub async fn graphiql(method: Method, headers: HeaderMap) -> Response {
    let mut response = serve(&method, "graphiql.html", &headers).unwrap_or_else(not_found);
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        response.headers_mut().insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(GRAPHIQL_CSP));
    }
    response
}

/// Every path no route matched: a file of the build, the app's `index.html` for a client route,
/// or 404.
pub async fn fallback(method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::NOT_FOUND.into_response();
    }
    let path = uri.path();
    let file = path.trim_start_matches('/');
    // The pages are reached by their routes, not by file name.
    if !file.is_empty()
        && !file.ends_with(".html")
        && let Some(response) = serve(&method, file, &headers)
    {
        return response;
    }
    let own = NOT_THE_APP.iter().any(|prefix| path.starts_with(prefix));
    if !own
        && accepts_html(&headers)
        && let Some(response) = serve(&method, "index.html", &headers)
    {
        return response;
    }
    not_found()
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, [(CONTENT_TYPE, "text/plain; charset=utf-8")], "not found\n").into_response()
}

/// The embedded file `file` (or its precompressed twin), with cache and encoding headers; `None`
/// when the build has no such file.
fn serve(method: &Method, file: &str, headers: &HeaderMap) -> Option<Response> {
    let original = Dist::get(file)?;
    let hash = hex(&original.metadata.sha256_hash());
    let (encoding, body) = [("br", ".br"), ("gzip", ".gz")]
        .into_iter()
        .filter(|(name, _)| accepts_encoding(headers, name))
        .find_map(|(name, suffix)| Some((Some(name), Dist::get(&format!("{file}{suffix}"))?.data)))
        .unwrap_or((None, original.data));
    // Each encoding is a different representation, so it gets its own entity tag.
    let etag = format!("\"{hash}{}\"", encoding.map(|e| format!("-{e}")).unwrap_or_default());
    let cache = if file.starts_with("assets/") { IMMUTABLE } else { REVALIDATE };
    let compressible =
        Dist::get(&format!("{file}.gz")).is_some() || Dist::get(&format!("{file}.br")).is_some();
    let mut builder = Response::builder()
        .header(CONTENT_TYPE, content_type(file))
        .header(CACHE_CONTROL, cache)
        .header(ETAG, &etag);
    if compressible {
        builder = builder.header(VARY, "Accept-Encoding");
    }
    if let Some(encoding) = encoding {
        builder = builder.header(CONTENT_ENCODING, encoding);
    }
    let fresh = headers
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == etag || tag.trim() == "*"));
    let response = if fresh {
        builder.status(StatusCode::NOT_MODIFIED).body(Body::empty())
    } else if *method == Method::HEAD {
        builder.body(Body::empty())
    } else {
        builder.body(Body::from(body.into_owned()))
    };
    Some(response.expect("static headers are valid"))
}

/// Whether `Accept-Encoding` lists `name` (or `*`) without `q=0`.
fn accepts_encoding(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|entry| {
            let mut parts = entry.split(';').map(str::trim);
            let coding = parts.next()?;
            let q = parts
                .find_map(|p| p.strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((coding, q))
        })
        .any(|(coding, q)| (coding.eq_ignore_ascii_case(name) || coding == "*") && q > 0.0)
}

/// A browser navigating asks for `text/html`; scripts, images and API clients do not.
fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get_all(ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("text/html"))
}

fn content_type(file: &str) -> &'static str {
    match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json" | "map") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("ttf") => "font/ttf",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        Some("wasm") => "application/wasm",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(name: axum::http::HeaderName, value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn encodings_honour_q_zero_and_wildcards() {
        assert!(accepts_encoding(&with(ACCEPT_ENCODING, "gzip, deflate, br, zstd"), "br"));
        assert!(!accepts_encoding(&with(ACCEPT_ENCODING, "gzip, br;q=0"), "br"));
        assert!(accepts_encoding(&with(ACCEPT_ENCODING, "gzip, br;q=0"), "gzip"));
        assert!(accepts_encoding(&with(ACCEPT_ENCODING, "*"), "gzip"));
        assert!(!accepts_encoding(&HeaderMap::new(), "gzip"));
    }

    #[test]
    fn only_navigations_fall_back_to_the_app() {
        assert!(accepts_html(&with(ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")));
        assert!(!accepts_html(&with(ACCEPT, "application/json")));
        assert!(!accepts_html(&HeaderMap::new()));
    }
}
