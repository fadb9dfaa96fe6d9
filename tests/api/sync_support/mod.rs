//! Shared by the sync tests: a fake Claude Code Analytics API scripted per UTC day, an
//! integration seeded straight into storage, and hand-checkable totals read back from it.
//!
//! The fake serves `GET /v1/organizations/usage_report/claude_code` in the documented shape: one
//! page per day (`has_more: false`), rows per actor with one model. Days without a script answer
//! with the documented empty page. A wrong `x-api-key` gets Anthropic's 401 body.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ai_usage::crypto::{KeyRing, SecretContext, SecretString};
use ai_usage::storage::schema::daily_usage;
use ai_usage::storage::{Db, StorageError, integrations, users, workspaces};
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{NaiveDate, NaiveDateTime, Utc};
use serde_json::{Value, json};

pub const PATH: &str = "/v1/organizations/usage_report/claude_code";
pub const GOOD_KEY: &str = "sk-ant-admin01-good-test-key-0123456789";

/// Today minus `n` days, UTC.
pub fn days_ago(n: i64) -> NaiveDate {
    Utc::now().date_naive() - chrono::Duration::days(n)
}

pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// How the fake answers for one day.
#[derive(Clone, Debug)]
pub enum DayScript {
    /// A one-page report with these rows.
    Rows(Vec<Value>),
    /// A 200 whose body is cut off mid-JSON.
    Malformed,
    /// The inner answer, after a pause.
    Slow(Duration, Box<DayScript>),
}

/// One Claude Code report row: `sessions` sessions and one model's input tokens and cost (cents).
pub fn row(day: NaiveDate, email: &str, sessions: i64, input: i64, cents: i64) -> Value {
    json!({
        "date": format!("{day}T00:00:00Z"),
        "actor": {"type": "user_actor", "email_address": email},
        "organization_id": "org", "customer_type": "api", "terminal_type": "vscode", "is_remote": false,
        "core_metrics": {"num_sessions": sessions, "lines_of_code": {"added": 0, "removed": 0},
                         "commits_by_claude_code": 0, "pull_requests_by_claude_code": 0},
        "tool_actions": {},
        "model_breakdown": [{"model": "claude-sonnet-5",
                             "tokens": {"input": input, "output": 0, "cache_read": 0, "cache_creation": 0},
                             "estimated_cost": {"amount": cents, "currency": "USD"}}]
    })
}

#[derive(Default)]
struct FakeState {
    days: HashMap<NaiveDate, DayScript>,
    key: String,
    fetched: Vec<NaiveDate>,
}

/// A running fake Anthropic API.
#[derive(Clone)]
pub struct ClaudeFake {
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    state: Arc<Mutex<FakeState>>,
}

impl ClaudeFake {
    /// Starts a fake that accepts [`GOOD_KEY`] and has no usage on any day.
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(FakeState { key: GOOD_KEY.to_owned(), ..FakeState::default() }));
        let app = Router::new().route(PATH, get(report)).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await.expect("fake serves") });
        ClaudeFake { base_url, state }
    }

    pub fn set_day(&self, day: NaiveDate, script: DayScript) {
        self.state.lock().unwrap().days.insert(day, script);
    }

    /// Only `key` is accepted from now on (the old one was revoked).
    pub fn accept_only(&self, key: &str) {
        self.state.lock().unwrap().key = key.to_owned();
    }

    /// Report requests per day so far.
    pub fn fetches_of(&self, day: NaiveDate) -> usize {
        self.state.lock().unwrap().fetched.iter().filter(|d| **d == day).count()
    }

    /// The oldest day asked for so far.
    pub fn earliest_fetched(&self) -> Option<NaiveDate> {
        self.state.lock().unwrap().fetched.iter().min().copied()
    }
}

async fn report(
    State(state): State<Arc<Mutex<FakeState>>>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let script = {
        let mut state = state.lock().unwrap();
        if headers.get("x-api-key").and_then(|v| v.to_str().ok()) != Some(state.key.as_str()) {
            let body = json!({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}});
            return (StatusCode::UNAUTHORIZED, body.to_string()).into_response();
        }
        let Some(day) = query.get("starting_at").and_then(|d| d.parse::<NaiveDate>().ok()) else {
            return (StatusCode::BAD_REQUEST, "starting_at").into_response();
        };
        state.fetched.push(day);
        state.days.get(&day).cloned().unwrap_or(DayScript::Rows(Vec::new()))
    };
    answer(script).await
}

async fn answer(mut script: DayScript) -> Response {
    while let DayScript::Slow(pause, inner) = script {
        tokio::time::sleep(pause).await;
        script = *inner;
    }
    match script {
        DayScript::Rows(rows) => {
            let body = json!({"data": rows, "has_more": false, "next_page": null});
            ([("content-type", "application/json")], body.to_string()).into_response()
        }
        DayScript::Malformed => {
            ([("content-type", "application/json")], r#"{"data": [{"actor": {"type": "#).into_response()
        }
        DayScript::Slow(..) => unreachable!("unwrapped above"),
    }
}

/// A user, a team workspace and a Claude Code integration pointing at `base_url` with `key`
/// sealed by `keyring`. Returns `(workspace_id, integration_id)`.
pub async fn seed_claude(db: &Db, keyring: &KeyRing, base_url: &str, key: &str) -> (i64, i64) {
    let email = format!("owner-{:08x}@example.com", rand::random::<u32>());
    let user = users::create(
        db,
        &users::NewUser {
            email: &email,
            display_name: "Owner",
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
    let id = add_claude(db, keyring, ws.id, base_url, key, None).await;
    (ws.id, id)
}

/// Another Claude Code integration in `workspace_id`, due at `next_sync_at`.
pub async fn add_claude(
    db: &Db,
    keyring: &KeyRing,
    workspace_id: i64,
    base_url: &str,
    key: &str,
    next_sync_at: Option<NaiveDateTime>,
) -> i64 {
    let secret = SecretString::from(key);
    let new = integrations::NewIntegration {
        workspace_id,
        provider: ai_usage::domain::Provider::ClaudeCode,
        display_name: "Claude",
        scope_kind: None,
        scope_slug: None,
        base_url: Some(base_url),
        secret_ciphertext: &[],
        secret_hint: &secret.hint(),
        schedule: "0 2 * * *",
        next_sync_at,
        created_at: now(),
        updated_at: now(),
    };
    let row = integrations::create_sealed::<StorageError>(db, &new, |integration_id| {
        Ok(keyring.encrypt(&secret, &SecretContext { workspace_id, integration_id }).unwrap())
    })
    .await
    .unwrap();
    row.id
}

/// What is stored for one integration, summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub rows: usize,
    pub sessions: i64,
    pub input_tokens: i64,
    pub cost_millicents: i64,
}

/// Stored daily usage of an integration, per day and in total.
pub async fn stored(db: &Db, integration_id: i64) -> (Totals, HashMap<NaiveDate, Totals>) {
    let rows = load(db, integration_id).await.expect("read daily usage");
    let mut total = Totals::default();
    let mut per_day: HashMap<NaiveDate, Totals> = HashMap::new();
    for (day, sessions, input, cost) in rows {
        for t in [&mut total, per_day.entry(day).or_default()] {
            t.rows += 1;
            t.sessions += sessions;
            t.input_tokens += input;
            t.cost_millicents += cost;
        }
    }
    (total, per_day)
}

async fn load(db: &Db, integration_id: i64) -> Result<Vec<(NaiveDate, i64, i64, i64)>, StorageError> {
    use diesel::prelude::*;
    use diesel_async::RunQueryDsl;
    let query = daily_usage::table.filter(daily_usage::integration_id.eq(integration_id)).select((
        daily_usage::day,
        daily_usage::sessions,
        daily_usage::input_tokens,
        daily_usage::cost_millicents,
    ));
    let pool_error =
        |e: diesel_async::pooled_connection::deadpool::PoolError| StorageError::Pool(e.to_string());
    Ok(match db {
        Db::Postgres(pool) => query.load(&mut *pool.get().await.map_err(pool_error)?).await?,
        Db::Sqlite(pool) => query.load(&mut *pool.get().await.map_err(pool_error)?).await?,
    })
}

/// Number of sync runs of an integration.
pub async fn run_count(db: &Db, integration_id: i64) -> usize {
    ai_usage::storage::sync_runs::recent(db, integration_id, 1_000).await.unwrap().len()
}
