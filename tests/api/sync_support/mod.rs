//! Shared by the sync tests: a fake Claude Code Analytics API scripted per UTC day, an
//! integration seeded straight into storage, and hand-checkable totals read back from it.
//!
//! The fake is a [`FakeVendor`] serving `GET /v1/organizations/usage_report/claude_code` in the
//! documented shape: one page per day (`has_more: false`), rows per actor with one model. Days
//! without a script answer with the documented empty page. A wrong `x-api-key` gets Anthropic's
//! 401 body.

use std::collections::HashMap;
use std::time::Duration;

use ai_usage::crypto::{KeyRing, SecretString};
use ai_usage::domain::Provider;
use ai_usage::storage::integrations::NewIntegration;
use ai_usage::storage::schema::daily_usage;
use ai_usage::storage::{Db, StorageError, users, workspaces};
use ai_usage::sync::connect::ManageError;
use chrono::{NaiveDate, NaiveDateTime, Utc};
use serde_json::{Value, json};

use crate::fake_vendor::{FakeVendor, Reply};

pub const PATH: &str = "/v1/organizations/usage_report/claude_code";
/// The key the fake accepts unless told otherwise.
pub const GOOD_KEY: &str = crate::fake_vendor::CLAUDE_CODE_KEY;

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

/// A running fake Anthropic API: a [`FakeVendor`] scripted per UTC day (`starting_at`) that
/// checks `x-api-key`. Derefs to the vendor, for its recorded requests.
#[derive(Clone)]
pub struct ClaudeFake {
    vendor: FakeVendor,
}

impl ClaudeFake {
    /// Starts a fake that accepts [`GOOD_KEY`] and has no usage on any day.
    pub async fn start() -> Self {
        let vendor = FakeVendor::start().await;
        vendor.on(PATH, page(DayScript::Rows(Vec::new())));
        let fake = ClaudeFake { vendor };
        fake.accept_only(GOOD_KEY);
        fake
    }

    pub fn set_day(&self, day: NaiveDate, script: DayScript) {
        self.vendor.on_param(PATH, "starting_at", &day.to_string(), page(script));
    }

    /// Only `key` is accepted from now on (the old one was revoked).
    pub fn accept_only(&self, key: &str) {
        let body = json!({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}});
        self.vendor.require_header("x-api-key", key, Reply::status(401, body.to_string()));
    }

    /// Report requests per day so far (refused keys not counted).
    pub fn fetches_of(&self, day: NaiveDate) -> usize {
        self.fetched().filter(|d| *d == day).count()
    }

    /// The oldest day asked for so far.
    pub fn earliest_fetched(&self) -> Option<NaiveDate> {
        self.fetched().min()
    }

    /// The days of the report requests the fake answered, in order.
    fn fetched(&self) -> impl Iterator<Item = NaiveDate> {
        let requests = self.vendor.requests_to(PATH).into_iter().filter(|r| !r.refused);
        requests.filter_map(|r| r.query("starting_at").and_then(|d| d.parse().ok()))
    }
}

impl std::ops::Deref for ClaudeFake {
    type Target = FakeVendor;

    fn deref(&self) -> &FakeVendor {
        &self.vendor
    }
}

/// The documented one-page report (`has_more: false`) a day's script stands for.
fn page(mut script: DayScript) -> Reply {
    let mut delay = Duration::ZERO;
    while let DayScript::Slow(pause, inner) = script {
        delay += pause;
        script = *inner;
    }
    let reply = match script {
        DayScript::Rows(rows) => {
            Reply::json(json!({"data": rows, "has_more": false, "next_page": null}).to_string())
        }
        DayScript::Malformed => Reply::json(r#"{"data": [{"actor": {"type": "#),
        DayScript::Slow(..) => unreachable!("unwrapped above"),
    };
    reply.after(delay)
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
    let new = NewIntegration::builder(workspace_id, Provider::ClaudeCode)
        .display_name("Claude")
        .base_url(base_url)
        .next_sync_at(next_sync_at);
    store_with_key(db, keyring, &new, key).await
}

/// Stores `new` with `key` sealed by `keyring`, as the connect flow stores it; its id.
pub async fn store_with_key(db: &Db, keyring: &KeyRing, new: &NewIntegration<'_>, key: &str) -> i64 {
    let key = SecretString::from(key);
    let stored = new.create_with_key::<ManageError>(db, keyring, &key).await;
    stored.unwrap_or_else(|e| panic!("storing a {} integration: {e}", new.provider.as_str())).id
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
