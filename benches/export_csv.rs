//! `daily.csv` over real HTTP at 10 k and 1 M daily rows (SQLite file; the bench dataset of
//! `support::seed`, 80% of person-days written): time to first byte, total time, and the peak
//! resident memory the download added to the process (server and client share it: the client
//! only counts the bytes it receives). The peak is the kernel's `VmHWM`, reset through
//! `/proc/self/clear_refs` just before the request, minus `VmRSS` at that moment.
//! Targets: peak RSS difference ≤ 20 MB, TTFB ≤ 300 ms.
//!
//! Run: `cargo bench --bench export_csv`.
#![expect(
    clippy::unwrap_used,
    reason = "a bench that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions"
)]

mod support;

use std::sync::Arc;
use std::time::Instant;

use ai_usage::app::{self, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::storage::Db;
use chrono::{Days, NaiveDate};
use futures_util::StreamExt;
use serde_json::{Value, json};

const FIRST_DAY: &str = "2025-01-01";
/// 417 days × 3 tools × 80% written: 1,000.8 rows per person.
const DAYS: i64 = 417;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `EXPORT_BENCH_PEOPLE=10` runs the small size only.
    let sizes = std::env::var("EXPORT_BENCH_PEOPLE").unwrap_or_else(|_| "10,1000".to_owned());
    for people in sizes.split(',').map(|n| n.trim().parse::<i64>().unwrap()) {
        let dir = tempfile::tempdir().unwrap();
        run(people, &format!("sqlite://{}", dir.path().join("bench.db").display())).await;
    }
}

/// A status line of `/proc/self/status`, in kB.
fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with(field)).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

async fn run(people: i64, url: &str) {
    let db = Db::connect(url).await.unwrap();
    db.run_migrations().await.unwrap();
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let settings = Settings {
        signup_mode: SignupMode::Open,
        keyring,
        engine: Default::default(),
        scheduler: None,
        edge: Default::default(),
    };
    let running = app::start(db.clone(), "127.0.0.1:0".parse().unwrap(), settings).await.unwrap();
    let http = reqwest::Client::new();
    let gql = async |token: Option<&str>, query: &str| -> Value {
        let mut req = http.post(format!("http://{}/graphql", running.addr)).json(&json!({ "query": query }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        assert!(v["errors"].is_null(), "{v}");
        v["data"].clone()
    };
    let signed = gql(
        None,
        r#"mutation { signUp(email: "admin@bench.io", password: "correct horse battery") { token } }"#,
    )
    .await;
    let token = signed["signUp"]["token"].as_str().unwrap().to_owned();
    let ws = gql(Some(&token), r#"mutation { createWorkspace(name: "Bench") { id } }"#).await;
    let ws: i64 = ws["createWorkspace"]["id"].as_str().unwrap().parse().unwrap();
    let first = NaiveDate::parse_from_str(FIRST_DAY, "%Y-%m-%d").unwrap();
    let started = Instant::now();
    support::seed::seed(&db, ws, first, DAYS, people).await;
    let seeded = started.elapsed();
    let last = first + Days::new(DAYS as u64 - 1);
    let path = format!("http://{}/export/daily.csv?workspace={ws}&from={first}&to={last}", running.addr);

    // One small download first, so the pool's connections and the first-request allocations of
    // the server and client are not counted as the export's.
    let warm = format!("http://{}/export/daily.csv?workspace={ws}&from={first}&to={first}", running.addr);
    http.get(&warm).bearer_auth(&token).send().await.unwrap().bytes().await.unwrap();

    // Reset the peak to the current resident set (`5` to clear_refs), then download.
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let rss_before = status_kb("VmRSS:");
    let started = Instant::now();
    let response = http.get(&path).bearer_auth(&token).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let mut body = response.bytes_stream();
    let (mut ttfb, mut bytes, mut lines) = (None, 0usize, 0usize);
    let mut rss_during = rss_before;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.unwrap();
        ttfb.get_or_insert_with(|| started.elapsed());
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
        rss_during = rss_during.max(status_kb("VmRSS:"));
    }
    let total = started.elapsed();
    let peak = status_kb("VmHWM:");
    let rows = lines - 1;
    println!(
        "daily.csv, {rows} rows ({:.1} MB, seeded in {:.1} s): TTFB {:.1} ms, whole file {:.2} s, \
         peak RSS +{:.1} MB (VmHWM {} kB − VmRSS before {} kB; highest VmRSS sampled +{:.1} MB)",
        bytes as f64 / 1e6,
        seeded.as_secs_f64(),
        ttfb.unwrap().as_secs_f64() * 1000.0,
        total.as_secs_f64(),
        peak.saturating_sub(rss_before) as f64 / 1024.0,
        peak,
        rss_before,
        rss_during.saturating_sub(rss_before) as f64 / 1024.0,
    );
    running.stop().await.unwrap();
}
