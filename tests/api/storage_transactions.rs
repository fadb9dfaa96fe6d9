//! Repository calls composed in one transaction (`Db::transaction`): a failure rolls every call
//! back, a success keeps them all, and concurrent SQLite writers wait their turn instead of
//! failing with "database is locked"; no file but `storage/conn.rs` opens a transaction.

use crate::common;

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, DayFailureState, Measures, Provider, ProviderDay, Role, Seat,
};
use ai_usage::storage::day_failures::{self, FailureUpdate};
use ai_usage::storage::integrations::NewIntegration;
use ai_usage::storage::{self, Db, StorageError, audit, day_writer, integrations, seats, users, workspaces};
use chrono::{NaiveDate, NaiveDateTime};
use common::TestDb;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap().and_hms_opt(12, 0, 0).unwrap()
}

fn new_user(email: &str) -> users::NewUser<'_> {
    users::NewUser {
        email,
        display_name: "Ana",
        password_hash: None,
        is_instance_admin: false,
        created_at: now(),
    }
}

/// Ana, and a team workspace she owns, stored outside any transaction.
async fn owner_and_team(db: &Db) -> (users::User, workspaces::Workspace) {
    let owner = users::create(db, &new_user("ana@example.com")).await.unwrap();
    let ws = workspaces::create_with_owner(db, "Team", workspaces::WorkspaceKind::Team, owner.id, now())
        .await
        .unwrap();
    (owner, ws)
}

/// The error a transaction body returns to make the transaction roll back.
fn refused() -> StorageError {
    StorageError::Conflict("the test refuses to commit".into())
}

/// A user and a team workspace they own, both made inside one transaction that then returns
/// `outcome`; the ids the transaction saw, whatever it returned.
async fn user_and_workspace_in_one_transaction(
    db: &Db,
    commit: bool,
) -> (Result<(), StorageError>, i64, i64) {
    let mut seen = (0, 0);
    let outcome = db
        .transaction(async |mut tx| {
            let user = users::create(&mut tx, &new_user("ana@example.com")).await?;
            let ws = workspaces::create_with_owner(
                &mut tx,
                "Team",
                workspaces::WorkspaceKind::Team,
                user.id,
                now(),
            )
            .await?;
            // Read back inside the transaction: the second call sees the first one's row.
            assert_eq!(workspaces::role_of(&mut tx, ws.id, user.id).await?, Some(Role::Owner));
            seen = (user.id, ws.id);
            if commit { Ok(()) } else { Err(refused()) }
        })
        .await;
    (outcome, seen.0, seen.1)
}

async fn a_failed_transaction_stores_none_of_its_calls(backend: &str) {
    let t = TestDb::of(backend).await;
    let (outcome, user_id, ws_id) = user_and_workspace_in_one_transaction(&t.db, false).await;
    assert!(matches!(outcome, Err(StorageError::Conflict(_))), "{outcome:?}");
    assert_eq!(users::count(&t.db).await.unwrap(), 0);
    assert!(users::find_by_email(&t.db, "ana@example.com").await.unwrap().is_none());
    assert!(matches!(workspaces::get(&t.db, ws_id).await, Err(StorageError::NotFound)));
    assert_eq!(workspaces::role_of(&t.db, ws_id, user_id).await.unwrap(), None);
}

async fn a_committed_transaction_keeps_all_its_calls(backend: &str) {
    let t = TestDb::of(backend).await;
    let (outcome, user_id, ws_id) = user_and_workspace_in_one_transaction(&t.db, true).await;
    outcome.unwrap();
    assert_eq!(users::get(&t.db, user_id).await.unwrap().email, "ana@example.com");
    assert_eq!(workspaces::get(&t.db, ws_id).await.unwrap().name, "Team");
    assert_eq!(workspaces::role_of(&t.db, ws_id, user_id).await.unwrap(), Some(Role::Owner));
}

fn actor(email: &str) -> ActorKey {
    ActorKey { kind: ActorKind::Email, identifier: email.into(), external_id: None }
}

/// The writers (`write_day`, `replace_seats`) open their own transaction; inside another one they
/// become part of it (a savepoint) and roll back with it.
async fn the_writers_roll_back_with_the_transaction_around_them(backend: &str) {
    let t = TestDb::of(backend).await;
    let (_, ws) = owner_and_team(&t.db).await;
    let integration =
        integrations::get(&t.db, common::keyless_integration(&t.db, ws.id, Provider::ClaudeCode).await)
            .await
            .unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 10).unwrap();
    let usage = ProviderDay {
        day,
        actors: vec![ActorDay {
            actor: actor("a@x.io"),
            active: true,
            measures: Measures { interactions: 5, output_tokens: 100, ..Measures::default() },
            breakdowns: vec![],
            teams: vec![],
        }],
        raw: vec![],
    };
    let roster = [Seat {
        actor: actor("a@x.io"),
        plan: Some("business".into()),
        assigned_at: None,
        last_activity_at: None,
        pending_cancellation_date: None,
        display_name: None,
    }];
    let outcome: Result<(), StorageError> =
        t.db.transaction(async |mut tx| {
            let written = day_writer::write_day(&mut tx, integration.id, &usage, "USD", now()).await?;
            assert_eq!(written.actors, 1);
            assert_eq!(seats::replace_seats(&mut tx, integration.id, &roster, now()).await?, 1);
            Err(refused())
        })
        .await;
    assert!(outcome.is_err());
    let rows = storage::usage::list_daily_for_workspace(&t.db, ws.id, day, day, None, 100).await.unwrap();
    assert!(rows.is_empty(), "the day stayed stored: {} rows", rows.len());
    assert!(seats::list(&t.db, integration.id).await.unwrap().is_empty());

    // The same calls committed are all there.
    t.db.transaction(async |mut tx| {
        day_writer::write_day(&mut tx, integration.id, &usage, "USD", now()).await?;
        seats::replace_seats(&mut tx, integration.id, &roster, now()).await.map(|_| ())
    })
    .await
    .unwrap();
    let rows = storage::usage::list_daily_for_workspace(&t.db, ws.id, day, day, None, 100).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(seats::list(&t.db, integration.id).await.unwrap().len(), 1);
}

/// Every repository module's functions take a pool or a transaction: an integration and its
/// audit entry, made in one transaction that fails, leave nothing behind; the transaction's own
/// reads see its writes.
async fn an_integration_with_its_audit_entry_rolls_back_as_one(backend: &str) {
    let t = TestDb::of(backend).await;
    let (owner, ws) = owner_and_team(&t.db).await;
    let outcome: Result<(), StorageError> =
        t.db.transaction(async |mut tx| {
            let new = NewIntegration::builder(ws.id, Provider::Cursor).sealed(b"x", "…");
            let integration = integrations::create(&mut tx, &new).await?;
            let target = integration.id.to_string();
            let event = audit::NewAuditEvent {
                workspace_id: Some(ws.id),
                actor_user_id: Some(owner.id),
                actor: "ana@example.com",
                action: "connectIntegration",
                target_kind: Some("integration"),
                target_id: Some(&target),
                detail: "{}",
                created_at: now(),
            };
            audit::record(&mut tx, &event).await?;
            assert_eq!(integrations::list_for_workspace(&mut tx, ws.id).await?.len(), 1);
            assert_eq!(audit::list(&mut tx, ws.id, false, None, 10).await?.len(), 1);
            assert_eq!(audit::workspace_of_integration(&mut tx, integration.id).await?, Some(ws.id));
            Err(refused())
        })
        .await;
    assert!(matches!(outcome, Err(StorageError::Conflict(_))), "{outcome:?}");
    assert!(integrations::list_for_workspace(&t.db, ws.id).await.unwrap().is_empty());
    assert!(audit::list(&t.db, ws.id, false, None, 10).await.unwrap().is_empty());
}

/// A `&db` written where `&mut tx` was meant is caught (debug builds, as tests are, stop at it):
/// the call would run outside the transaction, without its writes.
async fn a_pool_call_inside_a_transaction_is_caught(backend: &str) {
    let t = TestDb::of(backend).await;
    let db = t.db.clone();
    let task = tokio::spawn(async move {
        db.transaction(async |mut tx| {
            users::create(&mut tx, &new_user("ana@example.com")).await?;
            users::count(&db).await
        })
        .await
    });
    let panic = task.await.expect_err("a pool call inside the transaction went through").into_panic();
    let message = panic.downcast_ref::<&str>().copied().unwrap_or_default();
    assert!(message.contains("pass `&mut tx`, not `&db`"), "{message}");
    // Outside a transaction the same pool call is fine, and the transaction stored nothing.
    assert_eq!(users::count(&t.db).await.unwrap(), 0);
}

/// Eight tasks each read, then write, in one transaction at once. A deferred SQLite transaction
/// would fail here: two readers holding the shared lock cannot both upgrade it, and SQLite
/// answers "database is locked" at once instead of waiting. An IMMEDIATE one waits its turn.
async fn concurrent_writers_wait_their_turn(backend: &str) {
    const WRITERS: usize = 8;
    let t = TestDb::of(backend).await;
    let tasks: Vec<_> = (0..WRITERS)
        .map(|i| {
            let db = t.db.clone();
            tokio::spawn(async move {
                db.transaction(async |mut tx| {
                    let before = users::count(&mut tx).await?;
                    // Give the other writers time to start theirs while this one holds its own.
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                    let email = format!("writer{i}@example.com");
                    users::create(&mut tx, &new_user(&email)).await?;
                    Ok::<_, StorageError>(before)
                })
                .await
            })
        })
        .collect();
    let mut counts_seen = Vec::new();
    for task in tasks {
        counts_seen.push(task.await.unwrap().expect("a concurrent writer failed"));
    }
    assert_eq!(users::count(&t.db).await.unwrap(), WRITERS as i64);
    if backend == "sqlite" {
        // Serialised: each writer saw the ones before it, and no two saw the same count.
        counts_seen.sort_unstable();
        assert_eq!(counts_seen, (0..WRITERS as i64).collect::<Vec<_>>());
    }
}

/// Repository functions that read, then write, in a transaction of their own (a day's failure
/// record, an identity's link) use the same IMMEDIATE transactions: eight failed days of one
/// integration recorded at once all land. With deferred transactions, SQLite refused some of
/// them at once with "database is locked" (a reader cannot upgrade past a concurrent writer).
async fn concurrent_read_then_write_calls_all_land(backend: &str) {
    const DAYS: u32 = 8;
    let t = TestDb::of(backend).await;
    let (_, ws) = owner_and_team(&t.db).await;
    let integration = common::keyless_integration(&t.db, ws.id, Provider::ClaudeCode).await;
    let tasks: Vec<_> = (1..=DAYS)
        .map(|d| {
            let db = t.db.clone();
            tokio::spawn(async move {
                let day = NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
                day_failures::record(&db, integration, day, "HTTP 503", now(), |before| FailureUpdate {
                    attempts: before.map_or(1, |row| row.attempts + 1),
                    state: DayFailureState::Failed,
                    next_retry_at: Some(now()),
                })
                .await
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().expect("a concurrent failure record was refused");
    }
    let stored = day_failures::list(&t.db, integration).await.unwrap();
    assert_eq!(stored.len(), DAYS as usize);
    assert!(stored.iter().all(|f| f.attempts == 1));
}

crate::on_both_backends!(
    a_failed_transaction_stores_none_of_its_calls,
    a_committed_transaction_keeps_all_its_calls,
    the_writers_roll_back_with_the_transaction_around_them,
    an_integration_with_its_audit_entry_rolls_back_as_one,
    a_pool_call_inside_a_transaction_is_caught,
    concurrent_read_then_write_calls_all_land,
    concurrent_writers_wait_their_turn,
);

/// What opens a transaction without `Db::transaction` / `DbConn::transaction`: diesel's own
/// transaction calls on a connection (deferred on SQLite, where a read-then-write one fails at
/// once with "database is locked" under concurrent writers) and SQL text that begins one.
const RAW_TRANSACTIONS: &[&str] = &[
    "conn.transaction(",
    "pooled.transaction(",
    "immediate_transaction(",
    "exclusive_transaction(",
    "build_transaction(",
    "\"BEGIN",
    "\"begin",
];

/// A raw transaction named on a line, unless the line is a comment.
fn raw_transaction(line: &str) -> Option<&'static str> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return None;
    }
    RAW_TRANSACTIONS.iter().copied().find(|raw| code.contains(raw))
}

/// Only `storage/conn.rs` opens transactions (IMMEDIATE on SQLite, a savepoint when nested); every
/// other file under `src/` goes through it.
#[test]
fn transactions_are_opened_in_one_place() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for path in crate::closed_sets::rust_files(&src) {
        if path.ends_with("storage/conn.rs") {
            continue;
        }
        for (number, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            if let Some(raw) = raw_transaction(line) {
                found.push(format!("{}:{}: {raw}", path.display(), number + 1));
            }
        }
    }
    assert!(found.is_empty(), "open transactions with db.transaction(…), not:\n  {}", found.join("\n  "));
}

#[test]
fn the_transaction_rule_sees_each_spelling() {
    assert_eq!(raw_transaction("        conn.transaction(async |conn| {"), Some("conn.transaction("));
    assert_eq!(raw_transaction("pooled.immediate_transaction(body)"), Some("immediate_transaction("));
    assert_eq!(raw_transaction(r#"conn.batch_execute("BEGIN IMMEDIATE")"#), Some("\"BEGIN"));
    assert_eq!(raw_transaction("    db.transaction(async |mut tx| {"), None);
    assert_eq!(raw_transaction("        .transaction(async |mut tx| {"), None);
    assert_eq!(raw_transaction("    // conn.transaction( is what this forbids"), None);
}
