//! The real server on an ephemeral port: GraphQL over HTTP (POST and GET), probes, GraphiQL, and
//! subscriptions over both WebSocket protocols, on both backends.

use crate::common;

use std::time::Duration;

use ai_usage::domain::{ActorDay, ActorKey, ActorKind, Measures, ProviderDay};
use ai_usage::storage::{day_writer, integrations};
use ai_usage::sync::events::{SyncEvent, SyncEventKind};
use chrono::NaiveDate;
use common::TestApp;
use common::ws::GqlSocket;
use serde_json::{Value, json};

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

async fn health_and_version_over_post_and_get(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let posted = app.gql("{ health version }", json!({})).await;
    assert_eq!(posted["data"]["health"], "ok");
    assert_eq!(posted["data"]["version"], env!("CARGO_PKG_VERSION"));
    let got: Value = app
        .http
        .get(app.url("/graphql?query=%7B%20health%20%7D"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(got["data"]["health"], "ok");
}

async fn probes_and_graphiql(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let healthz = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(healthz.status(), 200);
    let readyz = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(readyz.status(), 200);
    let page = app.http.get(app.url("/graphiql")).send().await.unwrap().text().await.unwrap();
    // Bundled (web/dist): its scripts come from the service itself. The browser test runs it.
    assert!(page.contains("<title>ai-usage GraphiQL</title>"), "not the GraphiQL page: {page:.200}");
    assert!(page.contains("src=\"/assets/graphiql-"), "GraphiQL's bundle is not linked: {page:.400}");
    assert!(!page.contains("https://"), "GraphiQL loads something from elsewhere: {page:.400}");
}

async fn integrations_and_daily_usage_come_from_storage(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let db = app.db();
    let account = app.sign_up("a@x.io").await;
    let ws_id = account.personal_workspace_id;
    let new = integrations::NewIntegration::builder(ws_id, ai_usage::domain::Provider::Cursor)
        .display_name("Cursor team")
        .sealed(b"ciphertext", "crsr_…9f2a");
    let integration = integrations::create(db, &new).await.unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let actor = ActorKey { kind: ActorKind::Email, identifier: "dev@x.io".into(), external_id: None };
    let measures =
        Measures { interactions: 12, suggestions_shown: 40, suggestions_accepted: 10, ..Measures::default() };
    day_writer::write_day(
        db,
        integration.id,
        &ProviderDay {
            day,
            actors: vec![ActorDay { actor, active: true, measures, breakdowns: vec![], teams: vec![] }],
            raw: vec![],
        },
        "USD",
        now(),
    )
    .await
    .unwrap();

    let response = app
        .gql_as(
            Some(&account.token),
            "query($w: ID!) { integrations(workspaceId: $w) { id provider displayName secretHint status schedule } }",
            json!({ "w": ws_id.to_string() }),
        )
        .await;
    let list = &response["data"]["integrations"];
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{response}");
    assert_eq!(list[0]["id"], integration.id.to_string());
    assert_eq!(list[0]["provider"], "CURSOR");
    assert_eq!(list[0]["secretHint"], "crsr_…9f2a");
    assert!(!response.to_string().contains("ciphertext"));

    let usage = app
        .gql_as(
            Some(&account.token),
            "query($w: ID!) { dailyUsage(workspaceId: $w, from: \"2026-11-01\", to: \"2026-11-30\") { day provider actor totals { interactions suggestionsShown suggestionsAccepted } } }",
            json!({ "w": ws_id.to_string() }),
        )
        .await;
    assert_eq!(
        usage["data"]["dailyUsage"],
        json!([{ "day": "2026-11-20", "provider": "CURSOR", "actor": "dev@x.io", "totals": { "interactions": 12, "suggestionsShown": 40, "suggestionsAccepted": 10 } }])
    );
    let reversed = app
        .gql_as(Some(&account.token), "query($w: ID!) { dailyUsage(workspaceId: $w, from: \"2026-11-30\", to: \"2026-11-01\") { day } }", json!({ "w": ws_id.to_string() }))
        .await;
    assert_eq!(reversed["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{reversed}");
}

/// Subscribes over `protocol`, publishes events until one arrives, and returns it.
async fn first_event_over(app: &TestApp, protocol: &'static str, token: &str, workspace_id: i64) -> Value {
    let mut socket = GqlSocket::connect(app.addr(), protocol, Some(token)).await.expect("connection refused");
    socket
        .subscribe(
            "1",
            "subscription($w: ID!) { syncProgress(workspaceId: $w) { kind resyncRequired integrationId days daysDone daysTotal } }",
            json!({ "w": workspace_id.to_string() }),
        )
        .await;
    let event = |workspace_id| SyncEvent {
        workspace_id,
        integration_id: 7,
        run_id: 3,
        kind: SyncEventKind::DayCommitted,
        days: vec![NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()],
        days_done: 1,
        days_total: 4,
        error: None,
    };
    // The subscription starts asynchronously: publish until it has seen one. Events for another
    // workspace go first each time and must never arrive.
    for _ in 0..100 {
        app.app.state.events.publish(event(workspace_id + 1));
        app.app.state.events.publish(event(workspace_id));
        if let Some(message) = socket.next_within(Duration::from_millis(50)).await {
            return message.expect("socket closed");
        }
    }
    panic!("no subscription event over {protocol}");
}

async fn subscriptions_over_both_websocket_protocols(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let account = app.sign_up("subscriber@x.io").await;
    let ws = account.personal_workspace_id;
    let expected = json!({
        "kind": "DAY_COMMITTED", "resyncRequired": false, "integrationId": "7",
        "days": ["2026-11-26"], "daysDone": 1, "daysTotal": 4
    });
    let modern = first_event_over(&app, "graphql-transport-ws", &account.token, ws).await;
    assert_eq!(modern["type"], "next");
    assert_eq!(modern["payload"]["data"]["syncProgress"], expected);
    let legacy = first_event_over(&app, "graphql-ws", &account.token, ws).await;
    assert_eq!(legacy["type"], "data");
    assert_eq!(legacy["payload"]["data"]["syncProgress"], expected);
}

async fn abusive_requests_are_refused(backend: &str) {
    let app = TestApp::spawn(backend).await;
    // Introspection nests as deep as a client likes: 16 levels is past its depth limit.
    let mut deep = String::from("name");
    for _ in 0..16 {
        deep = format!("ofType {{ {deep} }}");
    }
    let response =
        app.gql(&format!("{{ __schema {{ types {{ fields {{ type {{ {deep} }} }} }} }} }}"), json!({})).await;
    let message = response["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("nests fields more than 15 deep"), "{response}");
    assert_eq!(response["errors"][0]["extensions"]["code"], "QUERY_TOO_COMPLEX");
    // A body over the limit is refused before it is parsed.
    let huge = format!("{{ health }} # {}", "x".repeat(300 * 1024));
    let status =
        app.http.post(app.url("/graphql")).json(&json!({ "query": huge })).send().await.unwrap().status();
    assert_eq!(status, 413);
}

on_both_backends!(
    abusive_requests_are_refused,
    health_and_version_over_post_and_get,
    probes_and_graphiql,
    integrations_and_daily_usage_come_from_storage,
    subscriptions_over_both_websocket_protocols,
);

/// PostgreSQL drops every connection (a restart, a failover). A request that meets a dead pooled
/// connection fails with `INTERNAL` and that connection is replaced, so the API answers again
/// without restarting the service, with the same data.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_recovers_when_postgres_drops_its_connections() {
    let app = TestApp::spawn("postgres").await;
    let account = app.sign_up("dev@x.io").await;
    let doc = "{ workspaces { id name } }";
    let ask = || app.gql_as(Some(&account.token), doc, json!({}));
    // Several requests at once, so the pool holds several connections.
    let before = futures_util::future::join_all((0..8).map(|_| ask())).await;
    assert!(before.iter().all(|r| r["errors"].is_null()), "{before:?}");

    app.test_db.terminate_backends("TRUE").await;

    let (mut failures, mut successes) = (0, 0);
    for _ in 0..40 {
        let response = ask().await;
        if response["errors"].is_null() {
            assert_eq!(response["data"], before[0]["data"]);
            successes += 1;
            if successes == 5 {
                break;
            }
        } else {
            assert_eq!(response["errors"][0]["extensions"]["code"], "INTERNAL", "{response}");
            failures += 1;
        }
    }
    assert_eq!(successes, 5, "the API answers again ({failures} failed requests)");
    // At most one failed request per pooled connection.
    assert!(failures <= 16, "{failures} failed requests");
}
