//! The web app as the binary serves it (`src/web/assets.rs`): files of the committed build with
//! their cache headers, precompressed encodings, and client routes falling back to index.html; and
//! the session cookie authenticating its WebSocket (the cookie is HttpOnly: the page cannot put
//! the token into `connection_init`). What the pages do is the browser test's (`tests/browser.rs`).

use crate::common;

use common::TestApp;
use futures_util::{SinkExt, StreamExt};
use reqwest::header::{ACCEPT, ACCEPT_ENCODING};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// The name of the app's entry script, as `web/dist/index.html` links it.
fn entry_script() -> String {
    let index = include_str!("../../web/dist/index.html");
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

/// Opens `/graphql/ws` with the cookie (from the service's own origin), sends `connection_init`
/// without a token and returns the first answer: the ack, or the close code.
async fn init_with_cookie(app: &TestApp, token: &str) -> Result<Value, u16> {
    let mut request = format!("ws://{}/graphql/ws", app.addr()).into_client_request().unwrap();
    let headers = request.headers_mut();
    headers.insert("sec-websocket-protocol", "graphql-transport-ws".parse().unwrap());
    headers.insert("origin", format!("http://{}", app.addr()).parse().unwrap());
    headers.insert("cookie", format!("{}={token}", ai_usage::auth::caller::SESSION_COOKIE).parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("handshake");
    let init = json!({ "type": "connection_init", "payload": {} }).to_string();
    socket.send(Message::Text(init.into())).await.unwrap();
    let answer = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next()).await;
    match answer.expect("an answer within 10 s").expect("a frame").expect("a message") {
        Message::Text(text) => Ok(serde_json::from_str(&text).unwrap()),
        Message::Close(Some(frame)) => Err(frame.code.into()),
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_session_cookie_authenticates_the_websocket() {
    let app = TestApp::spawn("sqlite").await;
    let user = app.sign_up("page@example.com").await;
    let ack = init_with_cookie(&app, &user.token).await.expect("acknowledged");
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    assert_eq!(init_with_cookie(&app, "aiu_not-a-session").await, Err(4403));
    // A logged-out session opens nothing.
    let out = app.gql_as(Some(&user.token), "mutation { logOut }", json!({})).await;
    assert_eq!(out["data"]["logOut"], true, "{out}");
    assert_eq!(init_with_cookie(&app, &user.token).await, Err(4403));
}
