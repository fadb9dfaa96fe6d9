//! 10,000 concurrent authenticated subscriptions to one `ai-usage serve` process on PostgreSQL.
//!
//! Events enter the way a sync committed on another replica does: a NOTIFY on the bus channel.
//! Prints time from NOTIFY to the last subscriber receiving it (p50/p99 over several events),
//! the latency of every delivery, the server's resident memory per idle subscription, and the
//! server's CPU time while fanning out.
//!
//! `cargo bench --bench subscribers` (needs PostgreSQL at TEST_DATABASE_URL, like the tests).
//! SUBSCRIBERS and EVENTS override the defaults (10,000 and 20).
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

#[path = "../tests/api/common/mod.rs"]
#[allow(dead_code, reason = "the test harness, of which a bench uses a part")]
mod common;
#[path = "../tests/api/fake_vendor/mod.rs"]
#[allow(dead_code, reason = "the test harness, of which a bench uses a part")]
mod fake_vendor;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ai_usage::sync::events::{BusMessage, SyncEvent, SyncEventKind};
use ai_usage::sync::pg_bridge::CHANNEL;
use common::TestDb;
use common::ws::GqlSocket;
use diesel::sql_types::Text;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use tokio::sync::{Semaphore, mpsc};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// `(resident KiB, CPU ticks)` of a process, from /proc.
fn process_usage(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = fields.get(11).and_then(|u| u.parse::<u64>().ok()).unwrap_or(0)
        + fields.get(12).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    (rss, ticks)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

#[tokio::main]
async fn main() {
    let subscribers = env_or("SUBSCRIBERS", 10_000);
    let events = env_or("EVENTS", 20);
    let db = TestDb::postgres().await;
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .arg("serve")
        .env("DATABASE_URL", &db.url)
        .env("AI_USAGE_DATA_DIR", data.path())
        .env("AI_USAGE_LISTEN", addr.to_string())
        .env("RUST_LOG", "warn")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let pid = server.id().unwrap();
    let http = reqwest::Client::new();
    let token = loop {
        let response = http
            .post(format!("http://{addr}/graphql"))
            .json(&json!({ "query": "mutation { signUp(email: \"bench@x.io\", password: \"correct horse battery\") { token } }" }))
            .send()
            .await;
        if let Ok(response) = response {
            let body: serde_json::Value = response.json().await.unwrap();
            break body["data"]["signUp"]["token"].as_str().unwrap().to_owned();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let workspaces: serde_json::Value = http
        .post(format!("http://{addr}/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "{ workspaces { id } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let workspace: i64 = workspaces["data"]["workspaces"][0]["id"].as_str().unwrap().parse().unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (rss_before, _) = process_usage(pid);

    // Open every subscription, at most 256 handshakes at a time.
    let (received_tx, mut received_rx) = mpsc::unbounded_channel::<(i64, Instant)>();
    let gate = Arc::new(Semaphore::new(256));
    let (ready_tx, mut ready_rx) = mpsc::unbounded_channel::<()>();
    let opening = Instant::now();
    let mut clients = tokio::task::JoinSet::new();
    for _ in 0..subscribers {
        let (gate, token, received, ready) =
            (gate.clone(), token.clone(), received_tx.clone(), ready_tx.clone());
        clients.spawn(async move {
            let permit = gate.acquire_owned().await.unwrap();
            let mut socket =
                GqlSocket::connect(addr, "graphql-transport-ws", Some(&token)).await.expect("refused");
            socket
                .subscribe(
                    "1",
                    "subscription($w: ID!) { syncProgress(workspaceId: $w) { runId } }",
                    json!({ "w": workspace.to_string() }),
                )
                .await;
            drop(permit);
            let _ = ready.send(());
            while let Some(Ok(message)) = socket.next_within(Duration::from_secs(3600)).await {
                match message["payload"]["data"]["syncProgress"]["runId"].as_str() {
                    Some(run) => {
                        let _ = received.send((run.parse().unwrap(), Instant::now()));
                    }
                    None => panic!("unexpected message: {message}"),
                }
            }
        });
    }
    for _ in 0..subscribers {
        ready_rx.recv().await.unwrap();
    }
    println!("opened {subscribers} subscriptions in {:.1?}", opening.elapsed());
    // Let the server finish starting every stream, then measure it idle.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (rss_idle, ticks_before) = process_usage(pid);
    let per_subscription = (rss_idle.saturating_sub(rss_before) as f64 * 1024.0) / subscribers as f64;

    let mut notifier = AsyncPgConnection::establish(&db.url).await.unwrap();
    let mut last_arrivals = Vec::new();
    let mut all_arrivals = Vec::new();
    let fanout_started = Instant::now();
    for run in 1..=events as i64 {
        let message = BusMessage::Event(SyncEvent {
            workspace_id: workspace,
            integration_id: 1,
            run_id: run,
            kind: SyncEventKind::DayCommitted,
            days: vec![chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()],
            days_done: 1,
            days_total: 1,
            error: None,
        });
        let sent = Instant::now();
        diesel::sql_query("SELECT pg_notify($1, $2)")
            .bind::<Text, _>(CHANNEL)
            .bind::<Text, _>(serde_json::to_string(&message).unwrap())
            .execute(&mut notifier)
            .await
            .unwrap();
        let mut got = 0;
        let mut last = sent;
        while got < subscribers {
            let (seen_run, at) = tokio::time::timeout(Duration::from_secs(30), received_rx.recv())
                .await
                .expect("subscribers stopped receiving")
                .unwrap();
            if seen_run == run {
                got += 1;
                last = last.max(at);
                all_arrivals.push(at - sent);
            }
        }
        last_arrivals.push(last - sent);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let fanout_wall = fanout_started.elapsed();
    let (_, ticks_after) = process_usage(pid);
    let ticks_per_second = 100.0; // USER_HZ on Linux
    let cpu_seconds = (ticks_after - ticks_before) as f64 / ticks_per_second;

    last_arrivals.sort();
    all_arrivals.sort();
    println!("subscribers: {subscribers}, events: {events}");
    println!(
        "NOTIFY → last subscriber: p50 {:.1?}, p99 {:.1?}, max {:.1?}",
        percentile(&last_arrivals, 0.50),
        percentile(&last_arrivals, 0.99),
        last_arrivals.last().unwrap()
    );
    println!(
        "NOTIFY → each delivery: p50 {:.1?}, p99 {:.1?}",
        percentile(&all_arrivals, 0.50),
        percentile(&all_arrivals, 0.99)
    );
    println!(
        "server memory: {:.1} MiB before, {:.1} MiB with {subscribers} idle subscriptions: {:.1} KB per subscription",
        rss_before as f64 / 1024.0,
        rss_idle as f64 / 1024.0,
        per_subscription / 1000.0
    );
    println!(
        "server CPU during fan-out: {cpu_seconds:.2} s over {:.1?} wall ({:.0}% of one core; includes the 200 ms pauses)",
        fanout_wall,
        100.0 * cpu_seconds / fanout_wall.as_secs_f64()
    );
    clients.abort_all();
    while clients.join_next().await.is_some() {}
    let _ = server.kill().await;
}
