//! The sync engine against a real database (both backends) and a fake Claude Code API over
//! real HTTP: what gets stored, what the run row and the integration say, what is announced.

use crate::common;
use crate::sync_support;

use std::sync::Arc;
use std::time::Duration;

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::domain::{DayFailureState, IntegrationStatus, SyncRunStatus};
use ai_usage::storage::{day_failures, integrations, sync_runs};
use ai_usage::sync::events::{BusMessage, EventBus, SyncEventKind};
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, SyncError, Trigger};
use chrono::NaiveDate;
use common::{TestDb, test_engine_config};
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, Totals, days_ago, row, seed_claude, stored};

/// Three days of usage ("version A"):
/// - d1: alice 2 sessions, 100 input tokens, 10¢; bob 1 session, 50 tokens, 5¢
/// - d2: alice 3 sessions, 200 tokens, 20¢
/// - d3: bob 4 sessions, 400 tokens, 40¢; carol 1 session, 10 tokens, 1¢
fn script_version_a(fake: &ClaudeFake) -> [NaiveDate; 3] {
    let (d1, d2, d3) = (days_ago(3), days_ago(2), days_ago(1));
    fake.set_day(d1, DayScript::Rows(vec![row(d1, "alice@x.io", 2, 100, 10), row(d1, "bob@x.io", 1, 50, 5)]));
    fake.set_day(d2, DayScript::Rows(vec![row(d2, "alice@x.io", 3, 200, 20)]));
    fake.set_day(d3, DayScript::Rows(vec![row(d3, "bob@x.io", 4, 400, 40), row(d3, "carol@x.io", 1, 10, 1)]));
    [d1, d2, d3]
}

/// Totals of version A: 5 rows; sessions 2+1+3+4+1 = 11; tokens 100+50+200+400+10 = 760;
/// cost (10+5+20+40+1)¢ = 76¢ = 76,000 millicents.
const TOTALS_A: Totals = Totals { rows: 5, sessions: 11, input_tokens: 760, cost_millicents: 76_000 };

struct Setup {
    _db: TestDb,
    engine: SyncEngine,
    events: EventBus,
    fake: ClaudeFake,
    integration_id: i64,
}

async fn setup(backend: &str, config: EngineConfig) -> Setup {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let fake = ClaudeFake::start().await;
    let (_, integration_id) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    let events = EventBus::new();
    let engine = SyncEngine::new(t.db.clone(), keyring, events.clone(), config);
    Setup { _db: t, engine, events, fake, integration_id }
}

fn days(from: NaiveDate, to: NaiveDate) -> RangeRequest {
    RangeRequest::Days { from, to }
}

async fn three_days_are_stored_and_announced(backend: &str) {
    let s = setup(backend, test_engine_config()).await;
    let [d1, d2, d3] = script_version_a(&s.fake);
    let mut events = s.events.subscribe();

    let summary = s.engine.run(s.integration_id, days(d1, d3), Trigger::Manual).await.expect("sync");

    assert_eq!((summary.days, summary.records), (3, 5));
    let (totals, per_day) = stored(s.engine.db(), s.integration_id).await;
    assert_eq!(totals, TOTALS_A);
    // d1: alice + bob = 2 rows, 3 sessions, 150 tokens, 15¢.
    assert_eq!(per_day[&d1], Totals { rows: 2, sessions: 3, input_tokens: 150, cost_millicents: 15_000 });

    let run = sync_runs::get(s.engine.db(), summary.run_id).await.unwrap();
    assert_eq!((run.status, run.days_total, run.days_done, run.records), (SyncRunStatus::Succeeded, 3, 3, 5));
    assert_eq!(run.trigger_kind, Trigger::Manual);
    assert_eq!(run.claimed_by.as_deref(), Some(s.engine.instance_id()));
    let integration = integrations::get(s.engine.db(), s.integration_id).await.unwrap();
    assert_eq!((integration.status, integration.last_error), (IntegrationStatus::Active, None));
    assert!(integration.last_synced_at.is_some());

    let mut seen = Vec::new();
    while let Ok(BusMessage::Event(event)) = events.try_recv() {
        assert_eq!(
            (event.run_id, event.integration_id, event.days_total),
            (summary.run_id, s.integration_id, 3)
        );
        seen.push((event.kind, event.days, event.days_done));
    }
    assert_eq!(
        seen,
        [
            (SyncEventKind::Started, vec![], 0),
            (SyncEventKind::DayCommitted, vec![d1], 1),
            (SyncEventKind::DayCommitted, vec![d2], 2),
            (SyncEventKind::DayCommitted, vec![d3], 3),
            (SyncEventKind::Succeeded, vec![], 3),
        ]
    );
}

async fn same_range_twice_is_not_doubled(backend: &str) {
    let s = setup(backend, test_engine_config()).await;
    let [d1, _, d3] = script_version_a(&s.fake);
    s.engine.run(s.integration_id, days(d1, d3), Trigger::Manual).await.expect("first sync");
    s.engine.run(s.integration_id, days(d1, d3), Trigger::Manual).await.expect("second sync");
    assert_eq!(stored(s.engine.db(), s.integration_id).await.0, TOTALS_A);
    assert_eq!(sync_support::run_count(s.engine.db(), s.integration_id).await, 2);
}

async fn a_malformed_day_is_recorded_and_the_run_goes_on(backend: &str) {
    let s = setup(backend, test_engine_config()).await;
    let [d1, d2, d3] = script_version_a(&s.fake);
    s.engine.run(s.integration_id, days(d1, d3), Trigger::Manual).await.expect("version A stored");
    // Version B: d1 becomes alice alone (5 sessions, 500 tokens, 50¢); d2 is cut off mid-JSON;
    // d3 becomes dave alone (9 sessions, 900 tokens, 90¢).
    s.fake.set_day(d1, DayScript::Rows(vec![row(d1, "alice@x.io", 5, 500, 50)]));
    s.fake.set_day(d2, DayScript::Malformed);
    s.fake.set_day(d3, DayScript::Rows(vec![row(d3, "dave@x.io", 9, 900, 90)]));

    let summary = s.engine.run(s.integration_id, days(d1, d3), Trigger::Manual).await.expect("partial");

    assert_eq!((summary.days, summary.days_failed, summary.records), (2, 1, 2));
    let (totals, per_day) = stored(s.engine.db(), s.integration_id).await;
    // d1 and d3 are version B; d2 is still version A exactly.
    assert_eq!(per_day[&d1], Totals { rows: 1, sessions: 5, input_tokens: 500, cost_millicents: 50_000 });
    assert_eq!(per_day[&d2], Totals { rows: 1, sessions: 3, input_tokens: 200, cost_millicents: 20_000 });
    assert_eq!(per_day[&d3], Totals { rows: 1, sessions: 9, input_tokens: 900, cost_millicents: 90_000 });
    // 1 + 1 + 1 rows; sessions 5 + 3 + 9 = 17; tokens 500 + 200 + 900 = 1,600; 50 + 20 + 90 = 160¢.
    assert_eq!(totals, Totals { rows: 3, sessions: 17, input_tokens: 1_600, cost_millicents: 160_000 });

    let run = &sync_runs::recent(s.engine.db(), s.integration_id, 1).await.unwrap()[0];
    assert_eq!((run.status, run.days_done, run.days_failed), (SyncRunStatus::Partial, 3, 1));
    let message = run.error.clone().expect("a partial run says which day failed");
    assert!(message.contains("1 of 3 days") && message.contains(&d2.to_string()), "{message}");
    assert!(message.contains("claude_code") && message.contains("unreadable"), "{message}");
    let failure = day_failures::get(s.engine.db(), s.integration_id, d2).await.unwrap().expect("recorded");
    assert_eq!((failure.attempts, failure.state), (1, DayFailureState::Failed));
    // Malformed data is not something a person can fix with a key: the status stays.
    let integration = integrations::get(s.engine.db(), s.integration_id).await.unwrap();
    assert_eq!(integration.status, IntegrationStatus::Active);
    assert_eq!(integration.last_error.as_deref(), Some(message.as_str()));
}

async fn a_killed_run_is_taken_over_without_duplicates(backend: &str) {
    // 1.5 s: the run must still count as live at the check right after the "crash" however
    // loaded the machine (its last renewal was at most a third of a lease earlier).
    let config = EngineConfig { lease: Duration::from_millis(1_500), ..test_engine_config() };
    let s = setup(backend, config).await;
    let [d1, d2, d3] = script_version_a(&s.fake);
    let a_d2 = DayScript::Rows(vec![row(d2, "alice@x.io", 3, 200, 20)]);
    s.fake.set_day(d2, DayScript::Slow(Duration::from_secs(3), Box::new(a_d2.clone())));
    let mut events = s.events.subscribe();

    let engine = s.engine.clone();
    let id = s.integration_id;
    let task = tokio::spawn(async move {
        engine.run(id, RangeRequest::Days { from: d1, to: d3 }, Trigger::Manual).await
    });
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), events.recv()).await.unwrap().unwrap();
        if let BusMessage::Event(event) = message
            && event.kind == SyncEventKind::DayCommitted
        {
            break;
        }
    }
    task.abort(); // the process "dies" while d2 is in flight
    let _ = task.await;
    let orphan = sync_runs::recent(s.engine.db(), id, 1).await.unwrap().remove(0);
    assert_eq!((orphan.status, orphan.days_done), (SyncRunStatus::Running, 1));

    // While its lease lasts, the run counts as live.
    let early = s.engine.run(id, days(d1, d3), Trigger::Manual).await;
    assert!(matches!(early, Err(SyncError::AlreadyRunning { run_id }) if run_id == orphan.id), "{early:?}");

    tokio::time::sleep(Duration::from_millis(1_600)).await;
    s.fake.set_day(d2, a_d2);
    let summary = s.engine.run(id, days(d1, d3), Trigger::Manual).await.expect("takeover");

    assert_eq!(summary.days, 3);
    assert_eq!(stored(s.engine.db(), id).await.0, TOTALS_A);
    let orphan = sync_runs::get(s.engine.db(), orphan.id).await.unwrap();
    assert_eq!(orphan.status, SyncRunStatus::Failed);
    assert!(orphan.error.as_deref().unwrap_or("").contains("interrupted"), "{:?}", orphan.error);
}

async fn a_revoked_key_needs_attention(backend: &str) {
    let s = setup(backend, test_engine_config()).await;
    let [d1, _, d3] = script_version_a(&s.fake);
    s.fake.accept_only("sk-ant-admin01-the-new-key-000000000");

    let error = s.engine.run(s.integration_id, days(d1, d3), Trigger::Manual).await.expect_err("401");

    let message = error.to_string();
    assert!(message.contains("invalid x-api-key"), "{message}");
    assert!(!message.contains(GOOD_KEY), "the key leaked: {message}");
    let integration = integrations::get(s.engine.db(), s.integration_id).await.unwrap();
    assert_eq!(integration.status, IntegrationStatus::NeedsAttention);
    assert!(integration.last_error.as_deref().unwrap_or("").contains("invalid x-api-key"));
    assert_eq!(stored(s.engine.db(), s.integration_id).await.0, Totals::default());
}

async fn due_runs_catch_up_from_the_last_completed_day(backend: &str) {
    // Backfill reach is 5 days: today-5 ..= today is 6 days.
    let config = EngineConfig { history_days: Some(5), trailing_days: 2, ..test_engine_config() };
    let s = setup(backend, config).await;
    script_version_a(&s.fake);
    let first = s.engine.run(s.integration_id, RangeRequest::Due, Trigger::Schedule).await.unwrap();
    assert_eq!((first.range.from, first.range.to, first.days), (days_ago(5), days_ago(0), 6));
    assert_eq!(stored(s.engine.db(), s.integration_id).await.0, TOTALS_A);
    // Synced through today: the next run re-fetches the trailing window, today-2 ..= today.
    let second = s.engine.run(s.integration_id, RangeRequest::Due, Trigger::Schedule).await.unwrap();
    assert_eq!((second.range.from, second.days), (days_ago(2), 3));
    assert_eq!(stored(s.engine.db(), s.integration_id).await.0, TOTALS_A);
}

async fn manual_ranges_are_validated(backend: &str) {
    let s = setup(backend, test_engine_config()).await;
    let future = s.engine.run(s.integration_id, days(days_ago(1), days_ago(-1)), Trigger::Manual).await;
    assert!(matches!(future, Err(SyncError::Range(_))), "{future:?}");
    let reversed = s.engine.run(s.integration_id, days(days_ago(1), days_ago(2)), Trigger::Manual).await;
    assert!(matches!(reversed, Err(SyncError::Range(_))), "{reversed:?}");
    assert_eq!(sync_support::run_count(s.engine.db(), s.integration_id).await, 0);
}

/// Syncs of one integration started at the same moment (two replicas, two clicks): exactly one
/// opens a run; the others are told a sync is already running.
async fn simultaneous_starts_open_one_run(backend: &str) {
    let s = setup(backend, test_engine_config()).await;
    let [d1, _, d3] = script_version_a(&s.fake);
    for round in 0..10 {
        let start = || s.engine.prepare(s.integration_id, days(d1, d3), Trigger::Manual);
        let (a, b, c) = tokio::join!(start(), start(), start());
        let mut opened = vec![];
        for outcome in [a, b, c] {
            match outcome {
                Ok(prepared) => opened.push(prepared.run().id),
                Err(SyncError::AlreadyRunning { .. }) => {}
                Err(other) => panic!("round {round}: {other}"),
            }
        }
        assert_eq!(opened.len(), 1, "round {round}: runs {opened:?}");
        let now = chrono::Utc::now().naive_utc();
        sync_runs::finish(s.engine.db(), opened[0], None, now).await.unwrap();
    }
}

on_both_backends!(
    simultaneous_starts_open_one_run,
    three_days_are_stored_and_announced,
    same_range_twice_is_not_doubled,
    a_malformed_day_is_recorded_and_the_run_goes_on,
    a_killed_run_is_taken_over_without_duplicates,
    a_revoked_key_needs_attention,
    due_runs_catch_up_from_the_last_completed_day,
    manual_ranges_are_validated,
);
