//! `discover_earliest_day` against a fake Cursor that keeps a limited history.

use std::sync::{Arc, Mutex};

use ai_usage::providers::ProviderError;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};

use super::{DAILY, client, day, day_of};

/// What the fake does with a range reaching past its horizon.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PastHorizon {
    /// Answers with the records it still has (none before the horizon).
    Answer,
    /// Refuses the whole range with a 400.
    Refuse,
}

#[derive(Clone)]
struct HistoryFake {
    /// Oldest day served; `None`: nothing at all.
    horizon: Option<NaiveDate>,
    past: PastHorizon,
    /// Every daily-usage range asked for, in order.
    asked: Arc<Mutex<Vec<(NaiveDate, NaiveDate)>>>,
}

impl HistoryFake {
    async fn start(horizon: Option<NaiveDate>, past: PastHorizon) -> (String, HistoryFake) {
        let fake = HistoryFake { horizon, past, asked: Arc::default() };
        let app = Router::new().route(DAILY, post(daily_usage)).with_state(fake.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        (base_url, fake)
    }

    fn asked(&self) -> Vec<(NaiveDate, NaiveDate)> {
        self.asked.lock().expect("lock").clone()
    }
}

/// One record per served day of the range (a@x.io, one chat request), all on one page.
async fn daily_usage(State(fake): State<HistoryFake>, Json(body): Json<Value>) -> Response {
    let (from, to) = (day_of(&body["startDate"]), day_of(&body["endDate"]));
    fake.asked.lock().expect("lock").push((from, to));
    let Some(horizon) = fake.horizon else {
        return Json(json!({"data": [], "pagination": {"hasNextPage": false}})).into_response();
    };
    if fake.past == PastHorizon::Refuse && from < horizon {
        let body = json!({"error": "Bad Request", "message": "startDate is too far in the past"});
        return (StatusCode::BAD_REQUEST, Json(body)).into_response();
    }
    let records: Vec<Value> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| *d >= horizon)
        .map(|d| json!({"day": d.to_string(), "email": "a@x.io", "isActive": true, "chatRequests": 1}))
        .collect();
    Json(json!({"data": records, "pagination": {"hasNextPage": false}})).into_response()
}

const TODAY: &str = "2026-06-30";

fn ago(n: i64) -> NaiveDate {
    day(TODAY) - Duration::days(n)
}

#[tokio::test]
async fn a_horizon_answered_with_nothing_older_is_found() {
    let (url, fake) = HistoryFake::start(Some(ago(100)), PastHorizon::Answer).await;
    let found = client(&url, None).discover_earliest_day(day(TODAY)).await.expect("walked");
    assert_eq!(found, Some(ago(100)));
    // Windows of 30 days back from today; the 4th (ago 119..=90) holds records from ago 100
    // only, so nothing older exists and the walk stops there.
    assert_eq!(
        fake.asked(),
        [(ago(29), ago(0)), (ago(59), ago(30)), (ago(89), ago(60)), (ago(119), ago(90))]
    );
}

#[tokio::test]
async fn a_refused_window_is_narrowed_to_the_horizon() {
    let (url, fake) = HistoryFake::start(Some(ago(100)), PastHorizon::Refuse).await;
    let found = client(&url, None).discover_earliest_day(day(TODAY)).await.expect("walked");
    assert_eq!(found, Some(ago(100)));
    // Window ago 119..=90 is refused; its start is halved between refused ago 119 and the
    // answered ago 89: ago 104 (refused), 97 (served), 101 (refused), 99 (served), 100 (served).
    let starts: Vec<_> =
        fake.asked().iter().skip(3).map(|(from, to)| ((day(TODAY) - *from).num_days(), *to)).collect();
    assert_eq!(
        starts,
        [(119, ago(90)), (104, ago(90)), (97, ago(90)), (101, ago(90)), (99, ago(90)), (100, ago(90))]
    );
}

#[tokio::test]
async fn the_walk_stops_at_the_configured_backfill_days() {
    let (url, fake) = HistoryFake::start(Some(ago(1_000)), PastHorizon::Answer).await;
    let found = client(&url, Some(45)).discover_earliest_day(day(TODAY)).await.expect("walked");
    assert_eq!(found, None, "served down to our own reach: no vendor limit");
    assert_eq!(fake.asked(), [(ago(29), ago(0)), (ago(45), ago(30))]);
}

#[tokio::test]
async fn the_walk_goes_back_two_years_at_most() {
    let (url, fake) = HistoryFake::start(Some(ago(5_000)), PastHorizon::Answer).await;
    let found = client(&url, None).discover_earliest_day(day(TODAY)).await.expect("walked");
    // 730 days: windows ending ago 0, 30, …, 720; the 25th starts at ago 749, cut to ago 730.
    assert_eq!(found, None, "served down to our own reach: no vendor limit");
    let asked = fake.asked();
    assert_eq!(asked.len(), 25);
    assert_eq!(asked.last(), Some(&(ago(730), ago(720))));
}

#[tokio::test]
async fn a_team_without_history_keeps_the_newest_window() {
    let (url, fake) = HistoryFake::start(None, PastHorizon::Answer).await;
    let found = client(&url, None).discover_earliest_day(day(TODAY)).await.expect("walked");
    assert_eq!(found, Some(ago(29)));
    assert_eq!(fake.asked().len(), 1);
}

#[tokio::test]
async fn a_refused_key_fails_the_walk() {
    let fake = crate::fake_vendor::FakeVendor::start().await;
    let errors = crate::fake_vendor::fixture_json("cursor_errors.json");
    fake.on(DAILY, crate::fake_vendor::Reply::status(401, errors["401"].to_string()));
    let error = client(&fake.base_url, None).discover_earliest_day(day(TODAY)).await.expect_err("refused");
    assert_eq!(error, ProviderError::InvalidCredentials { message: "Invalid API key".into() });
}
