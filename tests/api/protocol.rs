//! The standards as their own tools check them: GraphQL over HTTP (README's table, and the
//! `graphql-http` audit), graphql-js's standard introspection query, the close codes of both
//! WebSocket subprotocols, and a SIGTERM that gives every open socket its 1001.

use crate::common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::TestApp;
use common::ws::GqlSocket;
use serde_json::{Value, json};

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

async fn post(
    app: &TestApp,
    content_type: Option<&str>,
    accept: Option<&str>,
    body: &str,
) -> reqwest::Response {
    let mut request = app.http.post(app.url("/graphql")).body(body.to_owned());
    if let Some(ct) = content_type {
        request = request.header("content-type", ct);
    }
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    request.send().await.unwrap()
}

/// Status, content type and JSON body of an answer.
async fn answer(response: reqwest::Response) -> (u16, String, Value) {
    let status = response.status().as_u16();
    let content_type =
        response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text:?}"));
    (status, content_type, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_follows_the_readme_table() {
    let app = TestApp::spawn("sqlite").await;
    let json_ct = Some("application/json");
    let health = r#"{"query":"{ health }"}"#;

    // Content types other than application/json are refused before anything runs.
    for ct in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        Some("multipart/form-data; boundary=x"),
        Some("application/json; charset=latin1"),
    ] {
        let (status, _, body) = answer(post(&app, ct, None, health).await).await;
        assert_eq!(status, 415, "{ct:?}: {body}");
        assert_eq!(body["errors"][0]["extensions"]["code"], "UNSUPPORTED_MEDIA_TYPE");
    }
    // Unreadable bodies: 400 with a GraphQL error body, no Rust debug text.
    for bad in [
        "",
        "   ",
        "{",
        "[{\"query\":\"{ health }\"}]",
        "{\"query\": 5}",
        "{\"variables\": {}}",
        "{\"query\":\"{ health }\",\"variables\":\"x\"}",
    ] {
        let (status, ct, body) = answer(post(&app, json_ct, None, bad).await).await;
        assert_eq!(status, 400, "{bad:?}: {body}");
        assert_eq!(ct, "application/json");
        let message = body["errors"][0]["message"].as_str().unwrap();
        assert!(!message.contains("InvalidRequest") && !message.contains("Error("), "{message}");
    }
    // Accept decides the media type; a successful query is 200 either way.
    for (accept, expected) in [
        (None, "application/json"),
        (Some("*/*"), "application/json"),
        (Some("application/json"), "application/json"),
        (Some(GRAPHQL_RESPONSE), GRAPHQL_RESPONSE),
        (Some("application/graphql-response+json, application/json;q=0.9"), GRAPHQL_RESPONSE),
    ] {
        let (status, ct, body) = answer(post(&app, json_ct, accept, health).await).await;
        assert_eq!((status, ct.as_str()), (200, expected), "{accept:?}: {body}");
        assert_eq!(body["data"]["health"], "ok");
    }
    let (status, _, _) = answer(post(&app, json_ct, Some("text/html"), health).await).await;
    assert_eq!(status, 406);

    // Request errors: 400 without `data` under graphql-response+json, 200 under application/json.
    for doc in ["{ health", "{ noSuchField }", "query($x: Int!) { health }"] {
        let body = json!({ "query": doc }).to_string();
        let (status, _, strict) = answer(post(&app, json_ct, Some(GRAPHQL_RESPONSE), &body).await).await;
        assert_eq!(status, 400, "{doc}: {strict}");
        assert!(strict.get("data").is_none(), "{doc}: {strict}");
        let (status, _, legacy) = answer(post(&app, json_ct, Some("application/json"), &body).await).await;
        assert_eq!(status, 200, "{doc}: {legacy}");
        assert!(legacy["errors"].is_array());
    }
    // A syntax error reads as a sentence with its position, not a parser dump.
    let body = json!({ "query": "{ health" }).to_string();
    let (_, _, syntax) = answer(post(&app, json_ct, None, &body).await).await;
    let message = syntax["errors"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("Syntax error at line 1, column 9: expected"), "{message}");
    assert!(!message.contains("-->") && !message.contains('\n'), "{message}");
    assert_eq!(syntax["errors"][0]["extensions"]["code"], "GRAPHQL_PARSE_FAILED");

    // Execution started: 200 even under graphql-response+json, with the refusal's code.
    let body = json!({ "query": "{ me { email } }" }).to_string();
    let (status, _, refused) = answer(post(&app, json_ct, Some(GRAPHQL_RESPONSE), &body).await).await;
    assert_eq!(status, 200, "{refused}");
    assert_eq!(refused["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");

    // GET runs queries; a mutation over GET is 405 with Allow: POST and does not run.
    let get_url = |query: &str| {
        format!("{}?{}", app.url("/graphql"), serde_urlencoded::to_string([("query", query)]).unwrap())
    };
    let get = |query: &str| app.http.get(get_url(query)).send();
    let (status, _, body) = answer(get("{ health }").await.unwrap()).await;
    assert_eq!((status, body["data"]["health"].clone()), (200, json!("ok")));
    let response = get("mutation { logOut }").await.unwrap();
    assert_eq!(response.headers()["allow"], "POST");
    let (status, _, body) = answer(response).await;
    assert_eq!(status, 405, "{body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "METHOD_NOT_ALLOWED");
    let signed_up = app
        .http
        .get(get_url(r#"mutation { signUp(email: "get@x.io", password: "long enough pw 1") { token } }"#))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_up.status(), 405);
    let log_in = app
        .gql("mutation { logIn(email: \"get@x.io\", password: \"long enough pw 1\") { token } }", json!({}))
        .await;
    assert!(log_in["errors"].is_array(), "the GET mutation ran: {log_in}");
    let (status, _, body) = answer(get("{").await.unwrap()).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_date_that_cannot_be_read_names_the_format() {
    let app = TestApp::spawn("sqlite").await;
    let account = app.sign_up("dates@x.io").await;
    let query = "query($w: ID!, $r: DateRange) { usageSummary(workspaceId: $w, range: $r) { current { activeDays } } }";
    let answer = app
        .gql_as(
            Some(&account.token),
            query,
            json!({ "w": account.personal_workspace_id.to_string(), "r": { "from": "12/01/2026" } }),
        )
        .await;
    let error = &answer["errors"][0];
    assert!(error["message"].as_str().unwrap().contains("YYYY-MM-DD"), "{answer}");
    assert_eq!(error["extensions"]["code"], "BAD_USER_INPUT", "{answer}");
}

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// `tests/js` with its locked dependencies installed; `None` (the test says it skipped) without
/// Node.js, except under CI where that is a failure.
fn reference_clients() -> Option<std::path::PathBuf> {
    if !node_available() {
        assert!(std::env::var_os("CI").is_none(), "CI needs Node.js for the reference-client checks");
        eprintln!("SKIPPED: Node.js is not installed (apt-get install nodejs npm)");
        return None;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js");
    common::install_js_dependencies(&dir);
    Some(dir)
}

async fn node(script: &Path, args: &[String]) -> Value {
    let output = tokio::process::Command::new("node").arg(script).args(args).kill_on_drop(true).output();
    let output = tokio::time::timeout(Duration::from_secs(120), output).await.expect("node hung").unwrap();
    assert!(output.status.success(), "{}: {}", script.display(), String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_graphql_http_audit_passes_every_must_and_should() {
    let Some(dir) = reference_clients() else { return };
    let app = TestApp::spawn("sqlite").await;
    let results = node(&dir.join("audit.mjs"), &[app.url("/graphql")]).await;
    let results = results.as_array().unwrap();
    assert!(results.len() >= 50, "the audit ran only {} checks", results.len());
    let not_ok: Vec<&Value> = results.iter().filter(|r| r["status"] != "ok").collect();
    // MUST failures are "error", SHOULD "warn"; the MAY items ("notice") we follow too.
    assert!(not_ok.is_empty(), "audit findings: {}", serde_json::to_string_pretty(&not_ok).unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_standard_introspection_query_returns_the_checked_in_schema() {
    let Some(dir) = reference_clients() else { return };
    let app = TestApp::spawn("sqlite").await;
    let sdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.graphql");
    let result = node(&dir.join("introspect.mjs"), &[app.url("/graphql"), sdl.display().to_string()]).await;
    assert!(result.get("errors").is_none(), "introspection refused: {result}");
    assert!(result["equal"] == true, "served schema differs from schema.graphql");
}

const PROGRESS: &str = "subscription($w: ID!) { syncProgress(workspaceId: $w) { runId } }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_close_codes_follow_each_protocol() {
    let app = TestApp::spawn("sqlite").await;
    let account = app.sign_up("ws@x.io").await;
    let workspace = account.personal_workspace_id.to_string();
    for protocol in ["graphql-transport-ws", "graphql-ws"] {
        // A subscribe before the connection is acknowledged.
        let mut early = GqlSocket::open(app.addr(), protocol).await;
        early.subscribe("1", PROGRESS, json!({ "w": workspace })).await;
        assert_eq!(early.closed().await.code, 4401, "{protocol}");

        // Not a protocol message.
        let mut garbage = GqlSocket::open(app.addr(), protocol).await;
        garbage.send_text("this is not json").await;
        assert_eq!(garbage.closed().await.code, 4400, "{protocol}");

        // A message over the size limit.
        let mut huge = GqlSocket::open(app.addr(), protocol).await;
        huge.send_text(&format!("{{\"type\":\"ping\",\"payload\":\"{}\"}}", "x".repeat(300 * 1024))).await;
        assert_eq!(huge.closed().await.code, 1009, "{protocol}");

        // A bad token or none: a proper close, never a dropped connection (legacy clients read
        // `connection_error` first).
        for payload in [json!({ "authorization": "Bearer aiu_not-a-token" }), json!({})] {
            let mut refused = GqlSocket::open(app.addr(), protocol).await;
            refused.send(json!({ "type": "connection_init", "payload": payload })).await;
            if protocol == "graphql-ws" {
                assert_eq!(refused.next().await.unwrap()["type"], "connection_error");
            }
            assert_eq!(refused.closed().await.code, 4403, "{protocol}");
        }
    }

    // graphql-transport-ws: an id already running closes 4409.
    let mut socket =
        GqlSocket::connect(app.addr(), "graphql-transport-ws", Some(&account.token)).await.unwrap();
    socket.subscribe("same", PROGRESS, json!({ "w": workspace })).await;
    socket.subscribe("same", PROGRESS, json!({ "w": workspace })).await;
    let closed = socket.closed().await;
    assert_eq!(closed.code, 4409, "{closed:?}");
    assert!(closed.reason.contains("same"), "{closed:?}");

    // graphql-transport-ws: an operation refused before it ran is an `error`, with no `complete`;
    // the id may then be used again.
    let mut socket =
        GqlSocket::connect(app.addr(), "graphql-transport-ws", Some(&account.token)).await.unwrap();
    socket.subscribe("v", "subscription { noSuchField }", json!({})).await;
    let message = socket.next().await.unwrap();
    assert_eq!(message["type"], "error", "{message}");
    assert_eq!(message["id"], "v");
    assert!(message["payload"][0]["message"].as_str().unwrap().contains("noSuchField"), "{message}");
    socket.subscribe("v", PROGRESS, json!({ "w": workspace })).await;
    let silent = socket.next_within(Duration::from_millis(300)).await;
    assert!(silent.is_none(), "a `complete` or close followed the error: {silent:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_closes_every_open_socket_with_1001() {
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .arg("serve")
        .env_remove("DATABASE_URL")
        .env("AI_USAGE_DATA_DIR", data.path())
        .env("AI_USAGE_LISTEN", addr.to_string())
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let http = reqwest::Client::new();
    let sign_up = json!({ "query": r#"mutation { signUp(email: "term@x.io", password: "long enough pw 1") { token } }"# });
    let token = loop {
        if let Ok(response) = http.post(format!("http://{addr}/graphql")).json(&sign_up).send().await {
            let body: Value = response.json().await.unwrap();
            break body["data"]["signUp"]["token"].as_str().unwrap_or_else(|| panic!("{body}")).to_owned();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let me: Value = http
        .post(format!("http://{addr}/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "{ workspaces { id } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let workspace = me["data"]["workspaces"][0]["id"].as_str().unwrap().to_owned();
    let mut sockets = Vec::new();
    for i in 0..200 {
        let protocol = if i % 2 == 0 { "graphql-transport-ws" } else { "graphql-ws" };
        let mut socket = GqlSocket::connect(addr, protocol, Some(&token)).await.unwrap();
        socket.subscribe("1", PROGRESS, json!({ "w": workspace })).await;
        sockets.push(socket);
    }
    // SIGTERM, as systemd, docker and Kubernetes stop a service.
    let pid = server.id().unwrap();
    assert!(Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap().success());
    let mut codes = std::collections::BTreeMap::<u16, usize>::new();
    for mut socket in sockets {
        *codes.entry(socket.closed().await.code).or_default() += 1;
    }
    assert_eq!(codes, [(1001, 200)].into_iter().collect(), "close codes after SIGTERM");
    let status = tokio::time::timeout(Duration::from_secs(30), server.wait()).await.unwrap().unwrap();
    assert!(status.success(), "{status:?}");
}
