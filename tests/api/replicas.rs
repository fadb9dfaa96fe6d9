//! Two `ai-usage serve` processes on one PostgreSQL database, as two replicas behind a load
//! balancer: a dashboard subscribed to replica B sees the figures of a sync that replica A ran.

use crate::common;
use crate::sync_support;

use std::net::SocketAddr;
use std::process::Stdio;
use std::time::Duration;

use ai_usage::crypto::MasterKey;
use common::TestDb;
use common::ws::GqlSocket;
use serde_json::{Value, json};
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, days_ago, row};

struct Replica {
    addr: SocketAddr,
    _process: tokio::process::Child,
    _data: tempfile::TempDir,
}

async fn start_replica(db: &TestDb, key: &str) -> Replica {
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let process = tokio::process::Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .arg("serve")
        .env("DATABASE_URL", &db.url)
        .env("AI_USAGE_DATA_DIR", data.path())
        .env("AI_USAGE_LISTEN", addr.to_string())
        .env("AI_USAGE_ENCRYPTION_KEY", key)
        .env("AI_USAGE_SIGNUP", "open")
        // The fake vendor listens on 127.0.0.1 (issue #10: other hosts are refused).
        .env("AI_USAGE_ALLOWED_VENDOR_HOSTS", "127.0.0.1")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let http = reqwest::Client::new();
    for _ in 0..100 {
        if http.get(format!("http://{addr}/readyz")).send().await.is_ok_and(|r| r.status().is_success()) {
            return Replica { addr, _process: process, _data: data };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("replica on {addr} did not become ready");
}

async fn gql(addr: SocketAddr, token: Option<&str>, query: &str, variables: Value) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("http://{addr}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.unwrap().json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_on_replica_a_reaches_a_dashboard_on_replica_b() {
    let db = TestDb::postgres().await;
    let key = MasterKey::generate().to_base64().to_string();
    let (a, b) = (start_replica(&db, &key).await, start_replica(&db, &key).await);
    let fake = ClaudeFake::start().await;
    let day = days_ago(1);
    // Yesterday: alice 2 sessions, 100 input tokens; bob 3 sessions, 50 input tokens.
    // Expected on the dashboard: sessions 2 + 3 = 5, input tokens 100 + 50 = 150.
    fake.set_day(
        day,
        DayScript::Rows(vec![row(day, "alice@x.io", 2, 100, 10), row(day, "bob@x.io", 3, 50, 5)]),
    );

    let signed = gql(
        a.addr,
        None,
        "mutation { signUp(email: \"lead@x.io\", password: \"correct horse battery\") { token } }",
        json!({}),
    )
    .await;
    let token = signed["data"]["signUp"]["token"].as_str().unwrap().to_owned();
    let created =
        gql(a.addr, Some(&token), "mutation { createWorkspace(name: \"Eng\") { id } }", json!({})).await;
    let ws = created["data"]["createWorkspace"]["id"].as_str().unwrap().to_owned();

    let mut dashboard = GqlSocket::connect(b.addr, "graphql-transport-ws", Some(&token)).await.unwrap();
    dashboard
        .subscribe("usage", "subscription($w: ID!) { usageUpdated(workspaceId: $w, metrics: [SESSIONS, INPUT_TOKENS]) { days series { lines { points { start values } } } } }", json!({ "w": ws }))
        .await;
    tokio::time::sleep(Duration::from_millis(500)).await;

    let connected = gql(
        a.addr,
        Some(&token),
        "mutation($w: ID!, $input: ConnectIntegrationInput!) { connectIntegration(workspaceId: $w, input: $input) { id } }",
        json!({ "w": ws, "input": { "provider": "CLAUDE_CODE", "displayName": "Claude", "apiKey": GOOD_KEY, "baseUrl": fake.base_url } }),
    )
    .await;
    assert!(connected["data"]["connectIntegration"]["id"].is_string(), "{connected}");

    // The backfill runs on A and commits day by day; B's subscriber sees yesterday with its sums.
    loop {
        let update = dashboard.next_data().await;
        let update = &update["usageUpdated"];
        if update["days"] == json!([day.to_string()]) {
            assert_eq!(
                update["series"]["lines"][0]["points"],
                json!([{ "start": day.to_string(), "values": [5, 150] }]),
                "{update}"
            );
            break;
        }
    }
}
