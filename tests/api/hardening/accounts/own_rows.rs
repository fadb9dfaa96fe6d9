//! "Own rows" come only from an address the workspace vouched for: the finding was that an
//! account's unverified sign-up email made a vendor's rows for that address its own.

use ai_usage::domain::{ActorDay, ActorKey, ActorKind, Measures, ProviderDay, Role};
use ai_usage::storage::{Db, day_writer, workspaces};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::TestApp;

const ROWS: &str = "query($w: ID!) { dailyUsage(workspaceId: $w, from: \"2024-03-01\", to: \"2024-03-01\") { actor totals { sessions } } }";

/// Writes 2024-03-01 for a Claude Code integration of `workspace_id`: zed@ 5 sessions,
/// newhire@ 3.
async fn seed_rows(db: &Db, workspace_id: i64) {
    let integration_id = crate::common::seed_integration(db, workspace_id).await;
    let actor = |email: &str, sessions| ActorDay {
        actor: ActorKey { kind: ActorKind::Email, identifier: email.into(), external_id: None },
        active: true,
        measures: Measures { sessions, ..Measures::default() },
        breakdowns: vec![],
        teams: vec![],
    };
    let day = ProviderDay {
        day: NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        actors: vec![actor("zed@x.io", 5), actor("newhire@x.io", 3)],
        raw: vec![],
    };
    day_writer::write_day(db, integration_id, &day, "USD", Utc::now().naive_utc()).await.unwrap();
}

fn rows(response: &Value) -> &Value {
    assert!(response["errors"].is_null(), "{response}");
    &response["data"]["dailyUsage"]
}

async fn own_rows_need_a_vouched_address(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    seed_rows(app.db(), team).await;
    // Zed signed up with zed@ (nobody checked that address) and was made a member without an
    // invitation for it, as memberships made before invitations were bound to addresses are.
    let zed = app.sign_up("zed@x.io").await;
    workspaces::set_member_role(app.db(), team, zed.user_id, Role::Member, Utc::now().naive_utc())
        .await
        .unwrap();
    let seen = app.gql_as(Some(&zed.token), ROWS, json!({ "w": team.to_string() })).await;
    assert_eq!(rows(&seen), &json!([]), "an unverified email matched rows");
    // Newhire joined with an invitation for newhire@: those rows are theirs, and only those.
    let newhire = app.sign_up("newhire@x.io").await;
    app.add_member(&owner, team, &newhire, "newhire@x.io", "MEMBER").await;
    let seen = app.gql_as(Some(&newhire.token), ROWS, json!({ "w": team.to_string() })).await;
    assert_eq!(rows(&seen), &json!([{ "actor": "newhire@x.io", "totals": { "sessions": 3 } }]));
    // Admins see everyone's rows as before.
    let all = app.gql_as(Some(&owner.token), ROWS, json!({ "w": team.to_string() })).await;
    assert_eq!(rows(&all).as_array().unwrap().len(), 2, "{all}");
}

/// Runs `sql` on `db` as one batch.
async fn execute(db: &Db, sql: &str) {
    use diesel_async::SimpleAsyncConnection;
    let done = match db {
        Db::Postgres(pool) => pool.get().await.unwrap().batch_execute(sql).await,
        Db::Sqlite(pool) => pool.get().await.unwrap().batch_execute(sql).await,
    };
    done.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// The migration on data made before it: a member who joined with an invitation for their own
/// address keeps their rows; one who joined with somebody else's invitation (the finding) loses
/// the rows and the person tie that address gave them; the first account holds first-run setup.
async fn the_migration_keeps_only_vouched_ties(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let nina = app.sign_up("nina@x.io").await;
    let zed = app.sign_up("zed@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    app.add_member(&owner, team, &nina, "nina@x.io", "MEMBER").await;
    // What the old code allowed: zed joined with an invitation for newhire@.
    let db = app.db();
    workspaces::set_member_role(db, team, zed.user_id, Role::Member, Utc::now().naive_utc()).await.unwrap();
    execute(
        db,
        &format!(
            "INSERT INTO invites (workspace_id, email, role, token_hash, expires_at, accepted_at) \
             VALUES ({team}, 'NewHire@x.io', 'member', 'legacy', '2030-01-01 00:00:00', '2024-01-01 00:00:00'); \
             INSERT INTO persons (workspace_id, display_name, email, user_id) VALUES \
             ({team}, 'zed', 'zed@x.io', {zed}), ({team}, 'nina', 'nina@x.io', {nina});",
            zed = zed.user_id,
            nina = nina.user_id
        ),
    )
    .await;
    // Back to the schema before the migration, then migrate again.
    let down = std::fs::read_to_string(format!(
        "{}/migrations/{backend}/2026-12-01-000004_accounts_hardening/down.sql",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    execute(db, &down).await;
    execute(db, "DELETE FROM __diesel_schema_migrations WHERE version LIKE '20261201000004%'").await;
    assert_eq!(db.run_migrations().await.unwrap().len(), 1);

    let verified = |user| workspaces::verified_email_of(db, team, user);
    assert_eq!(verified(nina.user_id).await.unwrap().as_deref(), Some("nina@x.io"));
    assert_eq!(verified(zed.user_id).await.unwrap(), None);
    seed_rows(db, team).await;
    let seen = app.gql_as(Some(&zed.token), ROWS, json!({ "w": team.to_string() })).await;
    assert_eq!(rows(&seen), &json!([]), "zed kept rows through an unverified tie");
    // First-run setup counts as done: a new sign-up is no instance admin.
    let later = app
        .gql("mutation { signUp(email: \"later@x.io\", password: \"correct horse battery\") { user { isInstanceAdmin } } }", json!({}))
        .await;
    assert_eq!(later["data"]["signUp"]["user"]["isInstanceAdmin"], false, "{later}");
}

on_both_backends!(own_rows_need_a_vouched_address, the_migration_keeps_only_vouched_ties);
