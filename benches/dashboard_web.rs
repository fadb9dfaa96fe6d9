//! The dashboard's targets in headless Chromium (`web/scripts/bench-dashboard.mjs`) on the bench
//! dataset: 1,000 people × 3 tools × 365 days ending today, on PostgreSQL (`TEST_DATABASE_URL`, a
//! fresh database), plus a fourth integration, a fake Claude Code, whose days T-1 … T-5 the script
//! has synced one at a time (through a control server) to time a commit → the card updated.
//!
//! Prints: the dashboard route's JS + CSS gzipped, the median of 10 cold loads to every chart's
//! ECharts `finished`, and the median commit → card latency. Needs Chromium (`CHROMIUM_PATH` or
//! /usr/bin/chromium) and `npm ci` in web/. Run: `cargo bench --bench dashboard_web`.
#![expect(
    clippy::unwrap_used,
    reason = "a bench that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions"
)]

#[path = "../tests/api/fake_vendor/mod.rs"]
#[allow(dead_code, reason = "the test harness, of which a bench uses a part")]
mod fake_vendor;
mod support;
#[path = "../tests/api/sync_support/mod.rs"]
#[allow(dead_code, reason = "the test harness, of which a bench uses a part")]
mod sync_support;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ai_usage::app::{self, RunningApp, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::storage::{Db, integrations};
use ai_usage::sync::events::{BusMessage, SyncEventKind};
use ai_usage::sync::{RangeRequest, Trigger};
use axum::extract::{Query, State};
use axum::routing::post;
use chrono::{Days, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use serde_json::{Value, json};
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, days_ago, row, store_with_key};

const PEOPLE: i64 = 1_000;
const DAYS: i64 = 365;
const EMAIL: &str = "admin@bench.io";
const PASSWORD: &str = "correct horse battery";

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let pg_admin = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let name = format!("aiu_bench_web_{:08x}", rand::random::<u32>());
    let mut admin = AsyncPgConnection::establish(&pg_admin).await.expect("PostgreSQL at TEST_DATABASE_URL");
    admin.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
    let url = format!("{}/{name}", pg_admin.rsplit_once('/').unwrap().0);
    run(&url).await;
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.unwrap();
}

async fn gql(running: &RunningApp, token: Option<&str>, query: &str, vars: Value) -> Value {
    let mut req = reqwest::Client::new()
        .post(format!("http://{}/graphql", running.addr))
        .json(&json!({"query": query, "variables": vars}));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let v: Value = req.send().await.unwrap().json().await.unwrap();
    assert!(v["errors"].is_null(), "{v}");
    v["data"].clone()
}

async fn run(url: &str) {
    let db = Db::connect(url).await.unwrap();
    db.run_migrations().await.unwrap();
    let engine = ai_usage::sync::EngineConfig {
        egress: ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).unwrap(),
        ..Default::default()
    };
    let settings = Settings {
        signup_mode: SignupMode::Open,
        keyring: Arc::new(KeyRing::new(MasterKey::generate(), vec![])),
        engine,
        scheduler: None,
        edge: Default::default(),
    };
    let running = app::start(db.clone(), "127.0.0.1:0".parse().unwrap(), settings).await.unwrap();
    let signed = gql(
        &running,
        None,
        "mutation($e: String!, $p: String!) { signUp(email: $e, password: $p) { token } }",
        json!({"e": EMAIL, "p": PASSWORD}),
    )
    .await;
    let token = signed["signUp"]["token"].as_str().unwrap().to_owned();
    let created =
        gql(&running, Some(&token), r#"mutation { createWorkspace(name: "Bench") { id } }"#, json!({})).await;
    let ws: i64 = created["createWorkspace"]["id"].as_str().unwrap().parse().unwrap();

    let started = Instant::now();
    let first = Utc::now().date_naive() - Days::new(DAYS as u64 - 1);
    support::seed::seed(&db, ws, first, DAYS, PEOPLE).await;
    println!("seeded {PEOPLE} people × 3 tools × {DAYS} days in {:.1} s", started.elapsed().as_secs_f64());

    let fake = ClaudeFake::start().await;
    for n in 1..=5 {
        let day = days_ago(n);
        fake.set_day(
            day,
            DayScript::Rows(vec![
                row(day, "p1@bench.io", 3, 1_000, 250),
                row(day, "p2@bench.io", 1, 500, 90),
            ]),
        );
    }
    let live_id = live_integration(&db, running.engine.keyring(), ws, &fake.base_url).await;
    let running = Arc::new(running);
    let control = control_server(running.clone(), live_id).await;

    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
    let chromium = std::env::var("CHROMIUM_PATH").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let status = tokio::process::Command::new("node")
        .arg("scripts/bench-dashboard.mjs")
        .current_dir(&web)
        .env("AI_USAGE_BASE_URL", format!("http://{}", running.addr))
        .env("AI_USAGE_WORKSPACE_ID", ws.to_string())
        .env("AI_USAGE_EMAIL", EMAIL)
        .env("AI_USAGE_PASSWORD", PASSWORD)
        .env("AI_USAGE_CONTROL_URL", control)
        .env("CHROMIUM_PATH", chromium)
        .status()
        .await
        .expect("run node scripts/bench-dashboard.mjs");
    assert!(status.success(), "the browser bench failed");
}

async fn live_integration(db: &Db, keyring: &KeyRing, ws: i64, base_url: &str) -> i64 {
    let new = integrations::NewIntegration::builder(ws, ai_usage::domain::Provider::ClaudeCode)
        .display_name("Claude (live)")
        .base_url(base_url);
    store_with_key(db, keyring, &new, GOOD_KEY).await
}

/// `POST /sync?n=K`: syncs day T-K of the live integration; answers `{committedAt}` (ms since
/// the epoch, when the engine announced the committed day).
async fn control_server(running: Arc<RunningApp>, live_id: i64) -> String {
    async fn sync(
        State((running, id)): State<(Arc<RunningApp>, i64)>,
        Query(query): Query<HashMap<String, i64>>,
    ) -> axum::Json<Value> {
        let day = days_ago(query.get("n").copied().unwrap_or(1));
        let mut bus = running.state.events.subscribe();
        let engine = running.engine.clone();
        let run = tokio::spawn(async move {
            engine.run(id, RangeRequest::Days { from: day, to: day }, Trigger::Manual).await
        });
        let committed = loop {
            match tokio::time::timeout(Duration::from_secs(30), bus.recv()).await {
                Ok(Ok(BusMessage::Event(e))) if e.kind == SyncEventKind::DayCommitted => {
                    break Utc::now().timestamp_millis();
                }
                Ok(_) => continue,
                Err(_) => panic!("no day committed within 30 s"),
            }
        };
        run.await.unwrap().expect("live sync");
        axum::Json(json!({ "committedAt": committed }))
    }
    let router = axum::Router::new().route("/sync", post(sync)).with_state((running, live_id));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    url
}
