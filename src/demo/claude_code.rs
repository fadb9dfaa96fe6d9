//! A fake Claude Code Analytics API (claude-code.md §1): `GET
//! /v1/organizations/usage_report/claude_code?starting_at=YYYY-MM-DD[&limit][&page]` with the
//! Admin key in `x-api-key`, one UTC day per request, rows per actor split by terminal and
//! `is_remote`, every model in `model_breakdown`, cost in integer cents, and the opaque
//! `next_page` cursor. A wrong key gets Anthropic's 401 error body; a day set to fail
//! ([`DemoClock::set_failing`]) gets its 503 `overloaded_error`.

use std::collections::{BTreeMap, HashMap};

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine as _;
use chrono::NaiveDate;
use serde_json::{Value, json};

use super::cast::{CI_KEY_NAME, MEMBERS};
use super::generator::{DemoClock, Slice, Tool};

const ORGANIZATION_ID: &str = "5b3c9a6e-1f0d-4c2a-9e7b-8d6f4a2c1e90";

#[derive(Clone)]
struct Fake {
    clock: DemoClock,
    key: String,
}

/// The routes of the fake Anthropic API, accepting only `key`.
pub fn router(clock: DemoClock, key: String) -> Router {
    Router::new()
        .route("/v1/organizations/usage_report/claude_code", get(report))
        .with_state(Fake { clock, key })
}

async fn report(
    State(fake): State<Fake>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if headers.get("x-api-key").and_then(|v| v.to_str().ok()) != Some(fake.key.as_str()) {
        let body = json!({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}});
        return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
    }
    let Some(day) = query.get("starting_at").and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    else {
        let body = json!({"type": "error", "error": {"type": "invalid_request_error", "message": "starting_at: expected YYYY-MM-DD"}});
        return (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
    };
    if fake.clock.is_failing(day) {
        let body = json!({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}});
        return (StatusCode::SERVICE_UNAVAILABLE, axum::Json(body)).into_response();
    }
    let limit = query.get("limit").and_then(|l| l.parse::<usize>().ok()).unwrap_or(20).clamp(1, 1000);
    let offset = query.get("page").and_then(|p| decode_cursor(p)).unwrap_or(0);
    let rows = if fake.clock.has_day(day) { rows(&fake.clock, day) } else { Vec::new() };
    let page: Vec<Value> = rows.iter().skip(offset).take(limit).cloned().collect();
    let has_more = offset + page.len() < rows.len();
    let next_page = has_more.then(|| encode_cursor(offset + page.len()));
    axum::Json(json!({"data": page, "has_more": has_more, "next_page": next_page})).into_response()
}

fn encode_cursor(offset: usize) -> String {
    format!("page_{}", base64::engine::general_purpose::STANDARD.encode(format!("offset:{offset}")))
}

fn decode_cursor(cursor: &str) -> Option<usize> {
    let bytes = base64::engine::general_purpose::STANDARD.decode(cursor.strip_prefix("page_")?).ok()?;
    String::from_utf8(bytes).ok()?.strip_prefix("offset:")?.parse().ok()
}

/// Per-model token counts and cents of one row.
#[derive(Default)]
struct ModelTotals {
    input: i64,
    output: i64,
    cache_read: i64,
    cache_creation: i64,
}

/// One report row in the making: an actor's slices on one terminal.
#[derive(Default)]
struct Row {
    sessions: i64,
    added: i64,
    removed: i64,
    commits: i64,
    pull_requests: i64,
    edits: (i64, i64),
    writes: (i64, i64),
    models: BTreeMap<&'static str, ModelTotals>,
}

/// List prices in US dollars per million tokens: input, output, cache read, cache write.
fn prices(model: &str) -> (f64, f64, f64, f64) {
    if model.contains("opus") { (15.0, 75.0, 1.5, 18.75) } else { (3.0, 15.0, 0.3, 3.75) }
}

impl Row {
    fn add(&mut self, slice: &mut Slice, headless: bool) {
        let x = slice.intensity;
        let rng = &mut slice.rng;
        self.sessions += 1 + rng.around(x);
        let added = rng.around(140.0 * x);
        self.added += added;
        self.removed += rng.around(added as f64 * 0.35);
        self.commits += i64::from(rng.chance(0.45 * x.min(1.5)));
        self.pull_requests += i64::from(rng.chance(0.12 * x.min(1.5)));
        if !headless {
            let accepted = rng.around(9.0 * x);
            self.edits.0 += accepted;
            self.edits.1 += rng.around(accepted as f64 * 0.15);
            self.writes.0 += rng.around(2.0 * x);
            self.writes.1 += i64::from(rng.chance(0.2));
        }
        let model =
            if rng.chance(0.2 * x) { "claude-opus-4-1-20250805" } else { "claude-sonnet-4-5-20250929" };
        let tokens = self.models.entry(model).or_default();
        tokens.input += rng.around(28_000.0 * x);
        tokens.output += rng.around(7_500.0 * x);
        tokens.cache_read += rng.around(240_000.0 * x);
        tokens.cache_creation += rng.around(36_000.0 * x);
    }

    fn to_json(&self, day: NaiveDate, actor: Value, terminal: &str, remote: bool) -> Value {
        let breakdown: Vec<Value> = self
            .models
            .iter()
            .map(|(model, t)| {
                let (pi, po, pr, pw) = prices(model);
                let dollars = (t.input as f64 * pi + t.output as f64 * po + t.cache_read as f64 * pr
                    + t.cache_creation as f64 * pw)
                    / 1e6;
                json!({
                    "model": model,
                    "tokens": {"input": t.input, "output": t.output, "cache_read": t.cache_read, "cache_creation": t.cache_creation},
                    "estimated_cost": {"amount": (dollars * 100.0).round() as i64, "currency": "USD"}
                })
            })
            .collect();
        let customer = if actor["type"] == "api_actor" { "api" } else { "subscription" };
        json!({
            "date": format!("{day}T00:00:00Z"),
            "actor": actor,
            "organization_id": ORGANIZATION_ID,
            "customer_type": customer,
            "subscription_type": if customer == "api" { Value::Null } else { json!("team") },
            "terminal_type": terminal,
            "is_remote": remote,
            "core_metrics": {
                "num_sessions": self.sessions,
                "lines_of_code": {"added": self.added, "removed": self.removed},
                "commits_by_claude_code": self.commits,
                "pull_requests_by_claude_code": self.pull_requests
            },
            "tool_actions": {
                "edit_tool": {"accepted": self.edits.0, "rejected": self.edits.1},
                "write_tool": {"accepted": self.writes.0, "rejected": self.writes.1}
            },
            "model_breakdown": breakdown
        })
    }
}

/// Every row of `day`: each member's slices grouped by terminal (remote sessions on their own
/// row, as Anthropic splits them), then the CI pipeline.
fn rows(clock: &DemoClock, day: NaiveDate) -> Vec<Value> {
    let mut out = Vec::new();
    for (index, member) in MEMBERS.iter().enumerate() {
        let mut by_terminal: BTreeMap<(&str, bool), Row> = BTreeMap::new();
        for mut slice in clock.slices(Tool::ClaudeCode, index, day) {
            let place = if slice.rng.chance(0.15) {
                ("web", true)
            } else if member.editor == super::cast::Editor::JetBrains || slice.rng.chance(0.4) {
                ("iTerm.app", false)
            } else {
                ("vscode", false)
            };
            by_terminal.entry(place).or_default().add(&mut slice, false);
        }
        for ((terminal, remote), row) in by_terminal {
            let actor = json!({"type": "user_actor", "email_address": member.email});
            out.push(row.to_json(day, actor, terminal, remote));
        }
    }
    let mut ci = Row::default();
    let ci_slices = clock.ci_slices(day);
    for mut slice in ci_slices.iter().cloned() {
        ci.add(&mut slice, true);
    }
    if !ci_slices.is_empty() {
        out.push(ci.to_json(
            day,
            json!({"type": "api_actor", "api_key_name": CI_KEY_NAME}),
            "github-actions",
            false,
        ));
    }
    out
}
