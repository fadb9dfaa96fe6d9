//! Run leases (issue #10): a live run is renewed by its heartbeat however slow the vendor, so it
//! is never taken over; a process restarted with the same instance id takes its dead runs over at
//! once and finishes them exactly.

use std::sync::Arc;
use std::time::Duration;

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::storage::sync_runs;
use ai_usage::sync::events::{BusMessage, EventBus, SyncEventKind};
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, SyncError, Trigger};
use chrono::NaiveDate;

use crate::common::{TestDb, test_engine_config};
use crate::sync_support::{ClaudeFake, DayScript, GOOD_KEY, Totals, days_ago, row, seed_claude, stored};

/// Four days, one row each: alice 1, 2, 3, 4 sessions with 10× tokens and as many cents.
/// Sums: 4 rows, 10 sessions, 100 tokens, 10¢ = 10,000 millicents.
const TOTALS: Totals = Totals { rows: 4, sessions: 10, input_tokens: 100, cost_millicents: 10_000 };

fn script(fake: &ClaudeFake, pause: Duration) -> (NaiveDate, NaiveDate) {
    for n in 1..=4i64 {
        let day = days_ago(5 - n);
        let rows = DayScript::Rows(vec![row(day, "alice@x.io", n, 10 * n, n)]);
        fake.set_day(day, DayScript::Slow(pause, Box::new(rows)));
    }
    (days_ago(4), days_ago(1))
}

fn engine(db: &TestDb, keyring: &Arc<KeyRing>, config: EngineConfig) -> SyncEngine {
    SyncEngine::new(db.db.clone(), keyring.clone(), EventBus::new(), config)
}

/// Leases of 1.5 s renewed every 100 ms: a heartbeat may be 1.4 s late (a loaded CI machine, a
/// SQLite write waiting on the lock) before a live run could be taken over.
fn short_leases(instance: &str) -> EngineConfig {
    EngineConfig {
        lease: Duration::from_millis(1_500),
        heartbeat: Duration::from_millis(100),
        instance_id: Some(instance.to_owned()),
        ..test_engine_config()
    }
}

async fn a_live_run_longer_than_three_leases_is_never_taken_over(backend: &str) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let fake = ClaudeFake::start().await;
    // Each day takes 1.6 s, longer than a whole lease, so only the heartbeat keeps the run alive
    // between two days' progress; the whole run lasts over 4 leases.
    let (from, to) = script(&fake, Duration::from_millis(1_600));
    let (_, id) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    let (a, b) = (engine(&t, &keyring, short_leases("node-a")), engine(&t, &keyring, short_leases("node-b")));

    let range = RangeRequest::Days { from, to };
    let prepared = a.prepare(id, range, Trigger::Manual).await.expect("node-a opens the run");
    let live = prepared.run().id;
    let running = tokio::spawn(prepared.execute());
    let mut attempts = 0;
    while !running.is_finished() {
        tokio::time::sleep(Duration::from_millis(100)).await;
        match b.prepare(id, range, Trigger::Manual).await {
            Err(SyncError::AlreadyRunning { run_id }) if run_id == live => attempts += 1,
            // The live run's row says `succeeded` a moment before its task ends; in that moment
            // node-b may rightly open the next run. Taken over, the live run would be `failed`.
            Ok(next) => {
                let closed = sync_runs::get(&t.db, live).await.unwrap();
                assert_eq!(
                    closed.status.as_str(),
                    "succeeded",
                    "the live run was taken over by {}",
                    next.run().id
                );
                break;
            }
            Err(other) => panic!("node-b's attempt failed otherwise: {other:?}"),
        }
    }
    let summary = running.await.unwrap().expect("the live run finishes");
    assert!(attempts >= 10, "only {attempts} take-over attempts were made");
    assert_eq!(summary.days, 4);
    let run = sync_runs::get(&t.db, summary.run_id).await.unwrap();
    assert_eq!((run.status.as_str(), run.error), ("succeeded", None));
    assert_eq!(stored(&t.db, id).await.0, TOTALS);
}

async fn a_restarted_instance_takes_its_dead_run_over_at_once(backend: &str) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let fake = ClaudeFake::start().await;
    let (from, to) = script(&fake, Duration::from_millis(150));
    let (_, id) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    // The default lease (60 s): without the instance id the run would block syncing that long.
    let config = EngineConfig { instance_id: Some("node-1".into()), ..test_engine_config() };
    let first = SyncEngine::new(t.db.clone(), keyring.clone(), EventBus::new(), config.clone());
    let mut events = first.events().subscribe();
    let task =
        tokio::spawn(async move { first.run(id, RangeRequest::Days { from, to }, Trigger::Manual).await });
    let mut committed = 0;
    while committed < 2 {
        let message = tokio::time::timeout(Duration::from_secs(10), events.recv()).await.unwrap().unwrap();
        if let BusMessage::Event(event) = message
            && event.kind == SyncEventKind::DayCommitted
        {
            committed += 1;
        }
    }
    task.abort(); // the process dies with day 3 in flight
    let _ = task.await;
    let dead = sync_runs::recent(&t.db, id, 1).await.unwrap().remove(0);
    assert_eq!((dead.status.as_str(), dead.days_done), ("running", 2));

    let other =
        engine(&t, &keyring, EngineConfig { instance_id: Some("node-2".into()), ..test_engine_config() });
    assert!(other.resume_own_runs().await.unwrap().is_empty(), "another instance's run is not its own");
    let restarted = engine(&t, &keyring, config);
    let resumed = restarted.resume_own_runs().await.unwrap();
    assert_eq!(resumed.len(), 1);
    for task in resumed {
        let summary = task.await.unwrap().expect("the resumed run finishes");
        assert_eq!((summary.run_id, summary.days), (dead.id, 4));
    }
    let run = sync_runs::get(&t.db, dead.id).await.unwrap();
    assert_eq!((run.status.as_str(), run.days_done, run.records), ("succeeded", 4, 4));
    assert_eq!(stored(&t.db, id).await.0, TOTALS);
    // Days committed before the crash were not fetched again.
    assert_eq!(fake.fetches_of(from), 1);
}

on_both_backends!(
    a_live_run_longer_than_three_leases_is_never_taken_over,
    a_restarted_instance_takes_its_dead_run_over_at_once,
);
