//! Cursor backfill through the real sync engine against a fake Cursor on 127.0.0.1 that enforces
//! the documented limits: daily usage (and every other Admin endpoint) 20 requests a minute,
//! usage events 60 a minute, fixed one-minute windows, `pageSize` at most 1,000, a 429 with the
//! documented body past a limit. 50 people, 20 events per person-day. For 30, 90 and 365 days it
//! prints the requests per endpoint, 429s, the elapsed time and the two bounds:
//! - daily-usage requests ≤ ⌈days / 30⌉ × pages per window (⌈50 × 30 / 1,000⌉ = 2);
//! - time ≤ 1.1 × Σ over budgets of requests ÷ the budget's per-minute limit (members share the
//!   20-a-minute Admin budget with daily usage).
//!
//! At the true limits a 365-day backfill takes about 7½ minutes (the bound's own figure).
//! `CURSOR_BENCH_SCALE=N` runs the fake's clock N times faster (a limit window of 60 s ÷ N) and
//! the client's pacing likewise: request counts are unchanged and the paced time is the
//! true-limit one ÷ N, but parsing and storing do not speed up, so at a large N they dominate and
//! the time bound (printed scaled and at the true limits) only holds at N = 1 or small N. A line
//! per range also times `fetch_days` alone (reading without storing). `CURSOR_BENCH_DAYS=30,90`
//! picks the ranges.
//! SQLite (a temp file) stores the data; each range starts from an empty database.
//!
//! Run: `cargo bench --bench cursor_backfill` (add `--profile dev` to skip a release build).
//! Under `cargo test --benches` it does nothing.
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

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::providers::RetryPolicy;
use ai_usage::storage::integrations;
use ai_usage::sync::events::EventBus;
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, Trigger};
use chrono::{Duration as Days, NaiveDate, Utc};
use common::{TestDb, test_engine_config};
use fake::{CursorFake, EVENTS_PER_PERSON_DAY, PEOPLE};
use sync_support::{days_ago, seed_claude, store_with_key, stored};

#[path = "cursor_backfill/fake.rs"]
mod fake;

const DAILY_LIMIT: u32 = 20;
const EVENTS_LIMIT: u32 = 60;
const PAGE_SIZE: u64 = 1_000;

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("cursor_backfill: run with `cargo bench --bench cursor_backfill`");
        return;
    }
    let scale: u32 =
        std::env::var("CURSOR_BENCH_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    let ranges: Vec<i64> = std::env::var("CURSOR_BENCH_DAYS")
        .unwrap_or_else(|_| "30,90,365".into())
        .split(',')
        .filter_map(|d| d.trim().parse().ok())
        .collect();
    println!(
        "cursor_backfill: {PEOPLE} people × {EVENTS_PER_PERSON_DAY} events a person-day; limits {DAILY_LIMIT}/min \
         (daily usage, members) and {EVENTS_LIMIT}/min (usage events), clock ×{scale}"
    );
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        for days in ranges {
            bench(days, scale).await;
        }
        history_walk(scale).await;
    });
}

async fn bench(days: i64, scale: u32) {
    let window = Duration::from_secs(60) / scale;
    let fake = CursorFake::start(window, DAILY_LIMIT, EVENTS_LIMIT).await;
    let t = TestDb::of("sqlite").await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let (ws, _) = seed_claude(&t.db, &keyring, "http://127.0.0.1:9", "unused-key-0123456789").await;
    let id = add_cursor(&t.db, &keyring, ws, &fake.base_url).await;
    let config = EngineConfig {
        retry: RetryPolicy { rate_limit_backoff: Duration::from_secs(1) / scale, ..RetryPolicy::default() },
        // The Admin budget sped up ×scale; the client scales the events budget alike.
        requests_per_minute: NonZeroU32::new(DAILY_LIMIT * scale),
        egress: test_engine_config().egress,
        ..EngineConfig::default()
    };
    let engine = SyncEngine::new(t.db.clone(), keyring, EventBus::new(), config);
    let (from, to) = (days_ago(days - 1), days_ago(0));

    let started = Instant::now();
    let summary = engine.run(id, RangeRequest::Days { from, to }, Trigger::Cli).await.expect("backfill");
    let elapsed = started.elapsed().as_secs_f64();

    let counts = fake.counts();
    let fetch_only = fetch_days_alone(days, scale).await;
    let (totals, _) = stored(&t.db, id).await;
    assert_eq!(summary.days, days as i32);
    assert_eq!(totals.rows as i64, PEOPLE * days, "one row per person-day");
    // Input tokens per person-day: Σ_{k<20} (100 + k) = 2,000 + 190 = 2,190.
    assert_eq!(totals.input_tokens, 2_190 * PEOPLE * days, "every event stored once");

    let windows = (days + 29) / 30;
    let pages = (PEOPLE as u64 * 30).div_ceil(PAGE_SIZE) as i64;
    let admin = counts.daily + counts.members;
    let bound_minutes =
        admin as f64 / f64::from(DAILY_LIMIT) + counts.events as f64 / f64::from(EVENTS_LIMIT);
    let bound = 1.1 * bound_minutes * 60.0 / f64::from(scale);
    println!(
        "{days:>4} days: daily usage {} requests (bound ⌈{days}/30⌉ × {pages} = {}), usage events {}, members {}, \
         429s {}; {elapsed:.1} s (bound 1.1 × Σ requests ÷ limit = {bound:.1} s; at the true limits {:.1} s) → {}",
        counts.daily,
        windows * pages,
        counts.events,
        counts.members,
        counts.limited,
        1.1 * bound_minutes * 60.0,
        if counts.daily <= windows * pages && elapsed <= bound {
            "within both bounds"
        } else {
            "OUT OF BOUNDS"
        },
    );
    println!(
        "{days:>4} days: of which reading (fetch_days alone, same limits) {fetch_only:.1} s; the rest is storing"
    );
}

/// Seconds `CursorClient::fetch_days` takes over the same days, in the engine's 30-day windows,
/// against a fresh fake: the vendor side without storage.
async fn fetch_days_alone(days: i64, scale: u32) -> f64 {
    let fake = CursorFake::start(Duration::from_secs(60) / scale, DAILY_LIMIT, EVENTS_LIMIT).await;
    let mut config = ai_usage::providers::ProviderConfig::new(&fake.base_url, "crsr_bench_key");
    config.requests_per_minute = NonZeroU32::new(DAILY_LIMIT * scale);
    config.egress = test_engine_config().egress;
    let client = ai_usage::providers::cursor::CursorClient::new(config).expect("client");
    let started = Instant::now();
    let mut from = days_ago(days - 1);
    while from <= days_ago(0) {
        let to = (from + Days::days(29)).min(days_ago(0));
        let outcomes = client.fetch_days(from, to).await;
        assert!(outcomes.iter().all(|(_, o)| o.is_ok()), "every day read");
        from = to + Days::days(1);
    }
    started.elapsed().as_secs_f64()
}

/// The history walk a backfill starts with when `AI_USAGE_BACKFILL_DAYS` is unset, against a fake
/// that serves every day: its extra daily-usage requests (at most 25, to two years back).
async fn history_walk(scale: u32) {
    let fake = CursorFake::start(Duration::from_secs(60) / scale, DAILY_LIMIT, EVENTS_LIMIT).await;
    let mut config = ai_usage::providers::ProviderConfig::new(&fake.base_url, "crsr_bench_key");
    config.requests_per_minute = NonZeroU32::new(DAILY_LIMIT * scale);
    config.egress = test_engine_config().egress;
    let client = ai_usage::providers::cursor::CursorClient::new(config).expect("client");
    let today = Utc::now().date_naive();
    let started = Instant::now();
    let horizon = match client.discover_earliest_day(today).await.expect("walk") {
        Some(day) => day.to_string(),
        None => "none (served down to the floor)".to_owned(),
    };
    let floor: NaiveDate = today - Days::days(ai_usage::providers::cursor::MAX_HISTORY_DAYS.into());
    println!(
        "history walk (no AI_USAGE_BACKFILL_DAYS, a vendor serving everything): {} daily-usage requests in {:.1} s, \
         horizon {horizon} (the walk's floor {floor})",
        fake.counts().daily,
        started.elapsed().as_secs_f64()
    );
}

async fn add_cursor(db: &ai_usage::storage::Db, keyring: &KeyRing, workspace_id: i64, base_url: &str) -> i64 {
    let new = integrations::NewIntegration::builder(workspace_id, ai_usage::domain::Provider::Cursor)
        .display_name("Cursor")
        .base_url(base_url);
    store_with_key(db, keyring, &new, "crsr_bench_key_0123456789abcdef").await
}
