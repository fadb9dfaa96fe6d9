//! Hostile inputs at the HTTP edge: forged cross-site requests (each content type, GET, the
//! WebSocket upgrade) with the session cookie refused and with a bearer token allowed; allowed
//! origins and the public URL from the environment; `X-Forwarded-For` believed only from trusted
//! proxies; security headers; extreme dates and NUL bytes (`BAD_USER_INPUT`, never a panic or
//! `INTERNAL`, on both backends); private file modes; no tokens in trace logs; the audit log.

mod child;
mod records;

use std::sync::Arc;

use ai_usage::app::{self, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::web::edge::EdgeSettings;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{TestApp, TestDb, test_engine_config};

/// The mutation forged requests try: it would leave a workspace named `pwned` behind.
const FORGED: &str = r#"mutation { createWorkspace(name: "pwned") { id } }"#;

/// The harness's app, with edge settings of the test's choosing.
pub(crate) async fn spawn_with_edge(backend: &str, edge: EdgeSettings) -> TestApp {
    ai_usage::telemetry::init();
    let test_db = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let settings = Settings {
        signup_mode: SignupMode::Open,
        keyring,
        engine: test_engine_config(),
        scheduler: None,
        edge: Arc::new(edge),
    };
    let app =
        app::start(test_db.db.clone(), "127.0.0.1:0".parse().unwrap(), settings).await.expect("start app");
    TestApp { app, test_db, http: reqwest::Client::new() }
}

pub(crate) fn code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code in {response}"))
}

/// `/graphql?query=…` with the document percent-encoded.
fn get_url(app: &TestApp, document: &str) -> String {
    let encoded: String = document
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect();
    app.url(&format!("/graphql?query={encoded}"))
}

fn cookie(token: &str) -> String {
    format!("ai_usage_session={token}")
}

/// Team workspaces named `pwned` the account can see.
async fn pwned(app: &TestApp, token: &str) -> usize {
    let list = app.gql_as(Some(token), "{ workspaces { name } }", json!({})).await;
    list["data"]["workspaces"].as_array().unwrap().iter().filter(|w| w["name"] == "pwned").count()
}

/// The ways a page on another site can make a browser send a mutation with the cookie.
fn forged_requests(app: &TestApp) -> Vec<(&'static str, reqwest::RequestBuilder)> {
    let url = app.url("/graphql");
    let json_body = json!({ "query": FORGED }).to_string();
    let form = format!(
        "query={}",
        FORGED.replace(' ', "+").replace('{', "%7B").replace('}', "%7D").replace('"', "%22")
    );
    let boundary = "edgeboundary";
    let multipart = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{json_body}\r\n--{boundary}\r\n\
         Content-Disposition: form-data; name=\"map\"\r\n\r\n{{}}\r\n--{boundary}--\r\n"
    );
    let http = &app.http;
    vec![
        (
            "json without Origin",
            http.post(&url).header("content-type", "application/json").body(json_body.clone()),
        ),
        (
            "json from another site",
            http.post(&url)
                .header("content-type", "application/json")
                .header("origin", "https://evil.example")
                .body(json_body.clone()),
        ),
        (
            "json from an opaque origin",
            http.post(&url)
                .header("content-type", "application/json")
                .header("origin", "null")
                .body(json_body.clone()),
        ),
        (
            "text/plain",
            http.post(&url)
                .header("content-type", "text/plain")
                .header("origin", "https://evil.example")
                .body(json_body.clone()),
        ),
        (
            "form-urlencoded",
            http.post(&url)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", "https://evil.example")
                .body(form),
        ),
        (
            "multipart",
            http.post(&url)
                .header("content-type", format!("multipart/form-data; boundary={boundary}"))
                .header("origin", "https://evil.example")
                .body(multipart),
        ),
        (
            "same host, other port",
            http.post(&url)
                .header("content-type", "application/json")
                .header("origin", "http://127.0.0.1:1")
                .body(json_body),
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cookie_authenticated_forgeries_are_refused_and_bearer_requests_are_not() {
    let app = TestApp::spawn("sqlite").await;
    let victim = app.sign_up("victim@example.com").await;
    for (case, request) in forged_requests(&app) {
        let response = request.header("cookie", cookie(&victim.token)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{case}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(code(&body), "FORBIDDEN", "{case}: {body}");
    }
    // A GET any <img> can make: refused before it runs.
    let get =
        app.http.get(get_url(&app, FORGED)).header("cookie", cookie(&victim.token)).send().await.unwrap();
    assert_eq!(get.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(get.headers()["allow"], "POST");
    let body: Value = get.json().await.unwrap();
    assert_eq!(code(&body), "METHOD_NOT_ALLOWED");
    assert_eq!(pwned(&app, &victim.token).await, 0, "a forged request ran");

    // The same requests with a bearer token cannot be forged by a browser: the edge lets them by.
    for (case, request) in forged_requests(&app) {
        let response = request.bearer_auth(&victim.token).send().await.unwrap();
        assert_ne!(response.status(), StatusCode::FORBIDDEN, "{case}");
    }
    // GET never runs a mutation, whoever sends it (GraphQL over HTTP: GET is safe).
    let get = app.http.get(get_url(&app, FORGED)).bearer_auth(&victim.token).send().await.unwrap();
    assert_eq!(get.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(pwned(&app, &victim.token).await >= 1, "the JSON bearer request ran");

    // A bearer header wins over a cookie sent alongside it.
    let both = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", cookie(&victim.token))
        .header("origin", "https://evil.example")
        .bearer_auth(&victim.token)
        .json(&json!({ "query": "{ me { email } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(both.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn same_origin_cookie_requests_and_cookie_queries_over_get_still_work() {
    let app = TestApp::spawn("sqlite").await;
    let user = app.sign_up("user@example.com").await;
    let same_origin = format!("http://{}", app.addr());
    let response = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", cookie(&user.token))
        .header("origin", &same_origin)
        .json(&json!({ "query": FORGED }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    assert!(body["data"]["createWorkspace"]["id"].is_string(), "{body}");
    // Reading over GET with the cookie is harmless (the answer is not readable cross-site).
    let get = app
        .http
        .get(get_url(&app, "{ me { email } }"))
        .header("cookie", cookie(&user.token))
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), StatusCode::OK);
    let body: Value = get.json().await.unwrap();
    assert_eq!(body["data"]["me"]["email"], "user@example.com", "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn websocket_upgrade_with_the_cookie_needs_a_good_origin() {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let app = TestApp::spawn("sqlite").await;
    let user = app.sign_up("ws@example.com").await;
    let url = format!("ws://{}/graphql/ws", app.addr());
    let request = |origin: &str, with_cookie: bool| {
        let mut request = url.as_str().into_client_request().unwrap();
        let headers = request.headers_mut();
        headers.insert("sec-websocket-protocol", "graphql-transport-ws".parse().unwrap());
        headers.insert("origin", origin.parse().unwrap());
        if with_cookie {
            headers.insert("cookie", cookie(&user.token).parse().unwrap());
        }
        request
    };
    match tokio_tungstenite::connect_async(request("https://evil.example", true)).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => assert_eq!(response.status(), 403),
        other => panic!(
            "a cross-site upgrade with the cookie was not refused: {:?}",
            other.map(|(_, r)| r.status())
        ),
    }
    let same_origin = format!("http://{}", app.addr());
    assert!(tokio_tungstenite::connect_async(request(&same_origin, true)).await.is_ok());
    // Without the cookie the socket authenticates by its connection_init payload only.
    assert!(tokio_tungstenite::connect_async(request("https://evil.example", false)).await.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_url_and_allowed_origins_are_honoured() {
    let edge =
        EdgeSettings::parse(Some("https://usage.example.com/"), Some("http://localhost:5173"), None).unwrap();
    let app = spawn_with_edge("sqlite", edge).await;
    let sign_up = app
        .http
        .post(app.url("/graphql"))
        .json(&json!({ "query": r#"mutation { signUp(email: "s@example.com", password: "correct horse battery") { token } }"# }))
        .send()
        .await
        .unwrap();
    let set_cookie = sign_up.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(set_cookie.contains("; Secure"), "{set_cookie}");
    let body: Value = sign_up.json().await.unwrap();
    let token = body["data"]["signUp"]["token"].as_str().unwrap().to_owned();
    for (origin, allowed) in [
        ("https://usage.example.com", true),
        ("http://localhost:5173", true),
        ("http://usage.example.com", false),
        ("http://localhost:5174", false),
    ] {
        let response = app
            .http
            .post(app.url("/graphql"))
            .header("cookie", cookie(&token))
            .header("origin", origin)
            .json(&json!({ "query": "mutation { logOut }" }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status() == StatusCode::OK, allowed, "{origin}: {}", response.status());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cookie_is_secure_only_behind_https() {
    async fn cookie_of(app: &TestApp, email: &str, proto: Option<&str>) -> String {
        let mut request = app.http.post(app.url("/graphql")).json(
            &json!({ "query": "mutation($e: String!) { signUp(email: $e, password: \"correct horse battery\") { token } }", "variables": { "e": email } }),
        );
        if let Some(proto) = proto {
            request = request.header("x-forwarded-proto", proto);
        }
        request.send().await.unwrap().headers()["set-cookie"].to_str().unwrap().to_owned()
    }
    let plain = TestApp::spawn("sqlite").await;
    assert!(!cookie_of(&plain, "a@example.com", None).await.contains("Secure"));
    // An untrusted peer's X-Forwarded-Proto is ignored.
    assert!(!cookie_of(&plain, "b@example.com", Some("https")).await.contains("Secure"));
    let proxied =
        spawn_with_edge("sqlite", EdgeSettings::parse(None, None, Some("127.0.0.1")).unwrap()).await;
    assert!(cookie_of(&proxied, "c@example.com", Some("https")).await.contains("; Secure"));
    assert!(!cookie_of(&proxied, "d@example.com", Some("http")).await.contains("Secure"));
}

/// Failed log-ins (distinct emails, so only the per-address limit can bite) sent with
/// `X-Forwarded-For: <address i>`; how many were rate limited.
async fn limited_log_ins(app: &TestApp, attempts: usize, address: impl Fn(usize) -> String) -> usize {
    let mut limited = 0;
    for i in 0..attempts {
        let response: Value = app
            .http
            .post(app.url("/graphql"))
            .header("x-forwarded-for", address(i))
            .json(&json!({
                "query": "mutation($e: String!) { logIn(email: $e, password: \"wrong password here\") { token } }",
                "variables": { "e": format!("nobody{i}@example.com") }
            }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        limited += usize::from(code(&response) == "RATE_LIMITED");
    }
    limited
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarded_for_is_believed_only_from_trusted_proxies() {
    // Untrusted peer: made-up X-Forwarded-For addresses do not escape the per-address limit.
    let direct = TestApp::spawn("sqlite").await;
    assert!(limited_log_ins(&direct, 30, |i| format!("198.51.100.{i}")).await > 0);
    // Behind a trusted proxy each forwarded address has its own budget ...
    let edge = EdgeSettings::parse(None, None, Some("127.0.0.0/8")).unwrap();
    let proxied = spawn_with_edge("sqlite", edge).await;
    assert_eq!(limited_log_ins(&proxied, 30, |i| format!("198.51.100.{i}")).await, 0);
    // ... and a client's own left-most entry does not count: the proxy appended the real one.
    assert!(limited_log_ins(&proxied, 30, |i| format!("203.0.113.{i}, 192.0.2.1")).await > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn html_pages_carry_security_headers() {
    let app = TestApp::spawn("sqlite").await;
    let page = app.http.get(app.url("/graphiql")).send().await.unwrap();
    let headers = page.headers();
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["x-frame-options"], "DENY");
    for path in ["/healthz", "/graphql"] {
        let response = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.headers()["x-content-type-options"], "nosniff", "{path}");
    }
}
