//! Integrations through the GraphQL API of the real app: connect (verify, store, backfill),
//! sync, update, disconnect, and who may do it. Vendors are fake Claude Code APIs on 127.0.0.1.

use crate::common;
use crate::sync_support;

use std::time::Duration;

use ai_usage::domain::Provider;
use common::{Account, TestApp};
use serde_json::{Value, json};
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, Totals, days_ago, row, stored};

const CONNECT: &str = "mutation($w: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $w, input: $input) { id provider displayName secretHint status schedule nextSyncAt }
}";
const SYNC: &str = "mutation($id: ID!, $from: NaiveDate, $to: NaiveDate) {
    syncIntegration(id: $id, from: $from, to: $to) { id status trigger rangeFrom rangeTo daysTotal daysDone }
}";
const RUNS: &str =
    "query($id: ID!) { syncRuns(integrationId: $id) { id status trigger daysTotal daysDone records error } }";
const LIST: &str =
    "query($w: ID!) { integrations(workspaceId: $w) { id status secretHint lastError lastRun { status } } }";
const DISCONNECT: &str =
    "mutation($id: ID!, $keep: Boolean!) { disconnectIntegration(id: $id, keepData: $keep) }";
const UPDATE: &str = "mutation($id: ID!, $input: UpdateIntegrationInput!) {
    updateIntegration(id: $id, input: $input) { id displayName status secretHint }
}";

/// Version A of three days (see `sync_engine.rs`): 5 rows, 11 sessions, 760 tokens, 76¢.
const TOTALS_A: Totals = Totals { rows: 5, sessions: 11, input_tokens: 760, cost_millicents: 76_000 };

fn script_version_a(fake: &ClaudeFake) {
    let (d1, d2, d3) = (days_ago(3), days_ago(2), days_ago(1));
    fake.set_day(d1, DayScript::Rows(vec![row(d1, "alice@x.io", 2, 100, 10), row(d1, "bob@x.io", 1, 50, 5)]));
    fake.set_day(d2, DayScript::Rows(vec![row(d2, "alice@x.io", 3, 200, 20)]));
    fake.set_day(d3, DayScript::Rows(vec![row(d3, "bob@x.io", 4, 400, 40), row(d3, "carol@x.io", 1, 10, 1)]));
}

fn claude_input(fake: &ClaudeFake, key: &str) -> Value {
    json!({"provider": "CLAUDE_CODE", "displayName": "Claude (eng)", "apiKey": key, "baseUrl": fake.base_url})
}

fn code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code in {response}"))
}

async fn connect(app: &TestApp, owner: &Account, ws: i64, input: Value) -> Value {
    app.gql_as(Some(&owner.token), CONNECT, json!({"w": ws.to_string(), "input": input})).await
}

/// Polls `syncRuns` until the newest run is no longer running (at most 20 s); returns it.
async fn wait_for_run(app: &TestApp, token: &str, id: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let runs = app.gql_as(Some(token), RUNS, json!({"id": id})).await;
        let newest = &runs["data"]["syncRuns"][0];
        if newest["status"].as_str().is_some_and(|s| s != "RUNNING") {
            return newest.clone();
        }
        assert!(tokio::time::Instant::now() < deadline, "the run did not finish: {runs}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn connecting_verifies_stores_and_backfills(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    script_version_a(&fake);
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;

    let connected = connect(&app, &owner, ws, claude_input(&fake, GOOD_KEY)).await;

    let integration = &connected["data"]["connectIntegration"];
    assert_eq!(integration["provider"], "CLAUDE_CODE", "{connected}");
    assert_eq!(integration["secretHint"], "sk-ant-admin01-…6789");
    assert_eq!(integration["schedule"], "0 2 * * *");
    assert!(integration["nextSyncAt"].is_string());
    let id = integration["id"].as_str().unwrap().to_owned();
    // The backfill reaches back Claude Code's default 90 days: today-90 ..= today, 91 days.
    let run = wait_for_run(&app, &owner.token, &id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    assert_eq!(
        (run["trigger"].as_str(), run["daysTotal"].as_i64(), run["records"].as_i64()),
        (Some("BACKFILL"), Some(91), Some(5))
    );
    assert_eq!(stored(app.db(), id.parse().unwrap()).await.0, TOTALS_A);

    let listed = app.gql_as(Some(&owner.token), LIST, json!({"w": ws.to_string()})).await;
    assert_eq!(listed["data"]["integrations"][0]["lastRun"]["status"], "SUCCEEDED", "{listed}");
    for response in [&connected, &listed] {
        assert!(!response.to_string().contains(GOOD_KEY), "the key was returned: {response}");
    }
}

async fn an_invalid_key_is_refused_and_nothing_is_stored(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;

    let refused = connect(&app, &owner, ws, claude_input(&fake, "sk-ant-admin01-wrong-key-0000000000")).await;

    assert_eq!(code(&refused), "INVALID_CREDENTIALS", "{refused}");
    let message = refused["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("invalid x-api-key"), "{message}");
    let listed = app.gql_as(Some(&owner.token), LIST, json!({"w": ws.to_string()})).await;
    assert_eq!(listed["data"]["integrations"], json!([]), "{listed}");

    // Copilot needs an organization or an enterprise; refused before any vendor call.
    let copilot =
        json!({"provider": "COPILOT", "displayName": "Copilot", "apiKey": "ghp_x", "baseUrl": fake.base_url});
    assert_eq!(code(&connect(&app, &owner, ws, copilot).await), "BAD_USER_INPUT");
    let bad_cron = json!({"provider": "CLAUDE_CODE", "displayName": "C", "apiKey": GOOD_KEY, "baseUrl": fake.base_url, "schedule": "daily"});
    assert_eq!(code(&connect(&app, &owner, ws, bad_cron).await), "BAD_USER_INPUT");
}

async fn sync_now_conflicts_and_disconnect(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let id = app.connect(&owner, ws, Provider::ClaudeCode, &fake).await.to_string();
    wait_for_run(&app, &owner.token, &id).await; // an empty backfill

    script_version_a(&fake);
    let d2 = days_ago(2);
    let slow = DayScript::Rows(vec![row(d2, "alice@x.io", 3, 200, 20)]);
    fake.set_day(d2, DayScript::Slow(Duration::from_millis(800), Box::new(slow)));
    let range = json!({"id": id, "from": days_ago(3).to_string(), "to": days_ago(1).to_string()});
    let started = app.gql_as(Some(&owner.token), SYNC, range.clone()).await;
    let run = &started["data"]["syncIntegration"];
    assert_eq!(
        (run["status"].as_str(), run["trigger"].as_str(), run["daysTotal"].as_i64()),
        (Some("RUNNING"), Some("MANUAL"), Some(3)),
        "{started}"
    );
    let second = app.gql_as(Some(&owner.token), SYNC, range).await;
    assert_eq!(code(&second), "CONFLICT", "{second}");
    assert_eq!(wait_for_run(&app, &owner.token, &id).await["status"], "SUCCEEDED");
    let integration_id: i64 = id.parse().unwrap();
    assert_eq!(stored(app.db(), integration_id).await.0, TOTALS_A);

    // Keep the data: the key goes, the rows stay, syncing is refused.
    let kept = app.gql_as(Some(&owner.token), DISCONNECT, json!({"id": id, "keep": true})).await;
    assert_eq!(kept["data"]["disconnectIntegration"], true, "{kept}");
    let listed = app.gql_as(Some(&owner.token), LIST, json!({"w": ws.to_string()})).await;
    assert_eq!(listed["data"]["integrations"][0]["status"], "DISCONNECTED");
    assert_eq!(listed["data"]["integrations"][0]["secretHint"], "");
    let refused = app.gql_as(Some(&owner.token), SYNC, json!({"id": id})).await;
    assert_eq!(code(&refused), "BAD_USER_INPUT", "{refused}");
    assert_eq!(stored(app.db(), integration_id).await.0, TOTALS_A);

    // Delete: the integration and its rows are gone.
    let deleted = app.gql_as(Some(&owner.token), DISCONNECT, json!({"id": id, "keep": false})).await;
    assert_eq!(deleted["data"]["disconnectIntegration"], true, "{deleted}");
    let listed = app.gql_as(Some(&owner.token), LIST, json!({"w": ws.to_string()})).await;
    assert_eq!(listed["data"]["integrations"], json!([]));
    assert_eq!(stored(app.db(), integration_id).await.0, Totals::default());
}

async fn a_revoked_key_needs_attention_until_replaced(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let id = app.connect(&owner, ws, Provider::ClaudeCode, &fake).await.to_string();
    wait_for_run(&app, &owner.token, &id).await;

    let new_key = "sk-ant-admin01-rotated-key-abcdefgh";
    fake.accept_only(new_key);
    app.gql_as(Some(&owner.token), SYNC, json!({"id": id})).await;
    assert_eq!(wait_for_run(&app, &owner.token, &id).await["status"], "FAILED");
    let listed = app.gql_as(Some(&owner.token), LIST, json!({"w": ws.to_string()})).await;
    let row = &listed["data"]["integrations"][0];
    assert_eq!(row["status"], "NEEDS_ATTENTION", "{listed}");
    assert!(row["lastError"].as_str().unwrap().contains("invalid x-api-key"));

    // A wrong replacement is refused; the right one clears the status.
    let wrong =
        app.gql_as(Some(&owner.token), UPDATE, json!({"id": id, "input": {"apiKey": GOOD_KEY}})).await;
    assert_eq!(code(&wrong), "INVALID_CREDENTIALS", "{wrong}");
    let fixed = app
        .gql_as(
            Some(&owner.token),
            UPDATE,
            json!({"id": id, "input": {"apiKey": new_key, "displayName": "Claude"}}),
        )
        .await;
    let updated = &fixed["data"]["updateIntegration"];
    assert_eq!(
        (updated["status"].as_str(), updated["displayName"].as_str()),
        (Some("ACTIVE"), Some("Claude")),
        "{fixed}"
    );
    assert_eq!(updated["secretHint"], "sk-ant-admin01-…efgh");
    let paused = app.gql_as(Some(&owner.token), UPDATE, json!({"id": id, "input": {"paused": true}})).await;
    assert_eq!(paused["data"]["updateIntegration"]["status"], "PAUSED", "{paused}");
    let resumed = app.gql_as(Some(&owner.token), UPDATE, json!({"id": id, "input": {"paused": false}})).await;
    assert_eq!(resumed["data"]["updateIntegration"]["status"], "ACTIVE", "{resumed}");
}

async fn members_viewers_and_outsiders_may_not_manage(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let id = app.connect(&owner, ws, Provider::ClaudeCode, &fake).await.to_string();
    wait_for_run(&app, &owner.token, &id).await;
    let member = app.sign_up("member@example.com").await;
    app.add_member(&owner, ws, &member, "member@example.com", "MEMBER").await;
    let viewer = app.sign_up("viewer@example.com").await;
    app.add_member(&owner, ws, &viewer, "viewer@example.com", "VIEWER").await;
    let outsider = app.sign_up("outsider@example.com").await;

    for caller in [&member, &viewer, &outsider] {
        let token = Some(caller.token.as_str());
        let attempts = [
            app.gql_as(token, CONNECT, json!({"w": ws.to_string(), "input": claude_input(&fake, GOOD_KEY)}))
                .await,
            app.gql_as(token, UPDATE, json!({"id": id, "input": {"displayName": "mine"}})).await,
            app.gql_as(token, SYNC, json!({"id": id})).await,
            app.gql_as(token, DISCONNECT, json!({"id": id, "keep": false})).await,
        ];
        for response in &attempts {
            assert_eq!(code(response), "FORBIDDEN", "{response}");
        }
    }
    // Viewers may read runs; outsiders may not.
    let runs = app.gql_as(Some(&viewer.token), RUNS, json!({"id": id})).await;
    assert_eq!(runs["data"]["syncRuns"].as_array().map(Vec::len), Some(1), "{runs}");
    assert_eq!(code(&app.gql_as(Some(&outsider.token), RUNS, json!({"id": id})).await), "FORBIDDEN");
    let listed = app.gql_as(Some(&owner.token), LIST, json!({"w": ws.to_string()})).await;
    assert_eq!(listed["data"]["integrations"].as_array().map(Vec::len), Some(1), "{listed}");
}

on_both_backends!(
    connecting_verifies_stores_and_backfills,
    an_invalid_key_is_refused_and_nothing_is_stored,
    sync_now_conflicts_and_disconnect,
    a_revoked_key_needs_attention_until_replaced,
    members_viewers_and_outsiders_may_not_manage,
);
