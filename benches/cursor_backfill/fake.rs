//! A fake Cursor Admin API for the backfill bench: generated usage for every day asked, served in
//! the documented shapes, with the documented limits enforced per fixed window.
//!
//! Every day: [`PEOPLE`] members with one daily record each (22 requests, 10 lines), and
//! [`EVENTS_PER_PERSON_DAY`] token-based events each (event k: 100 + k input tokens, 0.5¢),
//! models rotating over three names. Records and events are ordered by day then person, and
//! paged by `page`/`pageSize` (1-based; a `pageSize` above 1,000 is a 400).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, NaiveDate};
use serde_json::{Value, json};

pub const PEOPLE: i64 = 50;
pub const EVENTS_PER_PERSON_DAY: i64 = 20;
const MAX_PAGE_SIZE: i64 = 1_000;
const MODELS: [&str; 3] = ["claude-4.5-sonnet", "gpt-5", "claude-4-opus"];

/// Requests seen, per endpoint.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub daily: i64,
    pub events: i64,
    pub members: i64,
    /// Answered 429 (not counted above).
    pub limited: i64,
}

/// A per-team budget of `limit` requests per fixed window.
struct Budget {
    limit: u32,
    window: Duration,
    current: u64,
    used: u32,
}

impl Budget {
    fn take(&mut self, since: Duration) -> bool {
        let index = (since.as_nanos() / self.window.as_nanos().max(1)) as u64;
        if index != self.current {
            (self.current, self.used) = (index, 0);
        }
        if self.used >= self.limit {
            return false;
        }
        self.used += 1;
        true
    }
}

struct FakeState {
    started: Instant,
    admin: Budget,
    events: Budget,
    counts: Counts,
}

#[derive(Clone)]
pub struct CursorFake {
    pub base_url: String,
    state: Arc<Mutex<FakeState>>,
}

impl CursorFake {
    /// A fake whose limit windows last `window` (60 s at the true limits).
    pub async fn start(window: Duration, admin_limit: u32, events_limit: u32) -> CursorFake {
        let state = Arc::new(Mutex::new(FakeState {
            started: Instant::now(),
            admin: Budget { limit: admin_limit, window, current: 0, used: 0 },
            events: Budget { limit: events_limit, window, current: 0, used: 0 },
            counts: Counts::default(),
        }));
        let app = Router::new()
            .route("/teams/daily-usage-data", post(daily_usage))
            .route("/teams/filtered-usage-events", post(usage_events))
            .route("/teams/members", get(members))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        CursorFake { base_url, state }
    }

    pub fn counts(&self) -> Counts {
        self.state.lock().expect("lock").counts
    }
}

enum Endpoint {
    Daily,
    Events,
    Members,
}

/// Counts the request; the documented 429 when its budget is spent.
fn refuse_over_limit(state: &Mutex<FakeState>, endpoint: Endpoint) -> Option<Response> {
    let mut s = state.lock().expect("lock");
    let since = s.started.elapsed();
    let admitted = match endpoint {
        Endpoint::Events => s.events.take(since),
        Endpoint::Daily | Endpoint::Members => s.admin.take(since),
    };
    if !admitted {
        s.counts.limited += 1;
        let body =
            json!({"error": "Too Many Requests", "message": "Rate limit exceeded. Please try again later."});
        return Some((StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response());
    }
    match endpoint {
        Endpoint::Daily => s.counts.daily += 1,
        Endpoint::Events => s.counts.events += 1,
        Endpoint::Members => s.counts.members += 1,
    }
    None
}

/// Cursor's 400 body.
fn bad_request(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({"error": "Bad Request", "message": message}))).into_response()
}

/// The range's first day, its length, the page and the page size asked for, or why Cursor
/// would answer 400.
fn paging(body: &Value) -> Result<(NaiveDate, i64, i64, i64), &'static str> {
    let day =
        |key: &str| body[key].as_i64().and_then(DateTime::from_timestamp_millis).map(|d| d.date_naive());
    let (Some(from), Some(to)) = (day("startDate"), day("endDate")) else {
        return Err("startDate and endDate are required");
    };
    let days = (to - from).num_days() + 1;
    if !(1..=30).contains(&days) {
        return Err("the date range cannot exceed 30 days");
    }
    let page = body["page"].as_i64().unwrap_or(1).max(1);
    let size = body["pageSize"].as_i64().unwrap_or(100);
    if !(1..=MAX_PAGE_SIZE).contains(&size) {
        return Err("pageSize must be between 1 and 1000");
    }
    Ok((from, days, page, size))
}

async fn daily_usage(State(state): State<Arc<Mutex<FakeState>>>, Json(body): Json<Value>) -> Response {
    if let Some(limited) = refuse_over_limit(&state, Endpoint::Daily) {
        return limited;
    }
    let (from, days, page, size) = match paging(&body) {
        Ok(p) => p,
        Err(message) => return bad_request(message),
    };
    let total = days * PEOPLE;
    let records: Vec<Value> = ((page - 1) * size..(page * size).min(total))
        .map(|i| {
            let day = from + chrono::Duration::days(i / PEOPLE);
            let midnight = day.and_hms_opt(0, 0, 0).expect("midnight").and_utc().timestamp_millis();
            json!({"userId": i % PEOPLE, "day": day.to_string(), "date": midnight, "email": email(i % PEOPLE),
                   "isActive": true, "totalLinesAdded": 10, "acceptedLinesAdded": 6, "chatRequests": 2,
                   "agentRequests": 20, "totalTabsShown": 5, "totalTabsAccepted": 3, "mostUsedModel": MODELS[0]})
        })
        .collect();
    let pages = (total + size - 1) / size;
    Json(json!({"data": records, "period": {"startDate": body["startDate"], "endDate": body["endDate"]},
                "pagination": {"page": page, "pageSize": size, "totalUsers": PEOPLE, "totalPages": pages,
                               "hasNextPage": page < pages, "hasPreviousPage": page > 1}}))
    .into_response()
}

async fn usage_events(State(state): State<Arc<Mutex<FakeState>>>, Json(body): Json<Value>) -> Response {
    if let Some(limited) = refuse_over_limit(&state, Endpoint::Events) {
        return limited;
    }
    let (from, days, page, size) = match paging(&body) {
        Ok(p) => p,
        Err(message) => return bad_request(message),
    };
    let per_day = PEOPLE * EVENTS_PER_PERSON_DAY;
    let total = days * per_day;
    let events: Vec<Value> = ((page - 1) * size..(page * size).min(total))
        .map(|i| {
            let day = from + chrono::Duration::days(i / per_day);
            let (person, k) = ((i % per_day) / EVENTS_PER_PERSON_DAY, i % EVENTS_PER_PERSON_DAY);
            let at = day.and_hms_opt(k as u32, 0, 0).expect("hour").and_utc().timestamp_millis();
            json!({"timestamp": at.to_string(), "userEmail": email(person), "model": MODELS[(k % 3) as usize],
                   "kind": "Included in Business", "maxMode": false, "requestsCosts": 1.0, "isTokenBasedCall": true,
                   "isChargeable": false, "isHeadless": false,
                   "tokenUsage": {"inputTokens": 100 + k, "outputTokens": 10, "cacheWriteTokens": 0,
                                  "cacheReadTokens": 0, "totalCents": 0.5},
                   "chargedCents": 0.5})
        })
        .collect();
    let pages = (total + size - 1) / size;
    Json(json!({"totalUsageEventsCount": total, "usageEvents": events,
                "pagination": {"numPages": pages, "currentPage": page, "pageSize": size,
                               "hasNextPage": page < pages, "hasPreviousPage": page > 1},
                "period": {"startDate": body["startDate"], "endDate": body["endDate"]}}))
    .into_response()
}

async fn members(State(state): State<Arc<Mutex<FakeState>>>) -> Response {
    if let Some(limited) = refuse_over_limit(&state, Endpoint::Members) {
        return limited;
    }
    let list: Vec<Value> = (0..PEOPLE)
        .map(|p| json!({"id": format!("user_{p}"), "name": format!("Person {p}"), "email": email(p), "role": "member"}))
        .collect();
    Json(json!({"teamMembers": list})).into_response()
}

fn email(person: i64) -> String {
    format!("person{person:02}@example.com")
}
