//! End-to-end sync throughput: a fake Claude Code API serving 1,000 people × 90 days, synced
//! into SQLite and PostgreSQL (`TEST_DATABASE_URL`) over real HTTP. Prints total time and rows
//! per second for each backend.
//!
//! Run: `cargo bench --bench sync_throughput` (add `--profile dev` to skip a release build).
//! Under `cargo test --benches` it does nothing, so test runs stay fast.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "../tests/sync_support/mod.rs"]
mod sync_support;

use std::sync::Arc;
use std::time::Instant;

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::sync::events::EventBus;
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, Trigger};
use common::TestDb;
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, days_ago, row, seed_claude, stored};

const PEOPLE: i64 = 1_000;
const DAYS: i64 = 90;

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("sync_throughput: run with `cargo bench --bench sync_throughput`");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let fake = ClaudeFake::start().await;
        for n in 1..=DAYS {
            let day = days_ago(n);
            let rows = (0..PEOPLE)
                .map(|p| row(day, &format!("person{p:04}@example.com"), 1 + p % 5, 1_000 + p, 1 + p % 7))
                .collect();
            fake.set_day(day, DayScript::Rows(rows));
        }
        for backend in ["sqlite", "postgres"] {
            bench(backend, &fake).await;
        }
    });
}

async fn bench(backend: &str, fake: &ClaudeFake) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let (_, id) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    let engine = SyncEngine::new(t.db.clone(), keyring, EventBus::new(), EngineConfig::default());
    let range = RangeRequest::Days { from: days_ago(DAYS), to: days_ago(1) };

    let started = Instant::now();
    let summary = engine.run(id, range, Trigger::Cli).await.expect("sync");
    let elapsed = started.elapsed().as_secs_f64();

    let (totals, _) = stored(&t.db, id).await;
    assert_eq!(totals.rows, usize::try_from(PEOPLE * DAYS).unwrap());
    // Each person-day is one daily_usage row plus one model breakdown row.
    let rows = 2 * summary.records;
    println!(
        "{backend:>8}: {} days × {PEOPLE} people = {} person-days ({rows} rows) in {elapsed:.2} s: \
         {:.0} person-days/s, {:.0} rows/s",
        summary.days,
        summary.records,
        summary.records as f64 / elapsed,
        rows as f64 / elapsed,
    );
}
