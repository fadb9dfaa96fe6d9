//! The harness itself: the fake vendor ranks its scripted keys as documented, and
//! `TestApp::connect` connects each tool to a fake through the real API with the provider's
//! test key (Copilot for the test organization).

use ai_usage::domain::{Provider, ScopeKind};
use ai_usage::storage::integrations;
use serde_json::json;

use crate::common::TestApp;
use crate::common::connect::COPILOT_ORG;
use crate::fake_vendor::{FakeVendor, Reply, fixture, test_key};
use crate::sync_support::{ClaudeFake, DayScript, GOOD_KEY, PATH, days_ago, row};

/// The body of a GET to `path_and_query` on `fake`.
async fn get(fake: &FakeVendor, path_and_query: &str, key: Option<&str>) -> (u16, String) {
    let mut request = reqwest::Client::new().get(format!("{}{path_and_query}", fake.base_url));
    if let Some(key) = key {
        request = request.header("x-api-key", key);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn fake_vendor_answers_exact_query_then_parameter_then_path() {
    let fake = FakeVendor::start().await;
    fake.on("/r", Reply::json("path"));
    fake.on_param("/r", "day", "2", Reply::json("param"));
    fake.on("/r?day=2&page=9", Reply::json("exact"));
    fake.once("/r", Reply::json("once"));

    assert_eq!(get(&fake, "/r?day=2&page=9", None).await, (200, "exact".into()));
    assert_eq!(get(&fake, "/r?page=1&day=2", None).await, (200, "param".into()));
    assert_eq!(get(&fake, "/r?day=3", None).await, (200, "once".into()));
    assert_eq!(get(&fake, "/r?day=3", None).await, (200, "path".into()));
    assert_eq!(get(&fake, "/elsewhere", None).await.0, 404);
    assert_eq!(fake.requests_to("/r").len(), 4);
}

#[tokio::test]
async fn a_computed_reply_answers_from_the_request_after_one_shot_replies() {
    let fake = FakeVendor::start().await;
    fake.on("/c", Reply::json("replaced"));
    fake.on_computed("/c", |request| Reply::json(format!("n={}", request.query("n").unwrap_or("-"))));
    fake.once("/c", Reply::status(500, "once"));

    assert_eq!(get(&fake, "/c?n=1", None).await, (500, "once".into()));
    assert_eq!(get(&fake, "/c?n=2", None).await, (200, "n=2".into()));
    assert_eq!(get(&fake, "/c", None).await, (200, "n=-".into()));
}

#[tokio::test]
async fn a_required_header_refuses_before_any_script_and_is_recorded() {
    let fake = FakeVendor::start().await;
    fake.on("/r", Reply::json("ok"));
    fake.require_header("x-api-key", "right", Reply::status(401, "refused"));

    assert_eq!(get(&fake, "/r", Some("wrong")).await, (401, "refused".into()));
    assert_eq!(get(&fake, "/r", None).await, (401, "refused".into()));
    assert_eq!(get(&fake, "/r", Some("right")).await, (200, "ok".into()));
    let refused: Vec<bool> = fake.requests().iter().map(|r| r.refused).collect();
    assert_eq!(refused, [true, true, false]);
}

#[tokio::test]
async fn the_claude_fake_scripts_days_and_counts_only_accepted_fetches() {
    let fake = ClaudeFake::start().await;
    let (d1, d2) = (days_ago(1), days_ago(2));
    fake.set_day(d1, DayScript::Rows(vec![row(d1, "alice@x.io", 2, 100, 10)]));
    fake.set_day(d2, DayScript::Malformed);

    let (status, body) = get(&fake, &format!("{PATH}?starting_at={d1}&limit=1000"), Some(GOOD_KEY)).await;
    let page: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!((status, page["data"][0]["core_metrics"]["num_sessions"].as_i64()), (200, Some(2)));
    assert_eq!(page["has_more"], false);
    let (status, body) = get(&fake, &format!("{PATH}?starting_at={d2}&limit=1000"), Some(GOOD_KEY)).await;
    assert_eq!(status, 200);
    assert!(serde_json::from_str::<serde_json::Value>(&body).is_err(), "{body}");
    let empty = get(&fake, &format!("{PATH}?starting_at={}&limit=1000", days_ago(3)), Some(GOOD_KEY)).await;
    assert_eq!(empty, (200, json!({"data": [], "has_more": false, "next_page": null}).to_string()));
    let (status, body) = get(&fake, &format!("{PATH}?starting_at={d1}"), Some("sk-ant-admin01-other")).await;
    assert_eq!(status, 401);
    assert!(body.contains("invalid x-api-key"), "{body}");

    assert_eq!((fake.fetches_of(d1), fake.fetches_of(d2)), (1, 1));
    assert_eq!(fake.earliest_fetched(), Some(days_ago(3)));
}

async fn connect_stores_each_tool_through_the_api(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let claude = ClaudeFake::start().await;
    let copilot = FakeVendor::start().await;
    copilot.on(&format!("/orgs/{COPILOT_ORG}/copilot/metrics/reports/users-1-day"), Reply::status(204, ""));
    let cursor = FakeVendor::start().await;
    cursor.on("/teams/members", Reply::json(fixture("cursor_team_members.json")));

    for (provider, fake) in
        [(Provider::ClaudeCode, &*claude), (Provider::Copilot, &copilot), (Provider::Cursor, &cursor)]
    {
        let id = app.connect(&owner, ws, provider, fake).await;

        let stored = integrations::get(app.db(), id).await.unwrap();
        assert_eq!((stored.workspace_id, stored.provider), (ws, provider));
        assert_eq!(stored.display_name, provider.as_str());
        assert_eq!(stored.base_url.as_deref(), Some(fake.base_url.as_str()));
        let scope = (stored.scope_kind, stored.scope_slug.as_deref());
        let expected_scope = match provider {
            Provider::Copilot => (Some(ScopeKind::Organization), Some(COPILOT_ORG)),
            _ => (None, None),
        };
        assert_eq!(scope, expected_scope);
        let key = test_key(provider);
        assert!(!stored.secret_ciphertext.is_empty());
        assert!(!String::from_utf8_lossy(&stored.secret_ciphertext).contains(key));
        assert_eq!(stored.secret_hint, ai_usage::crypto::SecretString::from(key).hint());
        // The key was verified with the fake, sent the way each vendor documents it.
        let first = &fake.requests()[0];
        let sent = match provider {
            Provider::ClaudeCode => first.header("x-api-key").map(str::to_owned),
            Provider::Copilot => first.header("authorization").map(str::to_owned),
            Provider::Cursor => first.header("authorization").map(str::to_owned),
        };
        let expected = match provider {
            Provider::ClaudeCode => key.to_owned(),
            Provider::Copilot => format!("Bearer {key}"),
            Provider::Cursor => format!("Basic {}", base64_basic(key)),
        };
        assert_eq!(sent, Some(expected), "{provider:?}");
    }
}

/// `key:` in base64, as HTTP basic authentication with an empty password sends it.
fn base64_basic(key: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("{key}:"))
}

on_both_backends!(connect_stores_each_tool_through_the_api);
