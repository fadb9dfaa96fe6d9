//! The web app as the binary serves it (`src/web/assets.rs`): files of the committed build with
//! their cache headers, precompressed encodings, and client routes falling back to index.html.
//! What the pages do is the browser test's (`tests/browser.rs`).

mod common;

use common::TestApp;
use reqwest::header::{ACCEPT, ACCEPT_ENCODING};

/// The name of the app's entry script, as `web/dist/index.html` links it.
fn entry_script() -> String {
    let index = include_str!("../web/dist/index.html");
    let start = index.find("/assets/app-").expect("index.html links the app script");
    let end = start + index[start..].find('"').unwrap();
    index[start..end].to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_is_served_with_cache_headers_and_encodings() {
    let app = TestApp::spawn("sqlite").await;
    let get = |path: &str, accept: &str, encoding: &str| {
        let mut request = app.http.get(app.url(path)).header(ACCEPT, accept);
        if !encoding.is_empty() {
            request = request.header(ACCEPT_ENCODING, encoding);
        }
        request.send()
    };

    let index = get("/", "text/html", "").await.unwrap();
    assert_eq!(index.status(), 200);
    assert_eq!(index.headers()["cache-control"], "no-cache");
    let csp = index.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    assert!(!csp.contains("unsafe-inline") && !csp.contains("https:"), "{csp}");
    let etag = index.headers()["etag"].clone();
    let html = index.text().await.unwrap();
    assert!(html.contains("<div id=\"app\">"), "{html}");

    // Revalidation: the same ETag is a 304 without a body.
    let again = app.http.get(app.url("/")).header(ACCEPT, "text/html").header("if-none-match", etag);
    assert_eq!(again.send().await.unwrap().status(), 304);

    // A client route is the app's page; the server's own paths and missing files are not.
    for route in ["/login", "/w/3/members", "/invite"] {
        let page = get(route, "text/html,*/*;q=0.8", "").await.unwrap();
        assert_eq!(page.status(), 200, "{route}");
        assert_eq!(page.text().await.unwrap(), html, "{route}");
    }
    for path in ["/graphql/nope", "/healthz/x", "/export/x", "/s/abc", "/assets/app-gone.js"] {
        assert_eq!(get(path, "text/html", "").await.unwrap().status(), 404, "{path}");
    }
    assert_eq!(get("/login", "application/json", "").await.unwrap().status(), 404, "not a navigation");

    // Hashed files: cached for good, brotli when accepted, else gzip, else as built.
    let script = entry_script();
    let br = get(&script, "*/*", "gzip, deflate, br").await.unwrap();
    assert_eq!(br.status(), 200);
    assert_eq!(br.headers()["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(br.headers()["content-encoding"], "br");
    assert_eq!(br.headers()["vary"], "Accept-Encoding");
    assert_eq!(br.headers()["content-type"], "text/javascript; charset=utf-8");
    let gz = get(&script, "*/*", "gzip, br;q=0").await.unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    let plain = get(&script, "*/*", "identity").await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "Accept-Encoding");
    let body = plain.bytes().await.unwrap();
    let built = std::fs::read(format!("{}/web/dist{script}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert_eq!(body.as_ref(), built.as_slice());

    // GraphiQL has its own page and policy (its editor adds <style> elements), still no CDN.
    let graphiql = get("/graphiql", "text/html", "").await.unwrap();
    assert_eq!(graphiql.status(), 200);
    let csp = graphiql.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self';") && !csp.contains("unpkg"), "{csp}");
}
