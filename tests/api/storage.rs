//! Repository operations round-trip on both backends; migrations are idempotent; a day written
//! twice is stored once, with the second values.

use crate::common;

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, IntegrationStatus, Measures, ProviderDay,
    RawPayload, Role, SyncRunStatus, Trigger,
};
use ai_usage::storage::{self, StorageError, day_writer, integrations, sync_runs, users, workspaces};
use chrono::{NaiveDate, NaiveDateTime};
use common::TestDb;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap().and_hms_opt(12, 0, 0).unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

async fn seed_integration(db: &storage::Db) -> (i64, i64) {
    let user = users::create(
        db,
        &users::NewUser {
            email: "ana@example.com",
            display_name: "Ana",
            password_hash: None,
            is_instance_admin: false,
            created_at: now(),
        },
    )
    .await
    .unwrap();
    let ws = workspaces::create_with_owner(db, "Team", workspaces::WorkspaceKind::Team, user.id, now())
        .await
        .unwrap();
    let new = integrations::NewIntegration::builder(ws.id, ai_usage::domain::Provider::ClaudeCode)
        .display_name("Claude")
        .sealed(&[1, 2, 3], "sk-ant-…abcd");
    let integration = integrations::create(db, &new).await.unwrap();
    (ws.id, integration.id)
}

fn actor(email: &str) -> ActorKey {
    ActorKey { kind: ActorKind::Email, identifier: email.into(), external_id: None }
}

fn measures(interactions: i64, output_tokens: i64) -> Measures {
    Measures { interactions, output_tokens, ..Measures::default() }
}

async fn migrations_apply_twice(backend: &str) {
    let t = TestDb::of(backend).await;
    // TestDb already migrated once; a second run finds nothing to do and keeps the data.
    let (_, integration_id) = seed_integration(&t.db).await;
    let applied = t.db.run_migrations().await.unwrap();
    assert!(applied.is_empty(), "second migration run applied {applied:?}");
    assert_eq!(integrations::get(&t.db, integration_id).await.unwrap().display_name, "Claude");
}

async fn users_round_trip(backend: &str) {
    let t = TestDb::of(backend).await;
    assert_eq!(users::count(&t.db).await.unwrap(), 0);
    let created = users::create(
        &t.db,
        &users::NewUser {
            email: "bo@example.com",
            display_name: "Bo",
            password_hash: Some("h"),
            is_instance_admin: true,
            created_at: now(),
        },
    )
    .await
    .unwrap();
    let found = users::find_by_email(&t.db, "bo@example.com").await.unwrap().unwrap();
    assert_eq!(found.id, created.id);
    assert_eq!(found.password_hash.as_deref(), Some("h"));
    assert!(found.is_instance_admin);
    assert_eq!(found.created_at, now());
    assert!(users::find_by_email(&t.db, "nobody@example.com").await.unwrap().is_none());
    let duplicate = users::create(
        &t.db,
        &users::NewUser {
            email: "bo@example.com",
            display_name: "Bo 2",
            password_hash: None,
            is_instance_admin: false,
            created_at: now(),
        },
    )
    .await;
    assert!(matches!(duplicate, Err(StorageError::Conflict(_))), "got {duplicate:?}");
    assert!(matches!(users::get(&t.db, created.id + 100).await, Err(StorageError::NotFound)));
}

async fn workspaces_and_roles(backend: &str) {
    let t = TestDb::of(backend).await;
    let new = |email: &'static str| users::NewUser {
        email,
        display_name: email,
        password_hash: None,
        is_instance_admin: false,
        created_at: now(),
    };
    let owner = users::create(&t.db, &new("o@example.com")).await.unwrap();
    let viewer = users::create(&t.db, &new("v@example.com")).await.unwrap();
    let ws =
        workspaces::create_with_owner(&t.db, "Platform", workspaces::WorkspaceKind::Team, owner.id, now())
            .await
            .unwrap();
    assert_eq!(workspaces::get(&t.db, ws.id).await.unwrap().name, "Platform");
    assert_eq!(ws.min_group_size, 1);
    assert_eq!(workspaces::role_of(&t.db, ws.id, owner.id).await.unwrap(), Some(Role::Owner));
    assert_eq!(workspaces::role_of(&t.db, ws.id, viewer.id).await.unwrap(), None);
    workspaces::set_member_role(&t.db, ws.id, viewer.id, Role::Viewer, now()).await.unwrap();
    assert_eq!(workspaces::role_of(&t.db, ws.id, viewer.id).await.unwrap(), Some(Role::Viewer));
    // Setting a role again updates it rather than adding a second membership.
    workspaces::set_member_role(&t.db, ws.id, viewer.id, Role::Admin, now()).await.unwrap();
    assert_eq!(workspaces::role_of(&t.db, ws.id, viewer.id).await.unwrap(), Some(Role::Admin));
    let listed = workspaces::list_for_user(&t.db, viewer.id).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].1, Role::Admin);
}

async fn integrations_round_trip(backend: &str) {
    let t = TestDb::of(backend).await;
    let (ws, id) = seed_integration(&t.db).await;
    let stored = integrations::get(&t.db, id).await.unwrap();
    assert_eq!(stored.secret_ciphertext, vec![1, 2, 3]);
    assert_eq!(stored.status, IntegrationStatus::Active);
    assert_eq!(stored.schedule, "0 2 * * *");
    integrations::record_sync_failure(&t.db, id, "key revoked", true, now()).await.unwrap();
    let after = integrations::list_for_workspace(&t.db, ws).await.unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].status, IntegrationStatus::NeedsAttention);
    assert_eq!(after[0].last_error.as_deref(), Some("key revoked"));
    assert_eq!(after[0].last_synced_at, None);
    integrations::record_sync_success(&t.db, id, now()).await.unwrap();
    let ok = integrations::get(&t.db, id).await.unwrap();
    assert_eq!((ok.status, ok.last_error, ok.last_synced_at), (IntegrationStatus::Active, None, Some(now())));
    // A transient failure leaves the status alone but records what happened.
    integrations::record_sync_failure(&t.db, id, "vendor said 503", false, now()).await.unwrap();
    let transient = integrations::get(&t.db, id).await.unwrap();
    assert_eq!(
        (transient.status, transient.last_error.as_deref()),
        (IntegrationStatus::Active, Some("vendor said 503"))
    );
    assert!(integrations::list_for_workspace(&t.db, ws + 1).await.unwrap().is_empty());
}

fn provider_day(d: NaiveDate, rows: Vec<ActorDay>, raw: &str) -> ProviderDay {
    ProviderDay {
        day: d,
        actors: rows,
        raw: vec![RawPayload { endpoint: "usage_report/claude_code".into(), body: raw.into() }],
    }
}

async fn day_written_twice_is_stored_once(backend: &str) {
    let t = TestDb::of(backend).await;
    let (ws, id) = seed_integration(&t.db).await;
    let first = provider_day(
        day(10),
        vec![
            ActorDay {
                actor: actor("a@x.io"),
                active: true,
                measures: measures(5, 100),
                breakdowns: vec![],
                teams: vec![],
            },
            ActorDay {
                actor: actor("b@x.io"),
                active: true,
                measures: measures(7, 200),
                breakdowns: vec![],
                teams: vec![],
            },
        ],
        r#"{"v":1}"#,
    );
    day_writer::write_day(&t.db, id, &first, "USD", now()).await.unwrap();
    // The second version of the day drops b and changes a: the day is replaced, not added to.
    let second = provider_day(
        day(10),
        vec![ActorDay {
            actor: actor("a@x.io"),
            active: true,
            measures: measures(9, 300),
            breakdowns: vec![],
            teams: vec![],
        }],
        r#"{"v":2}"#,
    );
    let written = day_writer::write_day(&t.db, id, &second, "USD", now()).await.unwrap();
    assert_eq!(written.actors, 1);
    let rows = storage::usage::list_daily_for_workspace(&t.db, ws, day(1), day(30), None, 100).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].1.identifier, "a@x.io");
    assert_eq!((rows[0].0.interactions, rows[0].0.output_tokens), (9, 300));
    let raw = storage::raw_payloads::for_day(&t.db, id, day(10)).await.unwrap();
    assert_eq!(raw, vec![("usage_report/claude_code".to_owned(), r#"{"v":2}"#.to_owned())]);
}

async fn split_rows_and_breakdowns_are_summed(backend: &str) {
    let t = TestDb::of(backend).await;
    let (ws, id) = seed_integration(&t.db).await;
    let model = |name: &str, interactions, output| Breakdown {
        dimension: Dimension::Model,
        value: name.into(),
        measures: measures(interactions, output),
    };
    // One actor reported in two rows (local and remote), both using opus: one row per actor and
    // one breakdown row per model must come out, with sums 3+4=7 and 30+40=70 for opus.
    let local = ActorDay {
        actor: actor("a@x.io"),
        active: true,
        measures: Measures { sessions: 2, cost_millicents: 1_000, ..measures(3, 30) },
        breakdowns: vec![model("opus", 3, 30)],
        teams: vec!["core".into()],
    };
    let remote = ActorDay {
        actor: actor("a@x.io"),
        active: true,
        measures: Measures { sessions: 1, cost_millicents: 500, ..measures(4, 40) },
        breakdowns: vec![model("opus", 4, 25), model("sonnet", 0, 15)],
        teams: vec!["core".into()],
    };
    day_writer::write_day(&t.db, id, &provider_day(day(11), vec![local, remote], "{}"), "USD", now())
        .await
        .unwrap();
    let rows =
        storage::usage::list_daily_for_workspace(&t.db, ws, day(11), day(11), None, 100).await.unwrap();
    assert_eq!(rows.len(), 1);
    let u = &rows[0].0;
    assert_eq!((u.sessions, u.interactions, u.output_tokens, u.cost_millicents), (3, 7, 70, 1_500));
    let breakdowns = storage::usage::breakdowns_for_day(&t.db, id, day(11)).await.unwrap();
    assert_eq!(
        breakdowns,
        vec![(Dimension::Model, "opus".to_owned(), 7, 55), (Dimension::Model, "sonnet".to_owned(), 0, 15)]
    );
}

async fn many_actors_span_several_insert_batches(backend: &str) {
    let t = TestDb::of(backend).await;
    let (ws, id) = seed_integration(&t.db).await;
    // 1,234 actors: more than two multi-row INSERT batches of 500.
    let rows: Vec<ActorDay> = (0..1_234)
        .map(|i| ActorDay {
            actor: actor(&format!("p{i}@x.io")),
            active: true,
            measures: measures(i, 2 * i),
            breakdowns: vec![],
            teams: vec![],
        })
        .collect();
    day_writer::write_day(&t.db, id, &provider_day(day(12), rows, "{}"), "USD", now()).await.unwrap();
    let stored =
        storage::usage::list_daily_for_workspace(&t.db, ws, day(12), day(12), None, 10_000).await.unwrap();
    assert_eq!(stored.len(), 1_234);
    // Σ i for i in 0..1234 = 1233·1234/2 = 760,761.
    assert_eq!(stored.iter().map(|(u, _)| u.interactions).sum::<i64>(), 760_761);
}

async fn sync_runs_round_trip(backend: &str) {
    let t = TestDb::of(backend).await;
    let (_, id) = seed_integration(&t.db).await;
    let lease = now() + chrono::TimeDelta::minutes(10);
    let new_run = sync_runs::NewRun {
        integration_id: id,
        trigger: Trigger::Manual,
        from: day(1),
        to: day(3),
        days_total: 3,
        claimed_by: "test-instance",
        lease_expires_at: lease,
        now: now(),
        retry_days: &[],
    };
    let run = sync_runs::start(&t.db, &new_run).await.unwrap();
    assert_eq!((run.status, run.days_total, run.days_done), (SyncRunStatus::Running, 3, 0));
    assert_eq!((run.claimed_by.as_deref(), run.lease_expires_at), (Some("test-instance"), Some(lease)));
    let counts = sync_runs::RunCounts { days_done: 2, days_failed: 1, records: 40 };
    sync_runs::record_progress(&t.db, run.id, counts, lease).await.unwrap();
    sync_runs::finish(&t.db, run.id, Some("vendor said 500"), now()).await.unwrap();
    let recent = sync_runs::recent(&t.db, id, 5).await.unwrap();
    assert_eq!(recent.len(), 1);
    let r = &recent[0];
    assert_eq!((r.status, r.days_done, r.days_failed, r.records), (SyncRunStatus::Failed, 2, 1, 40));
    assert_eq!(r.error.as_deref(), Some("vendor said 500"));
    assert_eq!(r.finished_at, Some(now()));
}

on_both_backends!(
    migrations_apply_twice,
    users_round_trip,
    workspaces_and_roles,
    integrations_round_trip,
    day_written_twice_is_stored_once,
    split_rows_and_breakdowns_are_summed,
    many_actors_span_several_insert_batches,
    sync_runs_round_trip,
);

#[test]
fn migration_trees_list_the_same_versions() {
    let list = |backend: &str| {
        let mut names: Vec<String> =
            std::fs::read_dir(format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
        names.sort();
        names
    };
    assert_eq!(list("postgres"), list("sqlite"));
    assert_eq!(list("postgres"), storage::MIGRATION_VERSIONS_POSTGRES);
    assert_eq!(list("sqlite"), storage::MIGRATION_VERSIONS_SQLITE);
}
