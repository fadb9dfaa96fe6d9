//! `Integration.lastRun` and `failedDays` go through their DataLoaders: listing a workspace's
//! integrations with their last runs costs the same few statements for 5 integrations as for
//! 50, and each integration gets its own newest run.

use ai_usage::domain::Trigger;
use ai_usage::storage::{self, sync_runs};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{TestApp, seed_integration};

const LIST: &str = "query($w: ID!) { integrations(workspaceId: $w) {
    id provider status lastRun { id integrationId status trigger daysTotal } failedDays { day } } }";

/// Two runs for `integration_id`: a failed backfill, then a manual run of `days` days that
/// succeeded (the newest, which `lastRun` must return). Returns the newest run's id.
async fn two_runs(db: &storage::Db, integration_id: i64, days: i32) -> i64 {
    let now = Utc::now().naive_utc();
    let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let mut newest = 0;
    for trigger in [Trigger::Backfill, Trigger::Manual] {
        let new = sync_runs::NewRun {
            integration_id,
            trigger,
            from: day,
            to: day,
            days_total: if trigger == Trigger::Manual { days } else { 1 },
            claimed_by: "test",
            lease_expires_at: now,
            now,
            retry_days: &[],
        };
        let run = sync_runs::start(db, &new).await.unwrap();
        let error = (trigger == Trigger::Backfill).then_some("vendor said 500");
        sync_runs::finish(db, run.id, error, now).await.unwrap();
        newest = run.id;
    }
    newest
}

async fn last_runs_cost_a_bounded_number_of_statements(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let ws = owner.personal_workspace_id;
    let url = app.test_db.url.clone();
    // Integration id → (its newest run's id, that run's daysTotal: the integration's position).
    let mut expected: Vec<(i64, i64, i32)> = Vec::new();
    // Pool connections are opened lazily, and their set-up statements are counted too: a request
    // that happens to need one more connection than the ones before pays for it once. The
    // steady cost is the least of a few requests.
    let count = async || {
        app.gql_as(Some(&owner.token), LIST, json!({ "w": ws })).await;
        let mut least: Option<(u64, Value)> = None;
        for _ in 0..3 {
            let before = storage::statements_executed(&url);
            let response = app.gql_as(Some(&owner.token), LIST, json!({ "w": ws })).await;
            let spent = storage::statements_executed(&url) - before;
            if least.as_ref().is_none_or(|(fewest, _)| spent < *fewest) {
                least = Some((spent, response));
            }
        }
        least.unwrap()
    };

    add(&app, ws, &mut expected, 5).await;
    let (five, response) = count().await;
    check(&response, &expected[..5]);
    add(&app, ws, &mut expected, 45).await;
    let (fifty, response) = count().await;
    check(&response, &expected);
    assert_eq!(five, fifty, "statements for 5 integrations vs 50");
    // The session, the role, the list, one batch of last runs, one of failed days (and the
    // access re-checks, which the request's memo answers).
    assert!(fifty <= 8, "{fifty} statements");
}

/// Adds `n` integrations to `ws`, each with its two runs.
async fn add(app: &TestApp, ws: i64, expected: &mut Vec<(i64, i64, i32)>, n: usize) {
    for _ in 0..n {
        let id = seed_integration(app.db(), ws).await;
        let days = i32::try_from(expected.len()).unwrap() + 1;
        expected.push((id, two_runs(app.db(), id, days).await, days));
    }
}

/// Every integration is listed with its own newest run: a `MANUAL` run that `SUCCEEDED`, whose
/// `daysTotal` is the integration's position in the list.
fn check(response: &Value, expected: &[(i64, i64, i32)]) {
    let listed = response["data"]["integrations"].as_array().unwrap_or_else(|| panic!("{response}"));
    assert_eq!(listed.len(), expected.len(), "{response}");
    for (row, (id, run_id, days)) in listed.iter().zip(expected) {
        assert_eq!(row["id"], id.to_string());
        assert_eq!((&row["provider"], &row["status"]), (&json!("CLAUDE_CODE"), &json!("ACTIVE")));
        assert_eq!(
            row["lastRun"],
            json!({ "id": run_id.to_string(), "integrationId": id.to_string(), "status": "SUCCEEDED",
                    "trigger": "MANUAL", "daysTotal": days }),
        );
        assert_eq!(row["failedDays"], json!([]));
    }
}

on_both_backends!(last_runs_cost_a_bounded_number_of_statements);
