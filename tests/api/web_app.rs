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

const SAMPLE: &str = "mutation($w: ID!) { loadSampleData(workspaceId: $w) { id provider baseUrl } }";

/// Polls `check` every 200 ms until it returns `Some`, for at most 60 s.
async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let Some(found) = check().await {
            return found;
        }
        assert!(std::time::Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sample_data_reaches_its_own_fakes_only() {
    // The production egress policy: the vendors' own hosts, nothing on loopback.
    let engine = ai_usage::sync::EngineConfig {
        egress: ai_usage::providers::EgressPolicy::vendors_only(),
        requests_per_minute: std::num::NonZeroU32::new(60_000),
        history_days: Some(20),
        ..common::test_engine_config()
    };
    let app = TestApp::spawn_with_engine("sqlite", ai_usage::auth::SignupMode::Open, engine).await;
    assert_eq!(
        app.gql("{ setupRequired sampleDataEnabled }", json!({})).await["data"],
        json!({"setupRequired": true, "sampleDataEnabled": true})
    );
    let admin = app.sign_up("owner@example.com").await;
    assert_eq!(app.gql("{ setupRequired }", json!({})).await["data"]["setupRequired"], false);
    let w = admin.personal_workspace_id.to_string();

    let loaded = app.gql_as(Some(&admin.token), SAMPLE, json!({"w": w})).await;
    let integrations =
        loaded["data"]["loadSampleData"].as_array().unwrap_or_else(|| panic!("{loaded}")).clone();
    let providers: Vec<&str> = integrations.iter().map(|i| i["provider"].as_str().unwrap()).collect();
    assert_eq!(providers, ["CLAUDE_CODE", "COPILOT", "CURSOR"]);

    // The backfills reach the loopback fakes through their own allowance: every tool has people.
    let summary = "query($w: ID!, $p: [Provider!]) { usageSummary(workspaceId: $w, filter: {providers: $p}) { current { activeUsers } } }";
    for provider in ["CLAUDE_CODE", "COPILOT", "CURSOR"] {
        eventually(&format!("{provider} sample figures"), || async {
            let out = app.gql_as(Some(&admin.token), summary, json!({"w": w, "p": [provider]})).await;
            (out["data"]["usageSummary"]["current"]["activeUsers"].as_i64().unwrap_or(0) > 0).then_some(())
        })
        .await;
    }

    // A second load into the same (no longer empty) workspace is refused.
    let again = app.gql_as(Some(&admin.token), SAMPLE, json!({"w": w})).await;
    assert_eq!(again["errors"][0]["extensions"]["code"], "CONFLICT", "{again}");

    // A normal integration pointed at the very same fake is refused by the operator's policy.
    let team = app.create_workspace(&admin, "Real team").await;
    let fake_url = integrations[0]["baseUrl"].as_str().unwrap();
    assert!(fake_url.starts_with("http://127.0.0.1:"), "{fake_url}");
    let connect = "mutation($w: ID!, $i: ConnectIntegrationInput!) { connectIntegration(workspaceId: $w, input: $i) { id } }";
    let input = json!({"provider": "CLAUDE_CODE", "displayName": "Sneaky", "apiKey": "sk-ant-admin01-x", "baseUrl": fake_url});
    let refused = app.gql_as(Some(&admin.token), connect, json!({"w": team.to_string(), "i": input})).await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
    assert!(refused["errors"][0]["message"].as_str().unwrap().contains("127.0.0.1"), "{refused}");
    let listed = app
        .gql_as(
            Some(&admin.token),
            "query($w: ID!) { integrations(workspaceId: $w) { id } }",
            json!({"w": team.to_string()}),
        )
        .await;
    assert_eq!(listed["data"]["integrations"], json!([]), "nothing saved: {listed}");

    // A member may not load sample data.
    let member = app.sign_up("member@example.com").await;
    app.add_member(&admin, team, &member, "member@example.com", "MEMBER").await;
    let denied = app.gql_as(Some(&member.token), SAMPLE, json!({"w": team.to_string()})).await;
    assert_eq!(denied["errors"][0]["extensions"]["code"], "FORBIDDEN", "{denied}");

    // The loading is in the workspace's audit log.
    let log = app
        .gql_as(
            Some(&admin.token),
            "query($w: ID!) { auditLog(workspaceId: $w) { events { action } } }",
            json!({"w": w}),
        )
        .await;
    let actions: Vec<&str> = log["data"]["auditLog"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"loadSampleData"), "{actions:?}");
}

/// Two loads into one empty workspace at the same instant: one loads, the other is refused as
/// if it came second, and the workspace holds one set of sample integrations.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_sample_loads_at_once_load_once() {
    let engine = ai_usage::sync::EngineConfig {
        egress: ai_usage::providers::EgressPolicy::vendors_only(),
        history_days: Some(5),
        ..common::test_engine_config()
    };
    let app = TestApp::spawn_with_engine("sqlite", ai_usage::auth::SignupMode::Open, engine).await;
    let admin = app.sign_up("owner@example.com").await;
    let w = admin.personal_workspace_id.to_string();
    let load = || app.gql_as(Some(&admin.token), SAMPLE, json!({"w": w}));
    let (a, b) = tokio::join!(load(), load());
    let mut codes: Vec<&str> =
        [&a, &b].iter().map(|r| r["errors"][0]["extensions"]["code"].as_str().unwrap_or("loaded")).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["CONFLICT", "loaded"], "{a} {b}");
    let listed = app
        .gql_as(
            Some(&admin.token),
            "query($w: ID!) { integrations(workspaceId: $w) { id } }",
            json!({"w": w}),
        )
        .await;
    assert_eq!(listed["data"]["integrations"].as_array().map(Vec::len), Some(3), "{listed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sample_data_can_be_turned_off() {
    let engine = ai_usage::sync::EngineConfig { sample_data: false, ..common::test_engine_config() };
    let app = TestApp::spawn_with_engine("sqlite", ai_usage::auth::SignupMode::Open, engine).await;
    let admin = app.sign_up("owner@example.com").await;
    assert_eq!(app.gql("{ sampleDataEnabled }", json!({})).await["data"]["sampleDataEnabled"], false);
    let refused =
        app.gql_as(Some(&admin.token), SAMPLE, json!({"w": admin.personal_workspace_id.to_string()})).await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "FORBIDDEN", "{refused}");
    let listed = app
        .gql_as(
            Some(&admin.token),
            "query($w: ID!) { integrations(workspaceId: $w) { id } }",
            json!({"w": admin.personal_workspace_id.to_string()}),
        )
        .await;
    assert_eq!(listed["data"]["integrations"], json!([]));
}
