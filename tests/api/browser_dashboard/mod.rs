//! The dashboard's end-to-end world: a service with an admin, a member and a viewer in a team
//! workspace whose three tools are connected to fake vendors serving the suite's fixtures, and a
//! small control server the spec (`web/e2e/dashboard.spec.ts`) calls to make things happen on the
//! server side: a sync that adds a day, a stop and a restart on the same port, a resync.
//!
//! Days are relative to today (UTC), T. The initial sync covers T-29 … T-2 for every tool; T-1 is
//! added by `POST /sync` during the test. What the fakes serve (figures summed by hand in the spec):
//!
//! | day | Claude Code (`row(day, email, sessions, input tokens, cents)`) | Copilot (org `acme`) | Cursor |
//! |-----|------------------------------|------------------------------|--------|
//! | T-3 | alice@x.io 2, 100, 10¢; bob@x.io 1, 50, 5¢ | octocat: the docs' record (gen 1, acc 1, loc 8 of 10 suggested, CLI 2 sessions, 3,800 in / 5,000 out tokens) | developer@company.com: the docs' daily record (interactions 252, lines 1,543 / 1,102 accepted, tabs 342 / 289) and usage event 1 (126 / 450 / 11,964 / 6,112 tokens, 21.36232¢) |
//! | T-2 | alice@x.io 3, 200, 20¢ | hubot: interactions 7, gen 5, acc 3, loc 20 of 25 suggested | — |
//! | T-1 | bob@x.io 4, 400, 40¢ (only after `POST /sync`) | — | — |
//!
//! Seats: Copilot's docs sample (octocat `business`, octokitten), Cursor's (Alex = developer@,
//! Sam = admin@company.com).

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use ai_usage::app::{self, RunningApp, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::domain::Provider;
use ai_usage::storage::{Db, integrations};
use ai_usage::sync::events::{BusMessage, IntegrationChange, SyncEventKind};
use ai_usage::sync::{RangeRequest, Trigger};
use ai_usage::web::edge::EdgeSettings;
use axum::Router;
use axum::extract::State;
use axum::routing::post;
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};
use tokio::sync::Mutex;

use crate::common::{TestDb, test_engine_config};
use crate::fake_vendor::{FakeVendor, Reply, fixture_json};
use crate::sync_support::{ClaudeFake, DayScript, GOOD_KEY, days_ago, row, store_with_key};

pub const PASSWORD: &str = "correct horse battery";
pub const ADMIN_EMAIL: &str = "ada@example.com";
pub const MEMBER_EMAIL: &str = "alice@x.io";
pub const VIEWER_EMAIL: &str = "vic@example.com";

const USERS: &str = "/orgs/acme/copilot/metrics/reports/users-1-day";
const TEAMS: &str = "/orgs/acme/copilot/metrics/reports/user-teams-1-day";
const SEATS: &str = "/orgs/acme/copilot/billing/seats";

/// The service and what the control server needs to stop, restart and sync it.
pub struct World {
    pub db: TestDb,
    pub settings: Settings,
    pub addr: SocketAddr,
    pub running: Mutex<Option<RunningApp>>,
    pub workspace_id: i64,
    pub claude_id: i64,
    _claude: ClaudeFake,
    _copilot: FakeVendor,
    _cursor: FakeVendor,
}

/// The service's settings, with its public URL on `port` (share cards need one: their links and
/// images are absolute).
fn settings(port: u16) -> Settings {
    let public_url = format!("http://127.0.0.1:{port}");
    Settings {
        signup_mode: SignupMode::Invite,
        keyring: Arc::new(KeyRing::new(MasterKey::generate(), vec![])),
        // Cursor's documented pace (3 s a request) would make the backfill slow.
        engine: ai_usage::sync::EngineConfig {
            requests_per_minute: NonZeroU32::new(60_000),
            ..test_engine_config()
        },
        scheduler: None,
        edge: Arc::new(EdgeSettings::parse(Some(&public_url), None, Some("127.0.0.0/8")).unwrap()),
    }
}

async fn gql(addr: SocketAddr, token: Option<&str>, query: &str, variables: Value) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("http://{addr}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let answer: Value = request.send().await.unwrap().json().await.unwrap();
    assert!(answer["errors"].is_null(), "{query}: {answer}");
    answer["data"].clone()
}

async fn sign_up(addr: SocketAddr, email: &str, name: &str, invite: Option<&str>) -> String {
    let doc = "mutation($e: String!, $p: String!, $n: String!, $t: String) {
        signUp(email: $e, password: $p, displayName: $n, inviteToken: $t) { token } }";
    let data = gql(addr, None, doc, json!({"e": email, "p": PASSWORD, "n": name, "t": invite})).await;
    data["signUp"]["token"].as_str().unwrap().to_owned()
}

async fn invite(addr: SocketAddr, admin: &str, ws: i64, email: &str, role: &str, name: &str) {
    let doc = format!(
        "mutation($w: ID!, $e: String!) {{ inviteMember(workspaceId: $w, email: $e, role: {role}) {{ token }} }}"
    );
    let data = gql(addr, Some(admin), &doc, json!({"w": ws.to_string(), "e": email})).await;
    sign_up(addr, email, name, data["inviteMember"]["token"].as_str()).await;
}

/// An integration whose key is sealed with the service's keyring, as the connect flow stores it.
async fn add_integration(
    db: &Db,
    keyring: &KeyRing,
    ws: i64,
    provider: Provider,
    name: &str,
    base_url: &str,
    org: Option<&str>,
) -> i64 {
    let new = integrations::NewIntegration::builder(ws, provider)
        .display_name(name)
        .base_url(base_url)
        .organization(org);
    store_with_key(db, keyring, &new, GOOD_KEY).await
}

fn claude_fake_days(fake: &ClaudeFake) {
    let (d3, d2, d1) = (days_ago(3), days_ago(2), days_ago(1));
    fake.set_day(d3, DayScript::Rows(vec![row(d3, "alice@x.io", 2, 100, 10), row(d3, "bob@x.io", 1, 50, 5)]));
    fake.set_day(d2, DayScript::Rows(vec![row(d2, "alice@x.io", 3, 200, 20)]));
    fake.set_day(d1, DayScript::Rows(vec![row(d1, "bob@x.io", 4, 400, 40)]));
}

/// Serves `records` as `day`'s Copilot users report (links, then one NDJSON file).
fn copilot_day(fake: &FakeVendor, day: NaiveDate, records: &[Value]) {
    let file = format!("/download/users-{day}.ndjson");
    let links =
        json!({"download_links": [format!("{}{file}", fake.base_url)], "report_day": day.to_string()});
    fake.on(&format!("{USERS}?day={day}"), Reply::json(links.to_string()));
    let ndjson: Vec<String> = records.iter().map(Value::to_string).collect();
    fake.on(&file, Reply::status(200, ndjson.join("\n")));
}

async fn copilot_fake() -> FakeVendor {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::status(204, ""));
    fake.on(TEAMS, Reply::status(204, ""));
    let mut octocat = fixture_json("copilot_usage_report_users_records.json")[0].clone();
    octocat["day"] = json!(days_ago(3).to_string());
    octocat["user_login"] = json!("octocat");
    octocat["user_id"] = json!(1);
    copilot_day(&fake, days_ago(3), &[octocat]);
    let hubot = json!({"day": days_ago(2).to_string(), "user_id": 3, "user_login": "hubot",
        "user_initiated_interaction_count": 7, "code_generation_activity_count": 5,
        "code_acceptance_activity_count": 3, "loc_added_sum": 20, "loc_deleted_sum": 4,
        "loc_suggested_to_add_sum": 25});
    copilot_day(&fake, days_ago(2), &[hubot]);
    fake.on(&format!("{SEATS}?per_page=100"), Reply::json(fixture_json("copilot_seats.json").to_string()));
    fake
}

fn ms(day: NaiveDate, hour: u32) -> String {
    day.and_hms_opt(hour, 0, 0).unwrap().and_utc().timestamp_millis().to_string()
}

async fn cursor_fake() -> FakeVendor {
    let fake = FakeVendor::start().await;
    let mut daily = fixture_json("cursor_daily_usage.json");
    let mut developer = daily["data"][0].clone();
    developer["day"] = json!(days_ago(3).to_string());
    developer["date"] = json!(days_ago(3).and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp_millis());
    daily["data"] = json!([developer]);
    fake.on("/teams/daily-usage-data", Reply::json(daily.to_string()));
    let mut events = fixture_json("cursor_usage_events.json");
    let mut first = events["usageEvents"][0].clone();
    first["timestamp"] = json!(ms(days_ago(3), 12));
    events["usageEvents"] = json!([first]);
    events["totalUsageEventsCount"] = json!(1);
    events["pagination"] = json!({"numPages": 1, "currentPage": 1, "pageSize": 1000, "hasNextPage": false, "hasPreviousPage": false});
    fake.on("/teams/filtered-usage-events", Reply::json(events.to_string()));
    fake.on("/teams/members", Reply::json(fixture_json("cursor_team_members.json").to_string()));
    fake
}

impl World {
    /// Starts the service, makes the accounts and the workspace, connects the three tools to their
    /// fakes and syncs T-29 … T-2.
    pub async fn start() -> Arc<World> {
        ai_usage::telemetry::init();
        let db = TestDb::sqlite().await;
        // A free port, known before the start: the public URL names it.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let settings = settings(port);
        let listen = SocketAddr::from(([127, 0, 0, 1], port));
        let running = app::start(db.db.clone(), listen, settings.clone()).await.unwrap();
        let addr = running.addr;

        let admin = sign_up(addr, ADMIN_EMAIL, "Ada Admin", None).await;
        let created =
            gql(addr, Some(&admin), r#"mutation { createWorkspace(name: "Acme") { id } }"#, json!({})).await;
        let ws: i64 = created["createWorkspace"]["id"].as_str().unwrap().parse().unwrap();
        invite(addr, &admin, ws, MEMBER_EMAIL, "MEMBER", "Alice").await;
        invite(addr, &admin, ws, VIEWER_EMAIL, "VIEWER", "Vic Viewer").await;

        let claude = ClaudeFake::start().await;
        claude_fake_days(&claude);
        let copilot = copilot_fake().await;
        let cursor = cursor_fake().await;
        let keyring = running.engine.keyring();
        let claude_id = add_integration(
            &db.db,
            keyring,
            ws,
            Provider::ClaudeCode,
            "Claude (eng)",
            &claude.base_url,
            None,
        )
        .await;
        let copilot_id = add_integration(
            &db.db,
            keyring,
            ws,
            Provider::Copilot,
            "Copilot (acme)",
            &copilot.base_url,
            Some("acme"),
        )
        .await;
        let cursor_id =
            add_integration(&db.db, keyring, ws, Provider::Cursor, "Cursor (team)", &cursor.base_url, None)
                .await;
        for id in [claude_id, copilot_id, cursor_id] {
            let range = RangeRequest::Days { from: days_ago(29), to: days_ago(2) };
            running.engine.run(id, range, Trigger::Manual).await.unwrap_or_else(|e| panic!("sync {id}: {e}"));
        }
        Arc::new(World {
            db,
            settings,
            addr,
            running: Mutex::new(Some(running)),
            workspace_id: ws,
            claude_id,
            _claude: claude,
            _copilot: copilot,
            _cursor: cursor,
        })
    }

    /// Syncs T-1 of Claude Code; answers when the day was committed (ms since the epoch).
    async fn sync_live_day(&self) -> Value {
        let guard = self.running.lock().await;
        let running = guard.as_ref().expect("the service is running");
        let mut bus = running.state.events.subscribe();
        let engine = running.engine.clone();
        let id = self.claude_id;
        let run = tokio::spawn(async move {
            engine.run(id, RangeRequest::Days { from: days_ago(1), to: days_ago(1) }, Trigger::Manual).await
        });
        let committed = loop {
            match tokio::time::timeout(Duration::from_secs(20), bus.recv()).await {
                Ok(Ok(BusMessage::Event(e))) if e.kind == SyncEventKind::DayCommitted => {
                    break Utc::now().timestamp_millis();
                }
                Ok(Ok(_)) | Ok(Err(tokio::sync::broadcast::error::RecvError::Lagged(_))) => continue,
                other => panic!("no committed day: {other:?}"),
            }
        };
        run.await.unwrap().expect("live sync");
        json!({ "committedAt": committed })
    }

    async fn stop(&self) -> Value {
        if let Some(running) = self.running.lock().await.take() {
            running.stop().await.unwrap();
        }
        json!({ "stopped": true })
    }

    async fn restart(&self) -> Value {
        let mut guard = self.running.lock().await;
        if guard.is_none() {
            *guard = Some(app::start(self.db.db.clone(), self.addr, self.settings.clone()).await.unwrap());
        }
        json!({ "started": true })
    }

    /// Floods the bus with another workspace's events: every subscriber falls behind and is told
    /// to resync (`resyncRequired: true`).
    async fn flood(&self) -> Value {
        let guard = self.running.lock().await;
        let running = guard.as_ref().expect("the service is running");
        for n in 0..20_000 {
            running.state.events.publish_integration_changed(-1, n, IntegrationChange::Updated);
        }
        json!({ "flooded": true })
    }

    /// `http://127.0.0.1:<port>`: POST `/sync`, `/stop`, `/start`, `/resync`.
    pub async fn control(self: &Arc<Self>) -> String {
        async fn sync(State(w): State<Arc<World>>) -> axum::Json<Value> {
            axum::Json(w.sync_live_day().await)
        }
        async fn stop(State(w): State<Arc<World>>) -> axum::Json<Value> {
            axum::Json(w.stop().await)
        }
        async fn start(State(w): State<Arc<World>>) -> axum::Json<Value> {
            axum::Json(w.restart().await)
        }
        async fn resync(State(w): State<Arc<World>>) -> axum::Json<Value> {
            axum::Json(w.flood().await)
        }
        let router = Router::new()
            .route("/sync", post(sync))
            .route("/stop", post(stop))
            .route("/start", post(start))
            .route("/resync", post(resync))
            .with_state(self.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        url
    }

    /// What the spec needs to know.
    pub fn env(&self, control: String) -> Vec<(&'static str, String)> {
        vec![
            ("AI_USAGE_CONTROL_URL", control),
            ("AI_USAGE_WORKSPACE_ID", self.workspace_id.to_string()),
            ("AI_USAGE_PASSWORD", PASSWORD.to_owned()),
        ]
    }
}
