//! The sync engine end to end for Copilot and Cursor, on both backends, against fake vendors
//! serving the documented payloads over real HTTP: stored daily totals (summed by hand below),
//! the seat roster, and seat-versus-use as the `people` query reports it.

use crate::common;
use crate::fake_vendor;
use crate::sync_support::store_with_key;

use std::num::NonZeroU32;
use std::sync::Arc;

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::domain::{ActorKind, IntegrationStatus, SyncRunStatus};
use ai_usage::storage::schema::{actors, daily_usage};
use ai_usage::storage::seats::{self, StoredSeat};
use ai_usage::storage::{Db, integrations, sync_runs, users, workspaces};
use ai_usage::sync::events::EventBus;
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, Trigger};
use chrono::{NaiveDate, NaiveDateTime, Utc};
use common::{TestApp, TestDb, test_engine_config};
use fake_vendor::{FakeVendor, Reply, fixture_json};
use serde_json::{Value, json};

const ORG: &str = "acme";
const SEATS: &str = "/orgs/acme/copilot/billing/seats";
const USERS: &str = "/orgs/acme/copilot/metrics/reports/users-1-day";
const TEAMS: &str = "/orgs/acme/copilot/metrics/reports/user-teams-1-day";

/// Today minus `n` days, UTC.
fn days_ago(n: i64) -> NaiveDate {
    Utc::now().date_naive() - chrono::Duration::days(n)
}

fn at(s: &str) -> Option<NaiveDateTime> {
    Some(s.parse().unwrap())
}

/// Stores an integration whose key is sealed with `keyring`, as the connect flow would.
async fn add_integration(
    db: &Db,
    keyring: &KeyRing,
    workspace_id: i64,
    provider: &str,
    base_url: &str,
    org: Option<&str>,
) -> i64 {
    let new = integrations::NewIntegration::builder(workspace_id, provider.parse().unwrap())
        .display_name(provider)
        .base_url(base_url)
        .organization(org);
    store_with_key(db, keyring, &new, "test-key-0123456789abcdef").await
}

/// A team workspace with an owner, straight in storage.
async fn team_workspace(db: &Db) -> i64 {
    let now = Utc::now().naive_utc();
    let new_user = users::NewUser {
        email: "owner@x.io",
        display_name: "Owner",
        password_hash: None,
        is_instance_admin: false,
        created_at: now,
    };
    let user = users::create(db, &new_user).await.unwrap();
    workspaces::create_with_owner(db, "Team", workspaces::WorkspaceKind::Team, user.id, now).await.unwrap().id
}

/// The stored figures of one actor-day that these tests check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Figures {
    rows: usize,
    active: usize,
    interactions: i64,
    sessions: i64,
    input_tokens: i64,
    output_tokens: i64,
    cache_read_tokens: i64,
    cache_write_tokens: i64,
    cost_millicents: i64,
    lines_added: i64,
    lines_removed: i64,
    suggestions_shown: i64,
    suggestions_accepted: i64,
}

impl std::ops::AddAssign for Figures {
    fn add_assign(&mut self, o: Self) {
        self.rows += o.rows;
        self.active += o.active;
        self.interactions += o.interactions;
        self.sessions += o.sessions;
        self.input_tokens += o.input_tokens;
        self.output_tokens += o.output_tokens;
        self.cache_read_tokens += o.cache_read_tokens;
        self.cache_write_tokens += o.cache_write_tokens;
        self.cost_millicents += o.cost_millicents;
        self.lines_added += o.lines_added;
        self.lines_removed += o.lines_removed;
        self.suggestions_shown += o.suggestions_shown;
        self.suggestions_accepted += o.suggestions_accepted;
    }
}

type Row = (NaiveDate, String, bool, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64);

/// Stored daily usage of an integration: per (day, actor identifier), and in total.
async fn stored(db: &Db, integration_id: i64) -> (Figures, Vec<(NaiveDate, String, Figures)>) {
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    let query = daily_usage::table
        .inner_join(actors::table)
        .filter(daily_usage::integration_id.eq(integration_id))
        .order((daily_usage::day, actors::identifier))
        .select((
            daily_usage::day,
            actors::identifier,
            daily_usage::active,
            daily_usage::interactions,
            daily_usage::sessions,
            daily_usage::input_tokens,
            daily_usage::output_tokens,
            daily_usage::cache_read_tokens,
            daily_usage::cache_write_tokens,
            daily_usage::cost_millicents,
            daily_usage::lines_added,
            daily_usage::lines_removed,
            daily_usage::suggestions_shown,
            daily_usage::suggestions_accepted,
        ));
    let rows: Vec<Row> = match db {
        Db::Postgres(pool) => query.load(&mut *pool.get().await.unwrap()).await.unwrap(),
        Db::Sqlite(pool) => query.load(&mut *pool.get().await.unwrap()).await.unwrap(),
    };
    let mut total = Figures::default();
    let mut each = Vec::new();
    for (day, who, active, i, s, inp, out, cr, cw, cost, la, lr, ss, sa) in rows {
        let f = Figures {
            rows: 1,
            active: usize::from(active),
            interactions: i,
            sessions: s,
            input_tokens: inp,
            output_tokens: out,
            cache_read_tokens: cr,
            cache_write_tokens: cw,
            cost_millicents: cost,
            lines_added: la,
            lines_removed: lr,
            suggestions_shown: ss,
            suggestions_accepted: sa,
        };
        total += f;
        each.push((day, who, f));
    }
    (total, each)
}

// ---------------------------------------------------------------------------------------------
// Copilot

/// The docs' user record (`copilot_usage_report_users_records.json`) re-dated to `day` and
/// given to `login`. As documented: generation 1, acceptance 1, loc added 8 / deleted 0,
/// interactions 0, CLI: 2 sessions, prompt tokens 3,800, output tokens 5,000.
fn sample_user(day: NaiveDate, login: &str, id: i64) -> Value {
    let mut record = fixture_json("copilot_usage_report_users_records.json")[0].clone();
    record["day"] = json!(day.to_string());
    record["user_login"] = json!(login);
    record["user_id"] = json!(id);
    record
}

/// A user who typed and accepted but never used the CLI: interactions 7, generation 5,
/// acceptance 3, loc added 20 / deleted 4.
fn hubot(day: NaiveDate) -> Value {
    json!({"day": day.to_string(), "user_id": 3, "user_login": "hubot",
           "user_initiated_interaction_count": 7, "code_generation_activity_count": 5,
           "code_acceptance_activity_count": 3, "loc_added_sum": 20, "loc_deleted_sum": 4})
}

/// Serves `records` as `day`'s users report (links, then one NDJSON file).
fn serve_users_day(fake: &FakeVendor, day: NaiveDate, records: &[Value]) {
    let file = format!("/download/users-{day}.ndjson");
    let links =
        json!({"download_links": [format!("{}{file}", fake.base_url)], "report_day": day.to_string()});
    fake.on(&format!("{USERS}?day={day}"), Reply::json(links.to_string()));
    let ndjson: Vec<String> = records.iter().map(Value::to_string).collect();
    fake.on(&file, Reply::status(200, ndjson.join("\n")));
}

/// The documented seats sample split into two pages of one seat each, linked by `Link`.
fn serve_seats_in_two_pages(fake: &FakeVendor) {
    let sample = fixture_json("copilot_seats.json");
    let page = |seat: &Value| json!({"total_seats": 2, "seats": [seat]}).to_string();
    let second = format!("{}{SEATS}?per_page=100&page=2", fake.base_url);
    let first = format!("{}{SEATS}?per_page=100&page=1", fake.base_url);
    fake.on(
        &format!("{SEATS}?per_page=100"),
        Reply::json(page(&sample["seats"][0]))
            .header("link", &format!(r#"<{second}>; rel="next", <{second}>; rel="last""#)),
    );
    fake.on(
        &format!("{SEATS}?per_page=100&page=2"),
        Reply::json(page(&sample["seats"][1]))
            .header("link", &format!(r#"<{first}>; rel="prev", <{first}>; rel="first""#)),
    );
}

struct CopilotWorld {
    app: TestApp,
    token: String,
    ws: i64,
    fake: FakeVendor,
    integration_id: i64,
}

/// A team workspace with a Copilot integration for org `acme`, and a fake GitHub where:
/// - 8 days ago octokitten used Copilot (the sample record);
/// - yesterday octocat did (the sample record) and so did hubot (no seat);
/// - every other day has no report (204), and no day has a team report (204);
/// - the seat roster is the docs' two seats (octocat `business`, octokitten without a plan).
async fn copilot_world(backend: &str) -> CopilotWorld {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let ws = app.create_workspace(&owner, "Team").await;
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::status(204, ""));
    fake.on(TEAMS, Reply::status(204, ""));
    serve_users_day(&fake, days_ago(8), &[sample_user(days_ago(8), "octokitten", 1)]);
    serve_users_day(&fake, days_ago(1), &[sample_user(days_ago(1), "octocat", 1), hubot(days_ago(1))]);
    serve_seats_in_two_pages(&fake);
    let integration_id =
        add_integration(app.db(), app.app.engine.keyring(), ws, "copilot", &fake.base_url, Some(ORG)).await;
    CopilotWorld { token: owner.token.clone(), app, ws, fake, integration_id }
}

impl CopilotWorld {
    async fn sync(&self, from: NaiveDate, to: NaiveDate) -> Result<ai_usage::sync::RunSummary, String> {
        let range = RangeRequest::Days { from, to };
        self.app.app.engine.run(self.integration_id, range, Trigger::Manual).await.map_err(|e| e.to_string())
    }

    async fn people(&self, to: NaiveDate) -> Value {
        let doc = "query($ws: ID!, $from: NaiveDate!, $to: NaiveDate!) {
            people(workspaceId: $ws, range: {from: $from, to: $to}) {
              seats { assigned idle7Days idle30Days }
              rows { subject { label } seats { provider plan lastActiveDay idle7Days idle30Days } } } }";
        let vars = json!({"ws": self.ws.to_string(), "from": days_ago(40).to_string(), "to": to.to_string()});
        let r = self.app.gql_as(Some(&self.token), doc, vars).await;
        assert!(r["errors"].is_null(), "{r}");
        r["data"]["people"].clone()
    }
}

fn sample_seats(with_octokitten: bool) -> Vec<StoredSeat> {
    let seat = |identifier: &str, plan: Option<&str>, assigned, last| StoredSeat {
        kind: ActorKind::Login,
        identifier: identifier.into(),
        plan: plan.map(String::from),
        assigned_at: at(assigned),
        last_activity_at: at(last),
    };
    // The sample's times are at -06:00: 2021-08-03T18:00:00-06:00 is 2021-08-04 00:00:00 UTC.
    let mut seats = vec![seat("octocat", Some("business"), "2021-08-04T00:00:00", "2021-10-14T06:53:32")];
    if with_octokitten {
        seats.push(seat("octokitten", None, "2021-09-24T00:00:00", "2021-10-13T06:53:32"));
    }
    seats
}

async fn copilot_days_and_two_pages_of_seats_are_stored(backend: &str) {
    let w = copilot_world(backend).await;

    let summary = w.sync(days_ago(8), days_ago(1)).await.expect("sync");

    // 8 days, of which 6 answered 204 (empty); rows: octokitten on d-8, octocat + hubot on d-1.
    assert_eq!((summary.days, summary.records), (8, 3));
    let (total, each) = stored(w.app.db(), w.integration_id).await;
    let sample = Figures {
        rows: 1,
        active: 1,
        sessions: 2,
        input_tokens: 3_800,
        output_tokens: 5_000,
        lines_added: 8,
        suggestions_shown: 1,
        suggestions_accepted: 1,
        ..Figures::default()
    };
    let hubot = Figures {
        rows: 1,
        active: 1,
        interactions: 7,
        lines_added: 20,
        lines_removed: 4,
        suggestions_shown: 5,
        suggestions_accepted: 3,
        ..Figures::default()
    };
    assert_eq!(
        each,
        vec![
            (days_ago(8), "octokitten".to_owned(), sample),
            (days_ago(1), "hubot".to_owned(), hubot),
            (days_ago(1), "octocat".to_owned(), sample),
        ]
    );
    // Sessions 2+2+0 = 4; prompt tokens 3,800×2 = 7,600; output 5,000×2 = 10,000; lines added
    // 8+8+20 = 36, removed 4; shown 1+1+5 = 7; accepted 1+1+3 = 5; interactions 0+0+7 = 7.
    let expected = Figures {
        rows: 3,
        active: 3,
        interactions: 7,
        sessions: 4,
        input_tokens: 7_600,
        output_tokens: 10_000,
        lines_added: 36,
        lines_removed: 4,
        suggestions_shown: 7,
        suggestions_accepted: 5,
        ..Figures::default()
    };
    assert_eq!(total, expected);

    // Both pages were read, the second through the Link header, each once per run.
    let requests = w.fake.requests_to(SEATS);
    assert_eq!(requests.len(), 2);
    assert_eq!((requests[0].query("per_page"), requests[0].query("page")), (Some("100"), None));
    assert_eq!((requests[1].query("per_page"), requests[1].query("page")), (Some("100"), Some("2")));
    assert!(requests.iter().all(|r| r.header("authorization").is_some_and(|a| a.starts_with("Bearer "))));
    // Both assignees have id 1 in the docs' sample: they are still two seats.
    assert_eq!(seats::list(w.app.db(), w.integration_id).await.unwrap(), sample_seats(true));

    // A later roster without octokitten replaces the stored one; her usage stays.
    let sample = fixture_json("copilot_seats.json");
    let only_octocat = json!({"total_seats": 1, "seats": [sample["seats"][0]]}).to_string();
    w.fake.on(&format!("{SEATS}?per_page=100"), Reply::json(only_octocat));
    w.sync(days_ago(1), days_ago(1)).await.expect("second sync");
    assert_eq!(seats::list(w.app.db(), w.integration_id).await.unwrap(), sample_seats(false));
    assert_eq!(stored(w.app.db(), w.integration_id).await.0, expected);
}

async fn people_shows_idle_seats(backend: &str) {
    let w = copilot_world(backend).await;
    w.sync(days_ago(8), days_ago(1)).await.expect("sync");

    // Range ending yesterday. Idle windows are the 7 / 30 days ending on the range's last day:
    // [d-7, d-1] and [d-30, d-1]. octocat was active on d-1: idle in neither. octokitten was
    // last active on d-8, one day before the 7-day window: idle for 7 days, not for 30.
    // (The vendor's own last_activity_at, in 2021, does not enter: activity comes from usage.)
    let people = w.people(days_ago(1)).await;
    assert_eq!(people["seats"], json!({"assigned": 2, "idle7Days": 1, "idle30Days": 0}));
    let seat_of = |people: &Value, login: &str| {
        people["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["subject"]["label"] == login)
            .map(|r| r["seats"].clone())
            .unwrap_or_else(|| panic!("{login} not among {people}"))
    };
    let seat = |plan: Value, last: NaiveDate, idle7: bool, idle30: bool| {
        json!([{"provider": "COPILOT", "plan": plan, "lastActiveDay": last.to_string(),
                "idle7Days": idle7, "idle30Days": idle30}])
    };
    assert_eq!(seat_of(&people, "octocat"), seat(json!("business"), days_ago(1), false, false));
    assert_eq!(seat_of(&people, "octokitten"), seat(Value::Null, days_ago(8), true, false));
    // hubot used Copilot without a seat: a row, but no seat.
    assert_eq!(seat_of(&people, "hubot"), json!([]));

    // Range ending two days ago: octocat's only activity is after it, so her seat counts as
    // idle on both windows; octokitten's d-8 is now the first day of [d-8, d-2]: not idle.
    let earlier = w.people(days_ago(2)).await;
    assert_eq!(earlier["seats"], json!({"assigned": 2, "idle7Days": 1, "idle30Days": 1}));
    assert_eq!(seat_of(&earlier, "octokitten"), seat(Value::Null, days_ago(8), false, false));
}

async fn a_seats_failure_fails_the_run_and_keeps_the_days(backend: &str) {
    let w = copilot_world(backend).await;
    w.sync(days_ago(1), days_ago(1)).await.expect("first sync");
    w.fake.on(
        &format!("{SEATS}?per_page=100"),
        Reply::status(
            500,
            r#"{"message":"Server Error","documentation_url":"https://docs.github.com/rest"}"#,
        ),
    );

    let error = w.sync(days_ago(8), days_ago(1)).await.expect_err("seats fail");

    assert!(error.contains("copilot") && error.contains("seats") && error.contains("500"), "{error}");
    let run = &sync_runs::recent(w.app.db(), w.integration_id, 1).await.unwrap()[0];
    assert_eq!(
        (run.status, run.days_done, run.error.as_deref()),
        (SyncRunStatus::Failed, 8, Some(error.as_str()))
    );
    // Every day was committed before the roster was asked for; the old roster is untouched.
    assert_eq!(stored(w.app.db(), w.integration_id).await.0.rows, 3);
    assert_eq!(seats::list(w.app.db(), w.integration_id).await.unwrap(), sample_seats(true));
    // An outage is nobody's fault: the integration stays active.
    let integration = integrations::get(w.app.db(), w.integration_id).await.unwrap();
    assert_eq!(integration.status, IntegrationStatus::Active);
}

async fn a_key_without_billing_access_still_syncs_usage(backend: &str) {
    let w = copilot_world(backend).await;
    w.sync(days_ago(1), days_ago(1)).await.expect("first sync");
    // Usage reports need `read:org`; the seat roster needs billing access this token lacks.
    w.fake.on(
        &format!("{SEATS}?per_page=100"),
        Reply::status(
            403,
            r#"{"message":"Resource not accessible by personal access token","documentation_url":"https://docs.github.com/rest"}"#,
        ),
    );

    w.sync(days_ago(8), days_ago(1)).await.expect("usage syncs without seats");

    let run = &sync_runs::recent(w.app.db(), w.integration_id, 1).await.unwrap()[0];
    assert_eq!((run.status, run.days_done), (SyncRunStatus::Succeeded, 8));
    assert_eq!(stored(w.app.db(), w.integration_id).await.0.rows, 3);
    // The roster read on the first sync stays; nobody is asked to act.
    assert_eq!(seats::list(w.app.db(), w.integration_id).await.unwrap(), sample_seats(true));
    let integration = integrations::get(w.app.db(), w.integration_id).await.unwrap();
    assert_eq!((integration.status, integration.last_error), (IntegrationStatus::Active, None));
}

// ---------------------------------------------------------------------------------------------
// Cursor

/// Epoch ms of `day` at `hour`:00 UTC, as Cursor's event timestamps (a string).
fn ms(day: NaiveDate, hour: u32) -> String {
    day.and_hms_opt(hour, 0, 0).unwrap().and_utc().timestamp_millis().to_string()
}

/// A fake Cursor whose answers cover two days, d1 = 2 days ago and d2 = yesterday. The client
/// asks one day at a time and must keep only that day's records.
///
/// Daily usage (`cursor_daily_usage.json`, re-dated): developer@company.com on d1 and again on
/// d2 with the sample's figures; inactive-user@company.com on d1, all zeros and `isActive:
/// false`. Events (`cursor_usage_events.json`, re-timed, one page): event 1 (developer) on d1,
/// events 2 (developer) and 3 (admin, request-based) on d2.
async fn cursor_fake(d1: NaiveDate, d2: NaiveDate) -> FakeVendor {
    let fake = FakeVendor::start().await;
    let mut daily = fixture_json("cursor_daily_usage.json");
    let developer = daily["data"][0].clone();
    let mut on_d2 = developer.clone();
    on_d2["day"] = json!(d2.to_string());
    daily["data"][0]["day"] = json!(d1.to_string());
    daily["data"][1]["day"] = json!(d1.to_string());
    daily["data"].as_array_mut().unwrap().push(on_d2);
    fake.on("/teams/daily-usage-data", Reply::json(daily.to_string()));

    let mut events = fixture_json("cursor_usage_events.json");
    events["pagination"]["hasNextPage"] = json!(false);
    events["usageEvents"][0]["timestamp"] = json!(ms(d1, 12));
    events["usageEvents"][1]["timestamp"] = json!(ms(d2, 12));
    events["usageEvents"][2]["timestamp"] = json!(ms(d2, 13));
    fake.on("/teams/filtered-usage-events", Reply::json(events.to_string()));

    // The sample's two members, plus one removed and one free owner: neither holds a seat.
    let mut members = fixture_json("cursor_team_members.json");
    let list = members["teamMembers"].as_array_mut().unwrap();
    list.push(json!({"id": "user_gone", "name": "Gone", "email": "gone@company.com", "role": "member", "isRemoved": true}));
    list.push(json!({"id": "user_free", "name": "Free", "email": "free@company.com", "role": "free-owner"}));
    fake.on("/teams/members", Reply::json(members.to_string()));
    fake
}

async fn cursor_days_and_members_are_stored(backend: &str) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let (d1, d2) = (days_ago(2), days_ago(1));
    let fake = cursor_fake(d1, d2).await;
    let ws = team_workspace(&t.db).await;
    let id = add_integration(&t.db, &keyring, ws, "cursor", &fake.base_url, None).await;
    // Cursor's documented pace (3 s a request) would make this test slow.
    let config = EngineConfig { requests_per_minute: NonZeroU32::new(60_000), ..test_engine_config() };
    let engine = SyncEngine::new(t.db.clone(), keyring, EventBus::new(), config);

    let summary =
        engine.run(id, RangeRequest::Days { from: d1, to: d2 }, Trigger::Manual).await.expect("sync");

    assert_eq!((summary.days, summary.records), (2, 4));
    let (total, each) = stored(&t.db, id).await;
    // developer's daily record: interactions = composer 45 + chat 128 + agent 12 + Cmd-K 67 =
    // 252; lines 1,543 added / 892 deleted; tabs 342 shown / 289 accepted.
    let developer_day = Figures {
        rows: 1,
        active: 1,
        interactions: 252,
        lines_added: 1_543,
        lines_removed: 892,
        suggestions_shown: 342,
        suggestions_accepted: 289,
        ..Figures::default()
    };
    // Event 1: tokens in 126 / out 450 / cache read 11,964 / cache write 6,112; 21.36232¢ →
    // 21,362 millicents.
    let developer_d1 = Figures {
        input_tokens: 126,
        output_tokens: 450,
        cache_read_tokens: 11_964,
        cache_write_tokens: 6_112,
        cost_millicents: 21_362,
        ..developer_day
    };
    // Event 2: in 5,805 / out 311 / cache read 0 / cache write 11,964; 37.33¢ → 37,330.
    let developer_d2 = Figures {
        input_tokens: 5_805,
        output_tokens: 311,
        cache_write_tokens: 11_964,
        cost_millicents: 37_330,
        ..developer_day
    };
    // Event 3: admin, no daily record, request-based (no tokens), 8¢ → 8,000; active by the
    // event alone; requests are counted by daily usage only, so 0 interactions.
    let admin_d2 = Figures { rows: 1, active: 1, cost_millicents: 8_000, ..Figures::default() };
    let inactive_d1 = Figures { rows: 1, ..Figures::default() };
    assert_eq!(
        each,
        vec![
            (d1, "developer@company.com".to_owned(), developer_d1),
            (d1, "inactive-user@company.com".to_owned(), inactive_d1),
            (d2, "admin@company.com".to_owned(), admin_d2),
            (d2, "developer@company.com".to_owned(), developer_d2),
        ]
    );
    // Totals: interactions 252×2 = 504; input 126 + 5,805 = 5,931; output 450 + 311 = 761;
    // cache write 6,112 + 11,964 = 18,076; cache read 11,964; cost 21,362 + 37,330 + 8,000 =
    // 66,692 millicents (the docs' sample check: chargedCents sum to 66.69232¢).
    assert_eq!(
        total,
        Figures {
            rows: 4,
            active: 3,
            interactions: 504,
            input_tokens: 5_931,
            output_tokens: 761,
            cache_read_tokens: 11_964,
            cache_write_tokens: 18_076,
            cost_millicents: 66_692,
            lines_added: 3_086,
            lines_removed: 1_784,
            suggestions_shown: 684,
            suggestions_accepted: 578,
            sessions: 0,
        }
    );

    // Seats: the two current members, by email; no plan or times from Cursor.
    let stored_seats = seats::list(&t.db, id).await.unwrap();
    let holders: Vec<(ActorKind, &str)> =
        stored_seats.iter().map(|s| (s.kind, s.identifier.as_str())).collect();
    assert_eq!(
        holders,
        [(ActorKind::Email, "admin@company.com"), (ActorKind::Email, "developer@company.com")]
    );
    assert!(stored_seats.iter().all(|s| s.plan.is_none() && s.last_activity_at.is_none()));
    assert_eq!(fake.requests_to("/teams/members").len(), 1, "one roster fetch per run");
}

on_both_backends!(
    copilot_days_and_two_pages_of_seats_are_stored,
    people_shows_idle_seats,
    a_seats_failure_fails_the_run_and_keeps_the_days,
    a_key_without_billing_access_still_syncs_usage,
    cursor_days_and_members_are_stored,
);
