//! `fetch_days`: one outcome per day; an unreadable record fails its own day only, a failed
//! request fails its window.

use ai_usage::domain::Provider;
use ai_usage::providers::ProviderError;
use serde_json::{Value, json};

use super::{DAILY, EVENTS, client, day, ms};
use crate::fake_vendor::{FakeVendor, Reply, fixture_json};

fn page(records: Vec<Value>) -> Reply {
    Reply::json(
        json!({"data": records, "period": {}, "pagination": {"page": 1, "hasNextPage": false}}).to_string(),
    )
}

fn events_page(events: Vec<Value>) -> Reply {
    Reply::json(json!({"usageEvents": events, "pagination": {"hasNextPage": false}}).to_string())
}

/// a@x.io with `chat` chat requests on `d`.
fn record(d: &str, chat: Value) -> Value {
    json!({"userId": 1, "day": d, "email": "a@x.io", "isActive": true, "chatRequests": chat})
}

/// One token-based event of a@x.io on `d` with `input` input tokens.
fn event(d: &str, input: Value) -> Value {
    json!({"timestamp": ms(day(d), 10), "userEmail": "a@x.io", "model": "gpt-5", "isTokenBasedCall": true,
           "tokenUsage": {"inputTokens": input, "outputTokens": 1}, "chargedCents": 1.5})
}

#[tokio::test]
async fn a_malformed_record_fails_only_its_day() {
    let fake = FakeVendor::start().await;
    // Days 1..5 of May; day 3's daily record and day 4's event cannot be read.
    fake.on(
        DAILY,
        page(vec![
            record("2026-05-01", json!(1)),
            record("2026-05-02", json!(2)),
            record("2026-05-03", json!("many")),
            record("2026-05-04", json!(4)),
            record("2026-05-05", json!(5)),
        ]),
    );
    fake.on(
        EVENTS,
        events_page(vec![
            event("2026-05-01", json!(100)),
            event("2026-05-04", json!("lots")),
            event("2026-05-05", json!(500)),
        ]),
    );

    let outcomes = client(&fake.base_url, None).fetch_days(day("2026-05-01"), day("2026-05-05")).await;

    let days: Vec<_> = outcomes.iter().map(|(d, _)| d.to_string()).collect();
    assert_eq!(days, ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"]);
    // Readable days keep their own figures: (chat requests, input tokens).
    let figures = |i: usize| {
        let day = outcomes[i].1.as_ref().expect("day read");
        (day.actors[0].measures.interactions, day.actors[0].measures.input_tokens)
    };
    assert_eq!([figures(0), figures(1), figures(4)], [(1, 100), (2, 0), (5, 500)]);
    match &outcomes[2].1 {
        Err(ProviderError::Malformed { provider: Provider::Cursor, day: d, detail }) => {
            assert_eq!(*d, day("2026-05-03"));
            assert!(detail.contains("data[2].chatRequests"), "{detail}");
        }
        other => panic!("day 3 should be malformed: {other:?}"),
    }
    match &outcomes[3].1 {
        Err(ProviderError::Malformed { day: d, detail, .. }) => {
            assert_eq!(*d, day("2026-05-04"));
            assert!(detail.contains("usageEvents[1].tokenUsage.inputTokens"), "{detail}");
        }
        other => panic!("day 4 should be malformed: {other:?}"),
    }
    // One window: one daily-usage and one events request, 1,000 records a page.
    let asked: Vec<_> =
        fake.requests().iter().map(|r| (r.path.clone(), r.json()["pageSize"].clone())).collect();
    assert_eq!(asked, [(DAILY.to_owned(), json!(1000)), (EVENTS.to_owned(), json!(1000))]);
    // The window's pages are kept with its first readable day.
    assert_eq!(outcomes[0].1.as_ref().map(|d| d.raw.len()), Ok(2));
}

#[tokio::test]
async fn a_refused_key_fails_every_day_of_its_window_and_ends_the_range() {
    let fake = FakeVendor::start().await;
    let errors = fixture_json("cursor_errors.json");
    fake.on(DAILY, Reply::status(401, errors["401"].to_string()));

    // 45 days: the first window (30 days) is refused; the second is never asked for.
    let outcomes = client(&fake.base_url, None).fetch_days(day("2026-03-01"), day("2026-04-14")).await;

    assert_eq!(outcomes.len(), 30);
    assert_eq!(outcomes.last().map(|(d, _)| *d), Some(day("2026-03-30")));
    let refused = ProviderError::InvalidCredentials { message: "Invalid API key".into() };
    assert!(outcomes.iter().all(|(_, o)| o.as_ref().err() == Some(&refused)));
    assert_eq!(fake.requests().len(), 1, "a refused key is asked once");
}

#[tokio::test]
async fn a_server_error_fails_its_window_and_the_next_is_still_read() {
    let fake = FakeVendor::start().await;
    let errors = fixture_json("cursor_errors.json");
    // fast_policy retries 3 times: the first window's 4 attempts all fail.
    for _ in 0..4 {
        fake.once(DAILY, Reply::status(500, errors["500"].to_string()));
    }
    fake.on(DAILY, page(vec![record("2026-04-02", json!(7))]));
    fake.on(EVENTS, events_page(vec![]));

    let outcomes = client(&fake.base_url, None).fetch_days(day("2026-03-01"), day("2026-04-14")).await;

    assert_eq!(outcomes.len(), 45);
    let (failed, read) = outcomes.split_at(30);
    assert!(failed.iter().all(|(_, o)| matches!(o, Err(ProviderError::Vendor { status: 500, .. }))));
    assert!(read.iter().all(|(_, o)| o.is_ok()));
    // 2026-04-02 is the 3rd day of the second window: its 7 chat requests are there.
    assert_eq!(read[2].1.as_ref().map(|d| d.actors[0].measures.interactions), Ok(7));
    // 4 attempts for window 1, then 1 daily + 1 events request for window 2.
    assert_eq!((fake.requests_to(DAILY).len(), fake.requests_to(EVENTS).len()), (5, 1));
}

#[tokio::test]
async fn an_undatable_record_fails_its_whole_window() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, page(vec![record("2026-05-01", json!(1))]));
    let mut undatable = event("2026-05-02", json!(1));
    undatable["timestamp"] = json!("yesterday");
    fake.on(EVENTS, events_page(vec![event("2026-05-01", json!(1)), undatable]));

    let outcomes = client(&fake.base_url, None).fetch_days(day("2026-05-01"), day("2026-05-03")).await;

    // No day can be called complete without the event: all three fail, each dated by itself.
    let dated: Vec<_> = outcomes
        .iter()
        .map(|(d, o)| match o {
            Err(ProviderError::Malformed { day, detail, .. }) => {
                assert!(detail.contains("usageEvents[1].timestamp"), "{detail}");
                (*d, *day)
            }
            other => panic!("expected malformed, got {other:?}"),
        })
        .collect();
    assert_eq!(
        dated,
        [
            (day("2026-05-01"), day("2026-05-01")),
            (day("2026-05-02"), day("2026-05-02")),
            (day("2026-05-03"), day("2026-05-03"))
        ]
    );
}
