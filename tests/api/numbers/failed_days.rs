//! One malformed vendor day never blocks the rest (issue #12): the run goes on and ends
//! `partial`, the day is `FAILED` in `dataFreshness` and on the integration until a retry reads
//! it, retries follow the backoff schedule and stop after the last attempt (`UNAVAILABLE`), a
//! refused key still fails the run at once, and admins (not viewers) may retry or acknowledge.
//!
//! Everything goes through the real app: the backfill a connection starts, the scheduler's own
//! pass, the GraphQL API; a fake Claude Code API serves the days over real HTTP. Only the clock
//! is moved by hand, by setting `next_retry_at` / `next_sync_at` in the past in the database.

use ai_usage::auth::SignupMode;
use ai_usage::crypto::KeyRing;
use ai_usage::domain::Provider;
use ai_usage::storage::schema::sync_day_failures;
use ai_usage::storage::{Db, StorageError, day_failures, integrations};
use ai_usage::sync::{EngineConfig, RangeRequest, Scheduler, SchedulerConfig, Trigger};
use chrono::{NaiveDate, TimeDelta};
use serde_json::{Value, json};

use crate::common::{Account, TestApp, test_engine_config};
use crate::fake_vendor::{FakeVendor, Reply};
use crate::sync_support::{
    ClaudeFake, DayScript, GOOD_KEY, Totals, days_ago, now, row, store_with_key, stored,
};

const RUNS: &str = "query($id: ID!) { syncRuns(integrationId: $id) {
    id status trigger rangeFrom rangeTo daysTotal daysDone daysFailed records error } }";
const INTEGRATION: &str = "query($w: ID!) { integrations(workspaceId: $w) {
    id status lastError historyHorizon needsAttention attentionReason
    failedDays { day status state reason attempts maxAttempts nextRetryAt } } }";
const FRESHNESS: &str = "query($w: ID!, $from: NaiveDate!, $to: NaiveDate!) {
    dataFreshness(workspaceId: $w, range: {from: $from, to: $to}) { integrations {
        finalDays failedDays unavailableDays missingDays historyHorizon days { day status reason } } } }";
const RETRY: &str = "mutation($i: ID!, $d: NaiveDate!) { retryFailedDay(integrationId: $i, day: $d) { id status rangeFrom rangeTo } }";
const ACKNOWLEDGE: &str = "mutation($i: ID!, $d: NaiveDate!) {
    acknowledgeFailedDay(integrationId: $i, day: $d) { day status state attempts nextRetryAt } }";

/// The fixture, one row a day (sessions, input tokens, cents):
/// - d-6 alice 1, 10, 1¢ · d-5 bob 2, 20, 2¢ · d-4 alice 3, 30, 3¢
/// - d-3 cut off mid-JSON (once fixed: carol 4, 40, 4¢)
/// - d-2 bob 5, 50, 5¢ · d-1 alice 6, 60, 6¢ · today nothing
///
/// Backfill reach is 6 days (d-6 ..= today, 7 days); a scheduled run re-reads 1 trailing day.
fn script(fake: &ClaudeFake) {
    let people = [(6, "alice"), (5, "bob"), (4, "alice"), (2, "bob"), (1, "alice")];
    for (ago, who) in people {
        let day = days_ago(ago);
        let n = 7 - ago; // 1, 2, 3, 5, 6
        fake.set_day(day, DayScript::Rows(vec![row(day, &format!("{who}@x.io"), n, n * 10, n)]));
    }
    fake.set_day(days_ago(3), DayScript::Malformed);
}

fn fix_d3(fake: &ClaudeFake) {
    let d3 = days_ago(3);
    fake.set_day(d3, DayScript::Rows(vec![row(d3, "carol@x.io", 4, 40, 4)]));
}

/// Stored without d-3: 5 rows; sessions 1+2+3+5+6 = 17; tokens 170; (1+2+3+5+6)¢ = 17¢.
const WITHOUT_D3: Totals = Totals { rows: 5, sessions: 17, input_tokens: 170, cost_millicents: 17_000 };
/// With d-3 read: 6 rows; sessions 17+4 = 21; tokens 210; 21¢.
const WITH_D3: Totals = Totals { rows: 6, sessions: 21, input_tokens: 210, cost_millicents: 21_000 };

struct World {
    app: TestApp,
    fake: ClaudeFake,
    owner: Account,
    ws: i64,
    id: String,
    integration_id: i64,
}

fn config() -> EngineConfig {
    EngineConfig { history_days: Some(6), trailing_days: 1, ..test_engine_config() }
}

/// Connects a Claude Code integration through the API and waits for its backfill.
async fn connected(backend: &str) -> (World, Value) {
    let app = TestApp::spawn_with_engine(backend, SignupMode::Open, config()).await;
    let fake = ClaudeFake::start().await;
    script(&fake);
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let integration_id = app.connect(&owner, ws, Provider::ClaudeCode, &fake).await;
    let id = integration_id.to_string();
    let world = World { app, fake, owner, ws, id, integration_id };
    let backfill = world.wait_for_run().await;
    (world, backfill)
}

impl World {
    async fn gql(&self, query: &str, variables: Value) -> Value {
        self.app.gql_as(Some(&self.owner.token), query, variables).await
    }

    /// Polls `syncRuns` until the newest run is no longer running; returns it.
    async fn wait_for_run(&self) -> Value {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let runs = self.gql(RUNS, json!({"id": self.id})).await;
            let newest = &runs["data"]["syncRuns"][0];
            if newest["status"].as_str().is_some_and(|s| s != "RUNNING") {
                return newest.clone();
            }
            assert!(tokio::time::Instant::now() < deadline, "the run did not finish: {runs}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    async fn integration(&self) -> Value {
        let r = self.gql(INTEGRATION, json!({"w": self.ws.to_string()})).await;
        r["data"]["integrations"][0].clone()
    }

    /// `dataFreshness` from d-8 to d-2 (before Claude's two-day reporting lag).
    async fn freshness(&self) -> Value {
        let vars = json!({"w": self.ws.to_string(), "from": days_ago(8), "to": days_ago(2)});
        let r = self.gql(FRESHNESS, vars).await;
        r["data"]["dataFreshness"]["integrations"][0].clone()
    }

    /// One pass of the real scheduler, with the integration due now; returns the run it made.
    async fn scheduled_run(&self) -> Value {
        let db = self.app.db();
        integrations::set_next_sync_at(db, self.integration_id, Some(now() - TimeDelta::minutes(1)))
            .await
            .unwrap();
        let scheduler = Scheduler::new(self.app.app.engine.clone(), SchedulerConfig::default());
        assert_eq!(scheduler.tick().await.unwrap(), 1, "the integration was due");
        let run = self.wait_for_run().await;
        assert_eq!(run["trigger"], "SCHEDULE", "{run}");
        run
    }

    /// Moves the day's next retry into the past, as if its backoff had elapsed.
    async fn backoff_elapsed(&self, day: NaiveDate) {
        set_next_retry_at(self.app.db(), self.integration_id, day, now() - TimeDelta::minutes(1))
            .await
            .unwrap();
    }
}

async fn set_next_retry_at(
    db: &Db,
    integration_id: i64,
    day: NaiveDate,
    at: chrono::NaiveDateTime,
) -> Result<(), StorageError> {
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    let target = sync_day_failures::table
        .filter(sync_day_failures::integration_id.eq(integration_id))
        .filter(sync_day_failures::day.eq(day));
    let change = sync_day_failures::next_retry_at.eq(Some(at));
    let pool_error =
        |e: diesel_async::pooled_connection::deadpool::PoolError| StorageError::Pool(e.to_string());
    let updated = match db {
        Db::Postgres(pool) => {
            diesel::update(target).set(change).execute(&mut *pool.get().await.map_err(pool_error)?).await?
        }
        Db::Sqlite(pool) => {
            diesel::update(target).set(change).execute(&mut *pool.get().await.map_err(pool_error)?).await?
        }
    };
    assert_eq!(updated, 1, "no failure recorded for {day}");
    Ok(())
}

fn day_entry(freshness: &Value, day: NaiveDate) -> Value {
    let days = freshness["days"].as_array().unwrap_or_else(|| panic!("{freshness}"));
    days.iter()
        .find(|d| d["day"] == day.to_string())
        .cloned()
        .unwrap_or_else(|| panic!("{day} in {freshness}"))
}

fn statuses(freshness: &Value) -> Vec<String> {
    let days = freshness["days"].as_array().unwrap_or_else(|| panic!("{freshness}"));
    days.iter().map(|d| d["status"].as_str().unwrap().to_owned()).collect()
}

async fn a_malformed_day_in_a_backfill_is_failed_until_a_retry_reads_it(backend: &str) {
    let (w, backfill) = connected(backend).await;
    let d3 = days_ago(3);

    // The backfill read all 7 days and stored the 6 readable ones (5 with rows).
    assert_eq!(backfill["status"], "PARTIAL", "{backfill}");
    assert_eq!((backfill["daysTotal"].as_i64(), backfill["daysDone"].as_i64()), (Some(7), Some(7)));
    assert_eq!((backfill["daysFailed"].as_i64(), backfill["records"].as_i64()), (Some(1), Some(5)));
    let error = backfill["error"].as_str().unwrap();
    assert!(error.contains("1 of 7 days") && error.contains(&d3.to_string()), "{error}");
    let (totals, per_day) = stored(w.app.db(), w.integration_id).await;
    assert_eq!(totals, WITHOUT_D3);
    // The days after the bad one are there: d-2 bob 5 sessions, d-1 alice 6.
    assert_eq!(per_day[&days_ago(2)].sessions, 5);
    assert_eq!(per_day[&days_ago(1)].sessions, 6);

    // dataFreshness d-8 ..= d-2: d-8, d-7 are older than the backfill depth (d-6) but Claude Code
    // keeps everything — our depth is not the vendor's horizon — so they are MISSING, not
    // UNAVAILABLE; d-3 failed.
    let freshness = w.freshness().await;
    assert_eq!(
        statuses(&freshness),
        ["MISSING", "MISSING", "FINAL", "FINAL", "FINAL", "FAILED", "FINAL"],
        "{freshness}"
    );
    assert_eq!((freshness["finalDays"].as_i64(), freshness["failedDays"].as_i64()), (Some(4), Some(1)));
    assert_eq!(freshness["unavailableDays"].as_i64(), Some(0));
    assert!(freshness["historyHorizon"].is_null(), "{freshness}");
    let reason = day_entry(&freshness, d3)["reason"].as_str().unwrap().to_owned();
    assert!(reason.contains("unreadable") && reason.contains(&d3.to_string()), "{reason}");
    assert!(!reason.contains(GOOD_KEY));

    // The integration needs attention, naming the day and the reason; its status is untouched.
    let integration = w.integration().await;
    assert_eq!(integration["status"], "ACTIVE", "{integration}");
    assert_eq!(integration["needsAttention"], true);
    let attention = integration["attentionReason"].as_str().unwrap();
    assert!(attention.contains(&d3.to_string()) && attention.contains("unreadable"), "{attention}");
    let failed = &integration["failedDays"];
    assert_eq!(failed.as_array().unwrap().len(), 1, "{failed}");
    assert_eq!(failed[0]["day"], d3.to_string());
    assert_eq!(
        (failed[0]["status"].as_str(), failed[0]["state"].as_str()),
        (Some("FAILED"), Some("RETRYING"))
    );
    assert_eq!((failed[0]["attempts"].as_i64(), failed[0]["maxAttempts"].as_i64()), (Some(1), Some(8)));

    // First retry: the next scheduled run, though d-3 is outside its range (d-1 ..= today).
    let fetches = w.fake.fetches_of(d3);
    let run = w.scheduled_run().await;
    assert_eq!(w.fake.fetches_of(d3), fetches + 1, "the scheduled run retried d-3");
    assert_eq!(run["rangeFrom"], days_ago(1).to_string(), "{run}");
    // 1 retried day + 2 days of range; d-3 failed again, the others were read.
    assert_eq!(
        (run["status"].as_str(), run["daysTotal"].as_i64(), run["daysFailed"].as_i64()),
        (Some("PARTIAL"), Some(3), Some(1))
    );
    let failure = day_failures::get(w.app.db(), w.integration_id, d3).await.unwrap().unwrap();
    assert_eq!(failure.attempts, 2);
    // Second failure: retried after 1 hour, so the next run leaves it alone.
    let wait = failure.next_retry_at.unwrap() - failure.last_failed_at;
    assert_eq!(wait, TimeDelta::hours(1));
    let run = w.scheduled_run().await;
    assert_eq!(w.fake.fetches_of(d3), fetches + 1, "retried before its backoff elapsed");
    assert_eq!((run["status"].as_str(), run["daysTotal"].as_i64()), (Some("SUCCEEDED"), Some(2)));
    // Still missing, still shown: a succeeded run does not hide the failed day.
    assert_eq!(w.integration().await["needsAttention"], true);
    assert_eq!(day_entry(&w.freshness().await, d3)["status"], "FAILED");

    // The vendor serves the day again; once the backoff has elapsed a scheduled run reads it.
    fix_d3(&w.fake);
    w.backoff_elapsed(d3).await;
    let run = w.scheduled_run().await;
    assert_eq!((run["status"].as_str(), run["daysFailed"].as_i64()), (Some("SUCCEEDED"), Some(0)), "{run}");
    assert_eq!(stored(w.app.db(), w.integration_id).await.0, WITH_D3);
    let freshness = w.freshness().await;
    assert_eq!(day_entry(&freshness, d3), json!({"day": d3.to_string(), "status": "FINAL", "reason": null}));
    let integration = w.integration().await;
    assert_eq!(integration["needsAttention"], false, "{integration}");
    assert_eq!(
        (integration["attentionReason"].clone(), integration["failedDays"].clone()),
        (Value::Null, json!([]))
    );
    assert_eq!(integration["lastError"], Value::Null);
}

async fn a_day_failing_every_attempt_becomes_unavailable(backend: &str) {
    let (w, _) = connected(backend).await;
    let d3 = days_ago(3);
    // Attempts 2..=8 by scheduled runs, each once the backoff has elapsed.
    for attempt in 2..=8 {
        w.backoff_elapsed(d3).await;
        let run = w.scheduled_run().await;
        assert_eq!(run["status"], "PARTIAL", "attempt {attempt}: {run}");
        let failure = day_failures::get(w.app.db(), w.integration_id, d3).await.unwrap().unwrap();
        assert_eq!(failure.attempts, attempt);
        // The schedule: +1 h after the 2nd failure, +6 h after the 3rd, +24 h from the 4th on.
        let expected = match attempt {
            2 => Some(TimeDelta::hours(1)),
            3 => Some(TimeDelta::hours(6)),
            8 => None,
            _ => Some(TimeDelta::hours(24)),
        };
        assert_eq!(
            failure.next_retry_at.map(|at| at - failure.last_failed_at),
            expected,
            "attempt {attempt}"
        );
    }

    let integration = w.integration().await;
    let failed = &integration["failedDays"][0];
    assert_eq!(
        (failed["status"].as_str(), failed["state"].as_str()),
        (Some("UNAVAILABLE"), Some("GIVEN_UP"))
    );
    assert_eq!((failed["attempts"].as_i64(), failed["nextRetryAt"].clone()), (Some(8), Value::Null));
    // Given up is not "needs attention": nobody can make the vendor serve it.
    assert_eq!(integration["needsAttention"], false, "{integration}");
    let entry = day_entry(&w.freshness().await, d3);
    assert_eq!(entry["status"], "UNAVAILABLE");
    assert!(entry["reason"].as_str().unwrap().contains("unreadable"), "{entry}");
    // No more automatic attempts.
    let fetches = w.fake.fetches_of(d3);
    assert_eq!(w.scheduled_run().await["status"], "SUCCEEDED");
    assert_eq!(w.fake.fetches_of(d3), fetches);
}

async fn a_refused_key_fails_the_run_at_once(backend: &str) {
    let (w, _) = connected(backend).await;
    fix_d3(&w.fake);
    w.fake.accept_only("sk-ant-admin01-the-new-key-000000000");
    let fetches_of_d2 = w.fake.fetches_of(days_ago(2));

    let vars = json!({"id": w.id, "from": days_ago(3), "to": days_ago(1)});
    let r = w
        .gql("mutation($id: ID!, $from: NaiveDate, $to: NaiveDate) { syncIntegration(id: $id, from: $from, to: $to) { id } }", vars)
        .await;
    assert!(r["errors"].is_null(), "{r}");
    let run = w.wait_for_run().await;

    // Nothing could be read: FAILED, stopped at the first day, no day recorded as failed.
    assert_eq!(
        (run["status"].as_str(), run["daysDone"].as_i64(), run["daysFailed"].as_i64()),
        (Some("FAILED"), Some(0), Some(0))
    );
    assert!(run["error"].as_str().unwrap().contains("invalid x-api-key"), "{run}");
    assert_eq!(w.fake.fetches_of(days_ago(2)), fetches_of_d2, "the run went on after a refused key");
    let integration = w.integration().await;
    assert_eq!(integration["status"], "NEEDS_ATTENTION", "{integration}");
    assert_eq!(integration["needsAttention"], true);
    assert!(integration["attentionReason"].as_str().unwrap().contains("invalid x-api-key"));
    // d-3 is still the backfill's one failure, attempts unchanged.
    assert_eq!(integration["failedDays"][0]["attempts"], 1, "{integration}");
    assert_eq!(stored(w.app.db(), w.integration_id).await.0, WITHOUT_D3);
}

async fn admins_retry_and_acknowledge_failed_days_viewers_may_not(backend: &str) {
    let (w, _) = connected(backend).await;
    let d3 = days_ago(3);
    let vars = json!({"i": w.id, "d": d3});
    let viewer = w.app.sign_up("viewer@example.com").await;
    w.app.add_member(&w.owner, w.ws, &viewer, "viewer@example.com", "VIEWER").await;
    let code = |r: &Value| r["errors"][0]["extensions"]["code"].as_str().unwrap_or("").to_owned();

    for mutation in [RETRY, ACKNOWLEDGE] {
        let refused = w.app.gql_as(Some(&viewer.token), mutation, vars.clone()).await;
        assert_eq!(code(&refused), "FORBIDDEN", "{refused}");
    }
    assert_eq!(w.integration().await["failedDays"][0]["attempts"], 1, "a viewer changed something");
    let unknown = w.gql(RETRY, json!({"i": w.id, "d": days_ago(2)})).await;
    assert_eq!(code(&unknown), "NOT_FOUND", "{unknown}");

    // An admin's retry while the vendor still fails: a one-day run that read nothing.
    let r = w.gql(RETRY, vars.clone()).await;
    assert_eq!(r["data"]["retryFailedDay"]["rangeFrom"], d3.to_string(), "{r}");
    let run = w.wait_for_run().await;
    assert_eq!(
        (run["status"].as_str(), run["daysTotal"].as_i64(), run["trigger"].as_str()),
        (Some("FAILED"), Some(1), Some("MANUAL"))
    );
    assert_eq!(w.integration().await["failedDays"][0]["attempts"], 2);

    // Acknowledged: UNAVAILABLE, no longer needing attention, never retried automatically.
    let r = w.gql(ACKNOWLEDGE, vars.clone()).await;
    assert_eq!(
        r["data"]["acknowledgeFailedDay"],
        json!({"day": d3.to_string(), "status": "UNAVAILABLE", "state": "ACKNOWLEDGED", "attempts": 2, "nextRetryAt": null}),
        "{r}"
    );
    assert_eq!(w.integration().await["needsAttention"], false);
    assert_eq!(day_entry(&w.freshness().await, d3)["status"], "UNAVAILABLE");
    let fetches = w.fake.fetches_of(d3);
    w.scheduled_run().await;
    assert_eq!(w.fake.fetches_of(d3), fetches, "an acknowledged day was retried");

    // An admin may still retry it; once the vendor serves it, it is FINAL and the failure gone.
    fix_d3(&w.fake);
    w.gql(RETRY, vars).await;
    assert_eq!(w.wait_for_run().await["status"], "SUCCEEDED");
    assert_eq!(day_entry(&w.freshness().await, d3)["status"], "FINAL");
    assert_eq!(w.integration().await["failedDays"], json!([]));
    assert_eq!(stored(w.app.db(), w.integration_id).await.0, WITH_D3);

    // Both admin actions are in the audit trail.
    let audit = w
        .gql(
            "query($w: ID!) { auditLog(workspaceId: $w) { events { action targetId detail } } }",
            json!({"w": w.ws.to_string()}),
        )
        .await;
    let events = audit["data"]["auditLog"]["events"].as_array().unwrap_or_else(|| panic!("{audit}"));
    let of = |action: &str| {
        events.iter().filter(|e| e["action"] == action && e["targetId"] == w.id.as_str()).count()
    };
    // The admin's two retries and one acknowledgement; refused and NOT_FOUND calls are not
    // recorded (a failed mutation changes nothing).
    assert_eq!((of("retryFailedDay"), of("acknowledgeFailedDay")), (2, 1), "{audit}");
}

/// A backfill records the vendor's history horizon and reads from the later of it and the
/// configured cap: Copilot keeps a year of reports, `AI_USAGE_BACKFILL_DAYS` = 5 caps the backfill
/// at d-5 ..= today (6 days). (A horizon later than the cap: `cursor.rs`'s horizon walk.)
async fn a_backfill_reads_from_the_later_of_the_vendor_horizon_and_the_cap(backend: &str) {
    let config = EngineConfig { history_days: Some(5), ..test_engine_config() };
    let app = TestApp::spawn_with_engine(backend, SignupMode::Open, config).await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let fake = FakeVendor::start().await;
    let users = "/orgs/acme/copilot/metrics/reports/users-1-day";
    fake.on(users, Reply::status(204, ""));
    fake.on("/orgs/acme/copilot/metrics/reports/user-teams-1-day", Reply::status(204, ""));
    let integration_id =
        add_integration(app.db(), app.app.engine.keyring(), ws, "copilot", &fake.base_url).await;

    let summary = app
        .app
        .engine
        .run(integration_id, RangeRequest::Backfill, Trigger::Backfill)
        .await
        .expect("backfill");

    assert_eq!((summary.range.from, summary.range.to, summary.days), (days_ago(5), days_ago(0), 6));
    let mut asked: Vec<String> =
        fake.requests_to(users).iter().filter_map(|r| r.query("day").map(str::to_owned)).collect();
    asked.sort();
    asked.dedup();
    let expected: Vec<String> = (0..=5).rev().map(|n| days_ago(n).to_string()).collect();
    assert_eq!(asked, expected, "only the capped days are asked for");
    // The recorded horizon is GitHub's own (a year back, never before the first report day), not
    // the cap: days between the two are MISSING (not synced), not UNAVAILABLE.
    let integration = integrations::get(app.db(), integration_id).await.unwrap();
    let year_ago = days_ago(0).checked_sub_months(chrono::Months::new(12)).unwrap();
    let first_report = chrono::NaiveDate::from_ymd_opt(2025, 10, 10).unwrap();
    assert_eq!(integration.history_horizon, Some(year_ago.max(first_report)));
}

/// A vendor with a real horizon (Cursor serving nothing before d-10): the backfill records it,
/// reads only from it, and `dataFreshness` shows the older days `UNAVAILABLE` with the reason.
async fn days_before_a_vendor_horizon_are_unavailable(backend: &str) {
    let config = EngineConfig {
        history_days: Some(20),
        requests_per_minute: std::num::NonZeroU32::new(60_000),
        ..test_engine_config()
    };
    let app = TestApp::spawn_with_engine(backend, SignupMode::Open, config).await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let fake = FakeVendor::start().await;
    // Whatever range is asked, the team's records start at d-10 (one active day each).
    let records: Vec<Value> = (0..=10)
        .map(|n| json!({"day": days_ago(n).to_string(), "email": "a@x.io", "isActive": true, "chatRequests": 1}))
        .collect();
    fake.on(
        "/teams/daily-usage-data",
        Reply::json(json!({"data": records, "pagination": {"hasNextPage": false}}).to_string()),
    );
    fake.on(
        "/teams/filtered-usage-events",
        Reply::json(json!({"usageEvents": [], "pagination": {"hasNextPage": false}}).to_string()),
    );
    fake.on("/teams/members", Reply::json(json!({"teamMembers": []}).to_string()));
    let integration_id =
        add_integration(app.db(), app.app.engine.keyring(), ws, "cursor", &fake.base_url).await;

    let summary = app
        .app
        .engine
        .run(integration_id, RangeRequest::Backfill, Trigger::Backfill)
        .await
        .expect("backfill");

    // The walk's first window (d-29 ..= d) holds records from d-10 only: the horizon is d-10, later
    // than the cap (d-20), so the backfill reads d-10 ..= d.
    assert_eq!((summary.range.from, summary.days), (days_ago(10), 11));
    let integration = integrations::get(app.db(), integration_id).await.unwrap();
    assert_eq!(integration.history_horizon, Some(days_ago(10)));
    let vars = json!({"w": ws.to_string(), "from": days_ago(12), "to": days_ago(8)});
    let r = app.gql_as(Some(&owner.token), FRESHNESS, vars).await;
    let freshness = &r["data"]["dataFreshness"]["integrations"][0];
    assert_eq!(statuses(freshness), ["UNAVAILABLE", "UNAVAILABLE", "FINAL", "FINAL", "FINAL"], "{r}");
    assert_eq!(freshness["unavailableDays"].as_i64(), Some(2));
    assert!(day_entry(freshness, days_ago(12))["reason"].as_str().unwrap().contains("history"), "{r}");
}

/// A `provider` integration at `base_url` (Copilot: for org `acme`), straight in storage.
async fn add_integration(
    db: &Db,
    keyring: &KeyRing,
    workspace_id: i64,
    provider: &str,
    base_url: &str,
) -> i64 {
    let copilot = provider == "copilot";
    let new = integrations::NewIntegration::builder(workspace_id, provider.parse().unwrap())
        .display_name(provider)
        .base_url(base_url)
        .organization(copilot.then_some("acme"));
    store_with_key(db, keyring, &new, "ghp_test0123456789abcdef0123456789abcd").await
}

on_both_backends!(
    a_backfill_reads_from_the_later_of_the_vendor_horizon_and_the_cap,
    days_before_a_vendor_horizon_are_unavailable,
    a_malformed_day_in_a_backfill_is_failed_until_a_retry_reads_it,
    a_day_failing_every_attempt_becomes_unavailable,
    a_refused_key_fails_the_run_at_once,
    admins_retry_and_acknowledge_failed_days_viewers_may_not,
);
