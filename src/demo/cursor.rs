//! A fake Cursor Admin API (cursor.md §3, §4, §6) for one team.
//!
//! `GET /teams/members`; `POST /teams/daily-usage-data` and `POST /teams/filtered-usage-events`
//! with `startDate`/`endDate` in epoch milliseconds (at most 30 days apart, else 400) and
//! `page`/`pageSize`. Daily usage lists every member for every day when paginated (only active
//! ones otherwise, as Cursor does); usage events are one per token-based request, newest first,
//! `timestamp` as a string of epoch milliseconds, cost in fractional cents. Auth is HTTP Basic
//! with the key as user name; a wrong key gets Cursor's 401 body.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime};
use serde::Deserialize;
use serde_json::{Value, json};

use super::cast::MEMBERS;
use super::generator::{DemoClock, Tool};

/// The widest range Cursor accepts, with the last millisecond of the last day.
const MAX_RANGE_MS: i64 = 30 * 86_400_000;
const EVENT_MODELS: [&str; 4] = ["claude-4.5-sonnet", "gpt-5", "auto", "claude-4.5-sonnet-thinking"];

#[derive(Clone)]
struct Fake {
    clock: DemoClock,
    key: String,
}

/// The routes of the fake Cursor API, accepting only `key`.
pub fn router(clock: DemoClock, key: String) -> Router {
    Router::new()
        .route("/teams/members", get(members))
        .route("/teams/daily-usage-data", post(daily_usage))
        .route("/teams/filtered-usage-events", post(usage_events))
        .with_state(Fake { clock, key })
}

fn refusal(fake: &Fake, headers: &HeaderMap) -> Option<Response> {
    let expected =
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{}:", fake.key)));
    if headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) == Some(expected.as_str()) {
        None
    } else {
        let body = json!({"error": "Unauthorized", "message": "Invalid API key"});
        Some((StatusCode::UNAUTHORIZED, axum::Json(body)).into_response())
    }
}

async fn members(State(fake): State<Fake>, headers: HeaderMap) -> Response {
    if let Some(refused) = refusal(&fake, &headers) {
        return refused;
    }
    let mut team: Vec<Value> = MEMBERS
        .iter()
        .enumerate()
        .filter(|(_, m)| m.cursor)
        .map(|(i, m)| {
            let role = if i == 0 { "owner" } else { "member" };
            json!({"id": format!("user_{:026x}", m.github_id), "name": m.name, "email": m.email, "role": role, "isRemoved": false})
        })
        .collect();
    // Someone who left: Cursor keeps listing them, marked removed.
    team.push(json!({"id": "user_0000000000000000000000demo", "name": "Kai Lindqvist", "email": "kai.lindqvist@northwind.example", "role": "member", "isRemoved": true}));
    axum::Json(json!({"teamMembers": team})).into_response()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RangeBody {
    start_date: Option<i64>,
    end_date: Option<i64>,
    page: Option<usize>,
    page_size: Option<usize>,
}

fn bad_request(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, axum::Json(json!({"error": "Bad Request", "message": message}))).into_response()
}

/// The UTC days of a request's range, or why Cursor answers 400.
fn days_in_range(fake: &Fake, body: &RangeBody) -> Result<Vec<NaiveDate>, &'static str> {
    let (Some(start), Some(end)) = (body.start_date, body.end_date) else {
        return Err("startDate and endDate are required");
    };
    if end < start || end - start > MAX_RANGE_MS {
        return Err("Date range cannot exceed 30 days");
    }
    let day = |ms: i64| DateTime::from_timestamp_millis(ms).map(|t| t.date_naive());
    let (Some(first), Some(last)) = (day(start), day(end)) else { return Err("invalid dates") };
    Ok(first.iter_days().take_while(|d| *d <= last).filter(|d| fake.clock.has_day(*d)).collect())
}

/// A page of `items` and its `pagination` object.
fn paginate(items: Vec<Value>, body: &RangeBody) -> (Vec<Value>, Value) {
    let size = body.page_size.unwrap_or(100).clamp(1, 1000);
    let page = body.page.unwrap_or(1).max(1);
    let pages = items.len().div_ceil(size).max(1);
    let total = items.len();
    let slice: Vec<Value> = items.into_iter().skip((page - 1) * size).take(size).collect();
    let pagination = json!({"page": page, "pageSize": size, "totalPages": pages, "currentPage": page,
                            "numPages": pages, "totalUsers": total, "hasNextPage": page < pages, "hasPreviousPage": page > 1});
    (slice, pagination)
}

/// One member's day: daily-usage counters and the usage events behind them.
struct MemberDay {
    record: Value,
    active: bool,
    events: Vec<(i64, Value)>,
}

fn member_day(clock: &DemoClock, index: usize, day: NaiveDate) -> MemberDay {
    let member = &MEMBERS[index];
    let mut c = [0i64; 12];
    let [
        added,
        deleted,
        accepted_added,
        accepted_deleted,
        accepts,
        rejects,
        shown,
        tabs,
        composer,
        chat,
        agent,
        cmdk,
    ] = &mut c;
    let mut events = Vec::new();
    let midnight = day.and_time(NaiveTime::MIN).and_utc().timestamp_millis();
    for mut slice in clock.slices(Tool::Cursor, index, day) {
        let x = slice.intensity;
        let rng = &mut slice.rng;
        let s_shown = rng.around(70.0 * x);
        *shown += s_shown;
        *tabs += rng.around(s_shown as f64 * 0.36);
        let s_added = rng.around(160.0 * x);
        *added += s_added;
        *deleted += rng.around(s_added as f64 * 0.4);
        *accepted_added += rng.around(s_added as f64 * 0.62);
        *accepted_deleted += rng.around(s_added as f64 * 0.2);
        let s_accepts = rng.around(6.0 * x);
        *accepts += s_accepts;
        *rejects += rng.around(s_accepts as f64 * 0.2);
        let s_composer = rng.around(1.5 * x);
        let s_agent = rng.around(2.5 * x);
        *composer += s_composer;
        *agent += s_agent;
        *chat += rng.around(4.0 * x);
        *cmdk += rng.around(2.0 * x);
        // Work from 08:00; slices past a long day's end wrap around, so events stay on their day.
        let slice_start = midnight + (8 + i64::from(slice.index % 15)) * 3_600_000;
        for _ in 0..(s_composer + s_agent) {
            let at = slice_start + (rng.unit() * 3_600_000.0) as i64;
            let model = *rng.pick(&EVENT_MODELS);
            let (input, output) = (rng.around(9_000.0), rng.around(1_200.0));
            let (write, read) = (rng.around(14_000.0), rng.around(60_000.0));
            let cents = (input as f64 * 3.0 + output as f64 * 15.0 + write as f64 * 3.75 + read as f64 * 0.3)
                / 10_000.0;
            let usage_based = rng.chance(0.3);
            events.push((
                at,
                json!({
                    "timestamp": at.to_string(),
                    "userEmail": member.email,
                    "model": model,
                    "kind": if usage_based { "Usage-based" } else { "Included in Business" },
                    "maxMode": rng.chance(0.2),
                    "requestsCosts": 1.0,
                    "isTokenBasedCall": true,
                    "isChargeable": usage_based,
                    "isHeadless": false,
                    "tokenUsage": {"inputTokens": input, "outputTokens": output, "cacheWriteTokens": write,
                                   "cacheReadTokens": read, "totalCents": (cents * 1e5).round() / 1e5},
                    "chargedCents": ((cents + 0.9) * 1e5).round() / 1e5,
                    "cursorTokenFee": 0.9
                }),
            ));
        }
    }
    let active = c.iter().any(|v| *v > 0);
    let [
        added,
        deleted,
        accepted_added,
        accepted_deleted,
        accepts,
        rejects,
        shown,
        tabs,
        composer,
        chat,
        agent,
        cmdk,
    ] = c;
    let record = json!({
        "userId": 40_000 + index as i64,
        "day": day.to_string(),
        "date": midnight,
        "isActive": active,
        "totalLinesAdded": added,
        "totalLinesDeleted": deleted,
        "acceptedLinesAdded": accepted_added,
        "acceptedLinesDeleted": accepted_deleted,
        "totalApplies": accepts + rejects,
        "totalAccepts": accepts,
        "totalRejects": rejects,
        "totalTabsShown": shown,
        "totalTabsAccepted": tabs,
        "composerRequests": composer,
        "chatRequests": chat,
        "agentRequests": agent,
        "cmdkUsages": cmdk,
        "subscriptionIncludedReqs": composer + agent,
        "apiKeyReqs": 0,
        "usageBasedReqs": 0,
        "bugbotUsages": 0,
        "mostUsedModel": if active { json!("claude-4.5-sonnet") } else { Value::Null },
        "applyMostUsedExtension": if active { json!(".ts") } else { Value::Null },
        "tabMostUsedExtension": if active { json!(".tsx") } else { Value::Null },
        "clientVersion": if active { json!("2.1.39") } else { Value::Null },
        "email": member.email
    });
    MemberDay { record, active, events }
}

fn cursor_members() -> impl Iterator<Item = usize> {
    (0..MEMBERS.len()).filter(|&i| MEMBERS[i].cursor)
}

async fn daily_usage(
    State(fake): State<Fake>,
    headers: HeaderMap,
    axum::Json(body): axum::Json<RangeBody>,
) -> Response {
    if let Some(refused) = refusal(&fake, &headers) {
        return refused;
    }
    let days = match days_in_range(&fake, &body) {
        Ok(days) => days,
        Err(message) => return bad_request(message),
    };
    let paginated = body.page.is_some() || body.page_size.is_some();
    let records: Vec<Value> = days
        .iter()
        .flat_map(|&day| cursor_members().map(move |i| (day, i)))
        .map(|(day, i)| member_day(&fake.clock, i, day))
        .filter(|d| paginated || d.active)
        .map(|d| d.record)
        .collect();
    let (start, end) = (body.start_date, body.end_date);
    if !paginated {
        return axum::Json(json!({"data": records, "period": {"startDate": start, "endDate": end}}))
            .into_response();
    }
    let (data, pagination) = paginate(records, &body);
    axum::Json(
        json!({"data": data, "period": {"startDate": start, "endDate": end}, "pagination": pagination}),
    )
    .into_response()
}

async fn usage_events(
    State(fake): State<Fake>,
    headers: HeaderMap,
    axum::Json(body): axum::Json<RangeBody>,
) -> Response {
    if let Some(refused) = refusal(&fake, &headers) {
        return refused;
    }
    let days = match days_in_range(&fake, &body) {
        Ok(days) => days,
        Err(message) => return bad_request(message),
    };
    let mut events: Vec<(i64, Value)> = days
        .iter()
        .flat_map(|&day| cursor_members().map(move |i| (day, i)))
        .flat_map(|(day, i)| member_day(&fake.clock, i, day).events)
        .collect();
    events.sort_by_key(|e| std::cmp::Reverse(e.0));
    let total = events.len();
    let (page, pagination) = paginate(events.into_iter().map(|(_, e)| e).collect(), &body);
    let (start, end) = (body.start_date, body.end_date.map(|e| e.min(end_of_today())));
    axum::Json(json!({"totalUsageEventsCount": total, "pagination": pagination, "usageEvents": page,
                      "period": {"startDate": start, "endDate": end}}))
    .into_response()
}

fn end_of_today() -> i64 {
    let tomorrow = chrono::Utc::now().date_naive() + Duration::days(1);
    tomorrow.and_time(NaiveTime::MIN).and_utc().timestamp_millis() - 1
}
