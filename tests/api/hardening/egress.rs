//! Hostile vendor URLs (issue #10): SSRF through `baseUrl`, Copilot download links that point
//! inward, redirects that would carry the key to another host, and vendor bodies that echo the
//! key back. The allowed hosts are set to the fakes' own `127.0.0.1:<port>`.

mod downloads;
mod kill;
mod leases;

use std::time::Duration;

use ai_usage::auth::SignupMode;
use ai_usage::domain::Provider;
use ai_usage::providers::EgressPolicy;
use ai_usage::sync::EngineConfig;
use serde_json::{Value, json};

use crate::common::{Account, TestApp, test_engine_config};
use crate::fake_vendor::{FakeVendor, Reply};
use crate::sync_support::{GOOD_KEY, PATH, days_ago};

const CONNECT: &str = "mutation($w: ID!, $u: String, $k: String!) { connectIntegration(workspaceId: $w, \
    input: {provider: CLAUDE_CODE, displayName: \"Claude\", apiKey: $k, baseUrl: $u}) { id } }";
const EMPTY_PAGE: &str = r#"{"data": [], "has_more": false, "next_page": null}"#;

/// The app with only `entries` (besides the vendors' own hosts) allowed.
async fn app_allowing(backend: &str, entries: &[&str]) -> TestApp {
    let egress = EgressPolicy::allowing(entries).expect("allowed hosts parse");
    let engine = EngineConfig { egress, ..test_engine_config() };
    TestApp::spawn_with_engine(backend, SignupMode::Open, engine).await
}

/// A fake Anthropic API that answers every report request with an empty page.
async fn empty_claude() -> FakeVendor {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::json(EMPTY_PAGE));
    fake
}

fn port(fake: &FakeVendor) -> u16 {
    fake.base_url.rsplit(':').next().and_then(|p| p.parse().ok()).expect("fake port")
}

async fn connect(app: &TestApp, who: &Account, base_url: &str, key: &str) -> Value {
    let vars = json!({ "w": who.personal_workspace_id.to_string(), "u": base_url, "k": key });
    app.gql_as(Some(&who.token), CONNECT, vars).await
}

fn code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"].as_str().unwrap_or("")
}

async fn integration_count(app: &TestApp, who: &Account) -> usize {
    let vars = json!({ "w": who.personal_workspace_id.to_string() });
    let r =
        app.gql_as(Some(&who.token), "query($w: ID!) { integrations(workspaceId: $w) { id } }", vars).await;
    r["data"]["integrations"].as_array().unwrap_or_else(|| panic!("{r}")).len()
}

async fn connect_refuses_every_host_that_is_not_allowed(backend: &str) {
    let allowed = empty_claude().await;
    let other = empty_claude().await; // listening, but not listed: must never be called
    let (p, o) = (port(&allowed), port(&other));
    let app = app_allowing(backend, &[&format!("127.0.0.1:{p}")]).await;
    let mallory = app.sign_up("mallory@example.com").await;

    let hostile = [
        format!("http://127.0.0.1:{o}"),              // another port of the listed host
        format!("http://localhost:{p}"),              // a name for loopback
        format!("http://[::1]:{p}"),                  // IPv6 loopback
        format!("http://[::ffff:127.0.0.1]:{o}"),     // IPv4-mapped IPv6
        format!("http://2130706433:{o}"),             // 127.0.0.1 as one number
        format!("http://evil.example@127.0.0.1:{p}"), // userinfo before a listed host
        format!("http://127.0.0.1:{p}@evil.example"), // userinfo hiding the real host
        format!("http://127.0.0.1:{p}/internal#"),    // the issue's path-and-fragment trick
        "https://api.anthropic.com@evil.example".into(),
        "https://api.anthropic.com.evil.example".into(), // suffix
        "https://api.anthropic.com.".into(),             // trailing dot
        "https://API.ANTHROPIC.COM:8443".into(),         // another port of the vendor host
        "http://api.anthropic.com".into(),               // the vendor host without TLS
        "https://api.github.com".into(),                 // another vendor's host
        "http://169.254.169.254/latest/meta-data#".into(),
        "http://10.0.0.1".into(),
    ];
    for url in &hostile {
        let r = connect(&app, &mallory, url, GOOD_KEY).await;
        assert_eq!(code(&r), "FORBIDDEN", "{url}: {r}");
        assert!(r["data"].is_null() || r["data"]["connectIntegration"].is_null(), "{url}: {r}");
    }
    assert_eq!(integration_count(&app, &mallory).await, 0, "nothing stored");
    assert!(allowed.requests().is_empty(), "refused URLs are never called: {:?}", allowed.requests());
    assert!(other.requests().is_empty(), "{:?}", other.requests());

    // The listed host itself is fine.
    let r = connect(&app, &mallory, &allowed.base_url, GOOD_KEY).await;
    assert!(r["errors"].is_null(), "{r}");
    assert_eq!(integration_count(&app, &mallory).await, 1);
}

async fn a_stored_integration_whose_host_is_no_longer_allowed_cannot_sync(backend: &str) {
    let fake = empty_claude().await;
    let first = app_allowing(backend, &[&format!("127.0.0.1:{}", port(&fake))]).await;
    let owner = first.sign_up("owner@example.com").await;
    let id =
        first.connect(&owner, owner.personal_workspace_id, Provider::ClaudeCode, &fake).await.to_string();
    wait_until_idle(&first, &owner, &id).await;
    // The operator removes the host from the list: a replica (or restart) without it.
    let keyring = first.app.state.schema.data::<std::sync::Arc<ai_usage::crypto::KeyRing>>().unwrap().clone();
    let settings = ai_usage::app::Settings {
        signup_mode: SignupMode::Open,
        keyring,
        engine: test_engine_config_allowing(&[]),
        scheduler: None,
        edge: Default::default(),
    };
    let db = ai_usage::storage::Db::connect(&first.test_db.url).await.unwrap();
    let second = ai_usage::app::start(db, "127.0.0.1:0".parse().unwrap(), settings).await.unwrap();
    let calls_before = fake.requests().len();
    let gql = |query: &'static str, vars: Value| {
        let (http, url, token) =
            (first.http.clone(), format!("http://{}/graphql", second.addr), owner.token.clone());
        async move {
            let body = json!({ "query": query, "variables": vars });
            http.post(url).bearer_auth(token).json(&body).send().await.unwrap().json::<Value>().await.unwrap()
        }
    };
    let r = gql("mutation($i: ID!) { syncIntegration(id: $i) { id } }", json!({ "i": id })).await;
    assert_eq!(code(&r), "FORBIDDEN", "{r}");
    let r = gql(
        "mutation($i: ID!, $k: String!) { updateIntegration(id: $i, input: {apiKey: $k}) { id } }",
        json!({ "i": id, "k": "sk-ant-admin01-another-key-000000000" }),
    )
    .await;
    assert_eq!(code(&r), "FORBIDDEN", "{r}");
    assert_eq!(fake.requests().len(), calls_before, "no request reaches the host");
    second.stop().await.unwrap();
}

fn test_engine_config_allowing(entries: &[&str]) -> EngineConfig {
    EngineConfig { egress: EgressPolicy::allowing(entries).unwrap(), ..test_engine_config() }
}

/// Waits until the integration has no running run (its backfill is done).
async fn wait_until_idle(app: &TestApp, who: &Account, id: &str) -> Vec<Value> {
    let query = "query($i: ID!) { syncRuns(integrationId: $i) { id status error daysDone } }";
    for _ in 0..200 {
        let r = app.gql_as(Some(&who.token), query, json!({ "i": id })).await;
        let runs = r["data"]["syncRuns"].as_array().unwrap_or_else(|| panic!("{r}")).clone();
        if !runs.is_empty() && runs.iter().all(|run| run["status"] != "RUNNING") {
            return runs;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the integration's runs did not finish");
}

async fn a_redirect_to_another_host_never_carries_the_key(backend: &str) {
    let (vendor, elsewhere) = (FakeVendor::start().await, empty_claude().await);
    vendor.on(PATH, Reply::status(302, "").header("location", &format!("{}{PATH}", elsewhere.base_url)));
    // Both listed: even an allowed host is not another host's credential holder.
    let app = app_allowing(
        backend,
        &[&format!("127.0.0.1:{}", port(&vendor)), &format!("127.0.0.1:{}", port(&elsewhere))],
    )
    .await;
    let owner = app.sign_up("owner@example.com").await;
    let r = connect(&app, &owner, &vendor.base_url, GOOD_KEY).await;
    assert_eq!(code(&r), "FORBIDDEN", "{r}");
    assert!(elsewhere.requests().is_empty(), "the second host got {:?}", elsewhere.requests());
    assert_eq!(integration_count(&app, &owner).await, 0);

    // A redirect within the same origin is followed (with the key, which stays there).
    let moved = FakeVendor::start().await;
    moved.on(PATH, Reply::status(307, "").header("location", "/moved"));
    moved.on("/moved", Reply::json(EMPTY_PAGE));
    let app = app_allowing(backend, &[&format!("127.0.0.1:{}", port(&moved))]).await;
    let owner = app.sign_up("owner@example.com").await;
    let r = connect(&app, &owner, &moved.base_url, GOOD_KEY).await;
    assert!(r["errors"].is_null(), "{r}");
    assert_eq!(moved.requests_to("/moved")[0].header("x-api-key"), Some(GOOD_KEY));
}

/// Checks an error text a viewer may read.
fn assert_sanitised(text: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!text.contains(secret), "a secret is readable: {text}");
    }
    assert!(!text.chars().any(char::is_control), "control characters: {text:?}");
    assert!(text.chars().count() <= 600, "{} characters: {text}", text.chars().count());
}

async fn a_key_echoed_by_the_vendor_is_redacted_and_bodies_are_bounded(backend: &str) {
    let fake = FakeVendor::start().await;
    let other_token = "ghp_0123456789abcdefghijABCDEFGHIJ0123";
    let echo = |status: &str| {
        let message =
            format!("{status}: bad key {GOOD_KEY} (and {other_token})\u{1b}[2J\r\n{}", "A".repeat(5000));
        json!({"type": "error", "error": {"type": "api_error", "message": message}}).to_string()
    };
    fake.once(PATH, Reply::status(401, echo("401")));
    let app = app_allowing(backend, &[&format!("127.0.0.1:{}", port(&fake))]).await;
    let owner = app.sign_up("owner@example.com").await;
    let r = connect(&app, &owner, &fake.base_url, GOOD_KEY).await;
    assert_eq!(code(&r), "INVALID_CREDENTIALS", "{r}");
    assert_sanitised(r["errors"][0]["message"].as_str().unwrap(), &[GOOD_KEY, other_token]);

    // Connected, then a 500 echoing the key lands in `syncRuns.error`.
    fake.on(PATH, Reply::json(EMPTY_PAGE));
    let id = app.connect(&owner, owner.personal_workspace_id, Provider::ClaudeCode, &fake).await.to_string();
    wait_until_idle(&app, &owner, &id).await;
    fake.on(PATH, Reply::status(500, echo("500")));
    let day = days_ago(1).to_string();
    let vars = json!({ "i": id, "d": day });
    let r = app
        .gql_as(
            Some(&owner.token),
            "mutation($i: ID!, $d: NaiveDate!) { syncIntegration(id: $i, from: $d, to: $d) { id } }",
            vars,
        )
        .await;
    assert!(r["errors"].is_null(), "{r}");
    let runs = wait_until_idle(&app, &owner, &id).await;
    let error = runs[0]["error"].as_str().unwrap_or_else(|| panic!("{runs:?}"));
    assert!(error.contains("500"), "{error}");
    assert_sanitised(error, &[GOOD_KEY, other_token]);
}

on_both_backends!(
    connect_refuses_every_host_that_is_not_allowed,
    a_stored_integration_whose_host_is_no_longer_allowed_cannot_sync,
    a_redirect_to_another_host_never_carries_the_key,
    a_key_echoed_by_the_vendor_is_redacted_and_bodies_are_bounded,
);
