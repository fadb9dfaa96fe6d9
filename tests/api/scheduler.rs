//! The scheduler claims due integrations through the database: two replicas sharing one database
//! sync each due integration exactly once; one failing integration does not stop the others.

use crate::common;
use crate::sync_support;

use std::sync::Arc;
use std::time::Duration;

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::domain::IntegrationStatus;
use ai_usage::storage::{Db, integrations, sync_runs};
use ai_usage::sync::events::EventBus;
use ai_usage::sync::{EngineConfig, Scheduler, SchedulerConfig, SyncEngine};
use common::{TestDb, test_engine_config};
use sync_support::{
    ClaudeFake, DayScript, GOOD_KEY, add_claude, days_ago, now, row, run_count, seed_claude, stored,
};

fn engine(db: Db, keyring: Arc<KeyRing>) -> SyncEngine {
    // Never-synced integrations backfill today-2 ..= today (3 days).
    let config = EngineConfig { history_days: Some(2), ..test_engine_config() };
    SyncEngine::new(db, keyring, EventBus::new(), config)
}

fn scheduler(engine: SyncEngine) -> Scheduler {
    Scheduler::new(engine, SchedulerConfig { interval: Duration::from_millis(50), max_concurrent: 2 })
}

async fn two_replicas_sync_each_due_integration_once(backend: &str) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let fake = ClaudeFake::start().await;
    let d = days_ago(1);
    // Every integration reads the same fake: one row of 2 sessions on yesterday.
    fake.set_day(d, DayScript::Rows(vec![row(d, "alice@x.io", 2, 100, 10)]));
    // Four due integrations: never scheduled (NULL) or due in the past; one not due yet.
    let (ws, first) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    let past = Some(now() - chrono::TimeDelta::minutes(5));
    let mut due = vec![first];
    for next in [None, past, past] {
        due.push(add_claude(&t.db, &keyring, ws, &fake.base_url, GOOD_KEY, next).await);
    }
    let later =
        add_claude(&t.db, &keyring, ws, &fake.base_url, GOOD_KEY, Some(now() + chrono::TimeDelta::hours(1)))
            .await;

    // Two replicas: separate pools, engines (instance ids) and schedulers on one database.
    let other_db = Db::connect(&t.url).await.unwrap();
    let a = scheduler(engine(t.db.clone(), keyring.clone()));
    let b = scheduler(engine(other_db, keyring.clone()));
    let (claimed_a, claimed_b) = tokio::join!(a.tick(), b.tick());
    let (claimed_a, claimed_b) = (claimed_a.unwrap(), claimed_b.unwrap());

    assert_eq!(claimed_a + claimed_b, 4, "a claimed {claimed_a}, b claimed {claimed_b}");
    for id in &due {
        let runs = sync_runs::recent(&t.db, *id, 10).await.unwrap();
        assert_eq!(runs.len(), 1, "integration {id} ran {} times", runs.len());
        assert_eq!(
            (runs[0].status.as_str(), runs[0].trigger_kind.as_str(), runs[0].days_total),
            ("succeeded", "schedule", 3),
            "run error: {:?}",
            runs[0].error
        );
        // One row of 2 sessions per integration.
        assert_eq!(stored(&t.db, *id).await.0.sessions, 2);
        let next = integrations::get(&t.db, *id).await.unwrap().next_sync_at.unwrap();
        assert!(next > now(), "next_sync_at {next} is not in the future");
    }
    assert_eq!(run_count(&t.db, later).await, 0);
    // The four runs wrote the same workspace-day at once: its rollup holds all four,
    // 4 integrations × 2 sessions = 8, not the last writer's view.
    let scope = ai_usage::storage::analytics::Scope {
        workspace_id: ws,
        from: d,
        to: d,
        providers: vec![],
        integration_ids: vec![],
        actor_ids: None,
        identities: ai_usage::domain::Identities::Humans,
    };
    let totals = ai_usage::storage::analytics::day_totals(&t.db, &scope).await.unwrap();
    assert_eq!(totals.iter().map(|r| r.sums.sessions).sum::<i64>(), 8);

    // Nothing is due any more.
    let (again_a, again_b) = tokio::join!(a.tick(), b.tick());
    assert_eq!((again_a.unwrap(), again_b.unwrap()), (0, 0));
}

async fn a_failing_integration_does_not_stop_the_loop(backend: &str) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let fake = ClaudeFake::start().await;
    let (ws, good) = seed_claude(&t.db, &keyring, &fake.base_url, GOOD_KEY).await;
    let revoked =
        add_claude(&t.db, &keyring, ws, &fake.base_url, "sk-ant-admin01-revoked-key-00000000", None).await;
    // A broken vendor URL: nothing listens on port 1.
    let unreachable = add_claude(&t.db, &keyring, ws, "http://127.0.0.1:1", GOOD_KEY, None).await;

    let handle = scheduler(engine(t.db.clone(), keyring)).spawn();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let mut finished = 0;
        for id in [good, revoked, unreachable] {
            let runs = sync_runs::recent(&t.db, id, 1).await.unwrap();
            if runs.first().is_some_and(|r| r.finished_at.is_some()) {
                finished += 1;
            }
        }
        if finished == 3 {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "scheduled runs did not finish");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    handle.stop();

    let status = |id| {
        let db = t.db.clone();
        async move { integrations::get(&db, id).await.unwrap() }
    };
    assert_eq!(status(good).await.status, IntegrationStatus::Active);
    assert_eq!(status(revoked).await.status, IntegrationStatus::NeedsAttention);
    let unreachable_row = status(unreachable).await;
    assert_eq!(
        unreachable_row.status,
        IntegrationStatus::Active,
        "a network error is not the person's to fix"
    );
    assert!(unreachable_row.last_error.is_some());
}

on_both_backends!(two_replicas_sync_each_due_integration_once, a_failing_integration_does_not_stop_the_loop);
