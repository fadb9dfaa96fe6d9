//! End-to-end sync throughput: a fake Claude Code API serving 1,000 people × 90 days, synced
//! into SQLite and PostgreSQL (`TEST_DATABASE_URL`) over real HTTP. Prints total time and rows
//! per second for each backend, then the time to re-sync the 10 oldest days: unchanged, and with
//! one person's figures changed (old days are the costly ones: later days' running totals depend
//! on them).
//!
//! Run: `cargo bench --bench sync_throughput` (add `--profile dev` to skip a release build).
//! Under `cargo test --benches` it does nothing, so test runs stay fast.
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
#[path = "../tests/api/sync_support/mod.rs"]
#[allow(dead_code, reason = "the test harness, of which a bench uses a part")]
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
const RESYNCED: i64 = 10;

fn day_rows(day: chrono::NaiveDate, first_person_sessions: i64) -> DayScript {
    let rows = (0..PEOPLE)
        .map(|p| {
            let sessions = if p == 0 { first_person_sessions } else { 1 + p % 5 };
            row(day, &format!("person{p:04}@example.com"), sessions, 1_000 + p, 1 + p % 7)
        })
        .collect();
    DayScript::Rows(rows)
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("sync_throughput: run with `cargo bench --bench sync_throughput`");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let fake = ClaudeFake::start().await;
        for backend in ["sqlite", "postgres"] {
            for n in 1..=DAYS {
                fake.set_day(days_ago(n), day_rows(days_ago(n), 1));
            }
            bench(backend, &fake).await;
        }
    });
}

async fn bench(backend: &str, fake: &ClaudeFake) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let (_, id) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    // The fake vendor is on this machine: allow it, as an operator would with
    // AI_USAGE_ALLOWED_VENDOR_HOSTS (the default allows only the vendors' own hosts).
    let egress = ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).unwrap();
    let config = EngineConfig { egress, ..EngineConfig::default() };
    let engine = SyncEngine::new(t.db.clone(), keyring, EventBus::new(), config);
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

    let oldest = RangeRequest::Days { from: days_ago(DAYS), to: days_ago(DAYS - RESYNCED + 1) };
    let started = Instant::now();
    engine.run(id, oldest, Trigger::Cli).await.expect("re-sync");
    let unchanged = started.elapsed().as_secs_f64();
    for n in DAYS - RESYNCED + 1..=DAYS {
        fake.set_day(days_ago(n), day_rows(days_ago(n), 9));
    }
    let started = Instant::now();
    engine.run(id, oldest, Trigger::Cli).await.expect("re-sync");
    let one_changed = started.elapsed().as_secs_f64();
    assert_eq!(stored(&t.db, id).await.0.sessions, totals.sessions + 8 * RESYNCED);
    println!(
        "{backend:>8}: re-sync of the {RESYNCED} oldest of {DAYS} days: unchanged {unchanged:.2} s, \
         one person's figures changed {one_changed:.2} s"
    );
}
