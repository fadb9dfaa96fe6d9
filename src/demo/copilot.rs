//! A fake GitHub Copilot usage-metrics API (github-copilot.md §2–3) for one organization.
//!
//! `GET /orgs/{org}/copilot/metrics/reports/{users-1-day|user-teams-1-day|organization-1-day}?day=D`
//! answers with signed `download_links` (204 for a day GitHub has no report of); each link is a
//! short-lived URL on this server, checked by its signature and expiry (an expired or tampered
//! link gets 403, as a storage service answers), serving NDJSON — the users report split over two
//! files, as GitHub may. `GET /orgs/{org}/copilot/billing/seats` lists the seats, paginated with
//! `Link: rel="next"`. The token travels as `Authorization: Bearer`; a wrong one gets GitHub's 401.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{Duration, NaiveDate, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::cast::{GITHUB_ORG, Member, copilot_seat_holders};
use super::generator::{DemoClock, Slice, Tool};

const ORGANIZATION_ID: &str = "91837465";
/// How long a download link works.
const LINK_LIFETIME_SECONDS: i64 = 300;

#[derive(Clone)]
struct Fake {
    clock: DemoClock,
    key: String,
    /// `http://127.0.0.1:<port>`: where the download links point.
    base_url: String,
}

/// The routes of the fake GitHub API at `base_url`, accepting only `key`.
pub fn router(clock: DemoClock, key: String, base_url: String) -> Router {
    Router::new()
        .route("/orgs/{org}/copilot/metrics/reports/{report}", get(links))
        .route("/orgs/{org}/copilot/billing/seats", get(seats))
        .route("/downloads/{report}/{day}/{part}", get(download))
        .with_state(Fake { clock, key, base_url })
}

fn github_error(status: StatusCode, message: &str) -> Response {
    let body = json!({"message": message, "documentation_url": "https://docs.github.com/rest", "status": status.as_str()});
    (status, axum::Json(body)).into_response()
}

/// GitHub's refusal, unless the request carries the token and names our organization.
fn refusal(fake: &Fake, headers: &HeaderMap, org: &str) -> Option<Response> {
    let bearer = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    if bearer != Some(format!("Bearer {}", fake.key).as_str()) {
        return Some(github_error(StatusCode::UNAUTHORIZED, "Bad credentials"));
    }
    if org != GITHUB_ORG {
        return Some(github_error(StatusCode::NOT_FOUND, "Not Found"));
    }
    None
}

fn signature(key: &str, report: &str, day: &str, part: &str, expires: i64) -> String {
    let digest = Sha256::digest(format!("{key}\n{report}\n{day}\n{part}\n{expires}"));
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// How many files a report is split into.
fn parts(report: &str) -> u32 {
    if report == "users-1-day" { 2 } else { 1 }
}

async fn links(
    State(fake): State<Fake>,
    Path((org, report)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = refusal(&fake, &headers, &org) {
        return refused;
    }
    if !matches!(report.as_str(), "users-1-day" | "user-teams-1-day" | "organization-1-day") {
        return github_error(StatusCode::NOT_FOUND, "Not Found");
    }
    let Some(day) = query.get("day").and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) else {
        return github_error(StatusCode::UNPROCESSABLE_ENTITY, "Invalid request: day must be YYYY-MM-DD");
    };
    if !fake.clock.has_day(day) {
        return StatusCode::NO_CONTENT.into_response();
    }
    let expires = Utc::now().timestamp() + LINK_LIFETIME_SECONDS;
    let download_links: Vec<String> = (1..=parts(&report))
        .map(|part| {
            let sig = signature(&fake.key, &report, &day.to_string(), &part.to_string(), expires);
            format!("{}/downloads/{report}/{day}/{part}?expires={expires}&sig={sig}", fake.base_url)
        })
        .collect();
    axum::Json(json!({"download_links": download_links, "report_day": day.to_string()})).into_response()
}

async fn download(
    State(fake): State<Fake>,
    Path((report, day, part)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let expires = query.get("expires").and_then(|e| e.parse::<i64>().ok()).unwrap_or(0);
    let signed = query.get("sig").is_some_and(|s| *s == signature(&fake.key, &report, &day, &part, expires));
    let denied = || {
        let body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code><Message>Signature not valid in the specified time frame</Message></Error>";
        (StatusCode::FORBIDDEN, [(header::CONTENT_TYPE, "application/xml")], body).into_response()
    };
    if !signed || expires < Utc::now().timestamp() {
        return denied();
    }
    let (Ok(day), Ok(part)) = (NaiveDate::parse_from_str(&day, "%Y-%m-%d"), part.parse::<u32>()) else {
        return denied();
    };
    let lines: Vec<Value> = match report.as_str() {
        "users-1-day" => {
            let users = user_records(&fake.clock, day);
            let half = users.len().div_ceil(2);
            if part == 1 {
                users.into_iter().take(half).collect()
            } else {
                users.into_iter().skip(half).collect()
            }
        }
        "user-teams-1-day" => team_rows(&fake.clock, day),
        "organization-1-day" => vec![organization_day(&fake.clock, day)],
        _ => return denied(),
    };
    let mut body = String::new();
    for line in lines {
        body.push_str(&line.to_string());
        body.push('\n');
    }
    ([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response()
}

/// The counters every level of a user record repeats.
#[derive(Default, Clone, Copy)]
struct Counters {
    interactions: i64,
    generated: i64,
    accepted: i64,
    suggested_lines: i64,
    added_lines: i64,
    deleted_lines: i64,
}

impl Counters {
    fn json(&self, mut extra: Value) -> Value {
        let fields = json!({
            "user_initiated_interaction_count": self.interactions,
            "code_generation_activity_count": self.generated,
            "code_acceptance_activity_count": self.accepted,
            "loc_suggested_to_add_sum": self.suggested_lines,
            "loc_suggested_to_delete_sum": 0,
            "loc_added_sum": self.added_lines,
            "loc_deleted_sum": self.deleted_lines
        });
        if let (Some(extra), Value::Object(fields)) = (extra.as_object_mut(), fields) {
            extra.extend(fields);
        }
        extra
    }

    fn plus(self, o: Counters) -> Counters {
        Counters {
            interactions: self.interactions + o.interactions,
            generated: self.generated + o.generated,
            accepted: self.accepted + o.accepted,
            suggested_lines: self.suggested_lines + o.suggested_lines,
            added_lines: self.added_lines + o.added_lines,
            deleted_lines: self.deleted_lines + o.deleted_lines,
        }
    }
}

/// A user's day, by feature: completions, agent-mode chat, agent edits; plus CLI use.
#[derive(Default)]
struct UserDay {
    completion: Counters,
    chat: Counters,
    agent_edit: Counters,
    cli_sessions: i64,
    cli_tokens: (i64, i64),
    chat_model: &'static str,
}

impl UserDay {
    fn add(&mut self, slice: &mut Slice) {
        let x = slice.intensity;
        let rng = &mut slice.rng;
        let generated = rng.around(32.0 * x);
        let accepted = rng.around(generated as f64 * 0.32);
        let suggested = rng.around(generated as f64 * 2.6);
        self.completion = self.completion.plus(Counters {
            generated,
            accepted,
            suggested_lines: suggested,
            added_lines: rng.around(accepted as f64 * 2.2),
            ..Counters::default()
        });
        self.chat = self.chat.plus(Counters { interactions: rng.around(5.0 * x), ..Counters::default() });
        if rng.chance(0.35 * x) {
            let lines = rng.around(60.0 * x);
            self.agent_edit = self.agent_edit.plus(Counters {
                added_lines: lines,
                deleted_lines: rng.around(lines as f64 * 0.4),
                ..Counters::default()
            });
        }
        if rng.chance(0.2 * x) {
            self.cli_sessions += 1;
            self.cli_tokens.0 += rng.around(9_000.0 * x);
            self.cli_tokens.1 += rng.around(3_000.0 * x);
        }
        self.chat_model = *rng.pick(&["claude-sonnet-4.5", "gpt-5", "gpt-4.1"]);
    }

    fn total(&self) -> Counters {
        self.completion.plus(self.chat).plus(self.agent_edit)
    }
}

fn user_day(clock: &DemoClock, index: usize, day: NaiveDate) -> Option<UserDay> {
    let slices = clock.slices(Tool::Copilot, index, day);
    if slices.is_empty() {
        return None;
    }
    let mut user = UserDay::default();
    for mut slice in slices {
        user.add(&mut slice);
    }
    Some(user)
}

fn user_record(member: &Member, day: NaiveDate, user: &UserDay) -> Value {
    let total = user.total();
    let sampled = format!("{day}T09:12:00.000Z");
    let features = [
        ("code_completion", user.completion),
        ("chat_panel_agent_mode", user.chat),
        ("agent_edit", user.agent_edit),
    ];
    let mut record = total.json(json!({
        "day": day.to_string(),
        "organization_id": ORGANIZATION_ID,
        "user_id": member.github_id,
        "user_login": member.github_login,
        "chat_panel_agent_mode": user.chat.interactions,
        "used_agent": user.agent_edit.added_lines > 0,
        "used_chat": user.chat.interactions > 0,
        "used_cli": user.cli_sessions > 0,
        "totals_by_ide": [total.json(json!({
            "ide": member.editor.as_str(),
            "last_known_ide_version": {"ide_version": "1.106.2", "sampled_at": sampled},
            "last_known_plugin_version": {"plugin": "copilot-chat", "plugin_version": "0.33.1", "sampled_at": sampled}
        }))],
        "totals_by_feature": features.iter().map(|(f, c)| c.json(json!({"feature": f}))).collect::<Vec<_>>(),
        "totals_by_language_feature": [user.completion.json(json!({"language": member.language, "feature": "code_completion"}))],
        "totals_by_language_model": [],
        "totals_by_model_feature": [
            user.completion.json(json!({"model": "gpt-4.1", "feature": "code_completion"})),
            user.chat.json(json!({"model": user.chat_model, "feature": "chat_panel_agent_mode"})),
            user.agent_edit.json(json!({"model": user.chat_model, "feature": "agent_edit"}))
        ]
    }));
    if user.cli_sessions > 0 {
        let requests = user.cli_sessions * 3;
        record["totals_by_cli"] = json!({
            "session_count": user.cli_sessions,
            "request_count": requests,
            "prompt_count": requests,
            "token_usage": {
                "prompt_tokens_sum": user.cli_tokens.0,
                "output_tokens_sum": user.cli_tokens.1,
                "avg_tokens_per_request": (user.cli_tokens.0 + user.cli_tokens.1) as f64 / requests as f64
            },
            "last_known_cli_version": {"cli_version": "0.0.354", "sampled_at": sampled}
        });
    }
    record
}

/// One line per user active on `day`.
fn user_records(clock: &DemoClock, day: NaiveDate) -> Vec<Value> {
    copilot_seat_holders()
        .filter_map(|(index, member)| user_day(clock, index, day).map(|user| user_record(member, day, &user)))
        .collect()
}

/// One line per (active user, team).
fn team_rows(clock: &DemoClock, day: NaiveDate) -> Vec<Value> {
    copilot_seat_holders()
        .filter(|(index, _)| !clock.slices(Tool::Copilot, *index, day).is_empty())
        .map(|(_, m)| {
            json!({"user_id": m.github_id, "user_login": m.github_login, "day": day.to_string(),
                   "organization_id": ORGANIZATION_ID, "team_id": team_id(m.team), "slug": m.team})
        })
        .collect()
}

fn team_id(slug: &str) -> i64 {
    if slug == "platform" { 7_310_001 } else { 7_310_002 }
}

/// The organization's own aggregate for `day` (one JSON object).
fn organization_day(clock: &DemoClock, day: NaiveDate) -> Value {
    let active_within = |days: i64| {
        copilot_seat_holders()
            .filter(|(index, _)| {
                (0..days)
                    .any(|back| !clock.slices(Tool::Copilot, *index, day - Duration::days(back)).is_empty())
            })
            .count()
    };
    let total = copilot_seat_holders()
        .filter_map(|(index, _)| user_day(clock, index, day))
        .fold(Counters::default(), |sum, user| sum.plus(user.total()));
    total.json(json!({
        "day": day.to_string(),
        "organization_id": ORGANIZATION_ID,
        "daily_active_users": active_within(1),
        "weekly_active_users": active_within(7),
        "monthly_active_users": active_within(28)
    }))
}

async fn seats(
    State(fake): State<Fake>,
    Path(org): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = refusal(&fake, &headers, &org) {
        return refused;
    }
    let per_page = query.get("per_page").and_then(|p| p.parse::<usize>().ok()).unwrap_or(50).clamp(1, 100);
    let page = query.get("page").and_then(|p| p.parse::<usize>().ok()).unwrap_or(1).max(1);
    let today = Utc::now().date_naive();
    let all: Vec<Value> = copilot_seat_holders()
        .map(|(index, member)| {
            let last = fake.clock.last_active_day(Tool::Copilot, index, today);
            // The idle holder signed in once, long ago, and never used it since.
            let last = last.or_else(|| member.copilot_idle.then(|| fake.clock.first_day - Duration::days(20)));
            let assigned = fake.clock.first_day - Duration::days(60 + index as i64);
            json!({
                "created_at": format!("{assigned}T10:00:00+02:00"),
                "updated_at": format!("{assigned}T10:00:00+02:00"),
                "pending_cancellation_date": null,
                "last_activity_at": last.map(|d| format!("{d}T16:42:10Z")),
                "last_activity_editor": last.map(|_| format!("{}/1.106.2/copilot/1.388.0", member.editor.as_str())),
                "plan_type": "business",
                "assignee": {"login": member.github_login, "id": member.github_id, "type": "User", "site_admin": false},
                "assigning_team": {"id": team_id(member.team), "name": member.team, "slug": member.team}
            })
        })
        .collect();
    let pages = all.len().div_ceil(per_page).max(1);
    let body = json!({"total_seats": all.len(), "seats": all.iter().skip((page - 1) * per_page).take(per_page).collect::<Vec<_>>()});
    let mut response = axum::Json(body).into_response();
    if page < pages {
        let next = format!(
            "<{}/orgs/{org}/copilot/billing/seats?per_page={per_page}&page={}>; rel=\"next\"",
            fake.base_url,
            page + 1
        );
        if let Ok(value) = next.parse() {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    response
}
