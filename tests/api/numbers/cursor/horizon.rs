//! `discover_earliest_day` against a fake Cursor that keeps a limited history.

use ai_usage::providers::ProviderError;
use chrono::{Duration, NaiveDate};
use serde_json::{Value, json};

use super::{DAILY, client, day, day_of};
use crate::fake_vendor::{FakeVendor, Reply};

/// What the fake does with a range reaching past its horizon.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PastHorizon {
    /// Answers with the records it still has (none before the horizon).
    Answer,
    /// Refuses the whole range with a 400.
    Refuse,
}

/// A [`FakeVendor`] serving Cursor's daily usage down to `horizon`, for the history walk.
struct HistoryFake {
    vendor: FakeVendor,
}

impl HistoryFake {
    /// The fake and its base URL; `horizon` is the oldest day served (`None`: nothing at all).
    async fn start(horizon: Option<NaiveDate>, past: PastHorizon) -> (String, HistoryFake) {
        let vendor = FakeVendor::start().await;
        vendor.on_computed(DAILY, move |request| daily_usage(horizon, past, &request.json()));
        (vendor.base_url.clone(), HistoryFake { vendor })
    }

    /// Every daily-usage range asked for, in order.
    fn asked(&self) -> Vec<(NaiveDate, NaiveDate)> {
        let requests = self.vendor.requests_to(DAILY);
        requests
            .iter()
            .map(|r| r.json())
            .map(|body| (day_of(&body["startDate"]), day_of(&body["endDate"])))
            .collect()
    }
}

/// One record per served day of the range (a@x.io, one chat request), all on one page.
fn daily_usage(horizon: Option<NaiveDate>, past: PastHorizon, body: &Value) -> Reply {
    let (from, to) = (day_of(&body["startDate"]), day_of(&body["endDate"]));
    let Some(horizon) = horizon else {
        return Reply::json(json!({"data": [], "pagination": {"hasNextPage": false}}).to_string());
    };
    if past == PastHorizon::Refuse && from < horizon {
        let body = json!({"error": "Bad Request", "message": "startDate is too far in the past"});
        return Reply::status(400, body.to_string()).header("content-type", "application/json");
    }
    let records: Vec<Value> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| *d >= horizon)
        .map(|d| json!({"day": d.to_string(), "email": "a@x.io", "isActive": true, "chatRequests": 1}))
        .collect();
    Reply::json(json!({"data": records, "pagination": {"hasNextPage": false}}).to_string())
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
