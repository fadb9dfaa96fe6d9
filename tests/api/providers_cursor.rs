//! Cursor Admin API client against a fake Cursor API serving the documented payloads.

use crate::fake_vendor;

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use ai_usage::domain::{ActorKind, Dimension, Measures, Provider};
use ai_usage::providers::cursor::CursorClient;
use ai_usage::providers::{ProviderClient, ProviderConfig, ProviderError};
use base64::Engine;
use chrono::NaiveDate;
use fake_vendor::{FakeVendor, Reply, fast_policy, fixture, fixture_json};
use serde_json::json;

const KEY: &str = "crsr_0123456789abcdef_test_secret";
const DAILY: &str = "/teams/daily-usage-data";
const EVENTS: &str = "/teams/filtered-usage-events";
/// 2024-03-18 00:00:00 UTC, the day of the documented daily-usage sample.
const SAMPLE_DAY_MS: i64 = 1_710_720_000_000;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("valid day")
}

fn config(fake: &FakeVendor) -> ProviderConfig {
    let mut config = ProviderConfig::new(&fake.base_url, KEY);
    config.retry = fast_policy();
    config.requests_per_minute = NonZeroU32::new(60_000);
    config
}

fn client(fake: &FakeVendor) -> CursorClient {
    CursorClient::new(config(fake)).expect("client builds")
}

fn last_events_page() -> Reply {
    Reply::json(json!({"usageEvents": [], "pagination": {"hasNextPage": false}}).to_string())
}

/// The documented events sample, moved onto the daily-usage sample's day (the two samples
/// describe different days; amounts are untouched).
fn sample_events_on_sample_day() -> String {
    let mut body = fixture_json("cursor_usage_events.json");
    for (i, event) in body["usageEvents"].as_array_mut().expect("events").iter_mut().enumerate() {
        event["timestamp"] = json!((SAMPLE_DAY_MS + 3_600_000 * (i as i64 + 1)).to_string());
    }
    body.to_string()
}

#[tokio::test]
async fn documented_day_combines_activity_tokens_and_cost() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage.json")));
    // The sample says hasNextPage: true, so a second (last) page follows.
    fake.once(EVENTS, Reply::json(sample_events_on_sample_day()));
    fake.once(EVENTS, last_events_page());

    let result = client(&fake).fetch_day(day("2024-03-18")).await.expect("day fetched");

    let emails: Vec<_> = result.actors.iter().map(|a| (a.actor.kind, a.actor.identifier.as_str())).collect();
    assert_eq!(
        emails,
        [
            (ActorKind::Email, "admin@company.com"),
            (ActorKind::Email, "developer@company.com"),
            (ActorKind::Email, "inactive-user@company.com")
        ]
    );

    // admin@ is only in the events: one request-based event, chargedCents 8. Daily usage counts
    // no request of theirs (headline 0), so the event's model row carries cost but no
    // interactions: the model rows sum to the headline's 0.
    let admin = &result.actors[0];
    assert!(admin.active);
    assert_eq!(admin.measures, Measures { cost_millicents: 8_000, ..Measures::default() });
    assert_eq!(admin.breakdowns.len(), 1);
    assert_eq!(admin.breakdowns[0].value, "claude-4-sonnet-thinking");
    assert_eq!(admin.breakdowns[0].measures.interactions, 0);
    assert_eq!(admin.breakdowns[0].measures.cost_millicents, 8_000);

    let developer = &result.actors[1];
    assert!(developer.active);
    let expected = Measures {
        // composer 45 + chat 128 + agent 12 + cmd-K 67
        interactions: 252,
        lines_added: 1543,
        lines_removed: 892,
        // totalLinesAdded 1543 suggested, acceptedLinesAdded 1102 accepted
        lines_suggested: 1543,
        lines_accepted: 1102,
        suggestions_shown: 342,
        suggestions_accepted: 289,
        tool_accepted: 73,
        tool_rejected: 14,
        // events 1 + 2: input 126 + 5805, output 450 + 311, cacheRead 11964 + 0, cacheWrite 6112 + 11964
        input_tokens: 5931,
        output_tokens: 761,
        cache_read_tokens: 11_964,
        cache_write_tokens: 18_076,
        // chargedCents 21.36232 + 37.33 = 58.69232 cents = 58 692.32 millicents, rounded
        cost_millicents: 58_692,
        ..Measures::default()
    };
    assert_eq!(developer.measures, expected);
    assert_eq!(developer.breakdowns.len(), 2);
    let sonnet = &developer.breakdowns[0];
    assert_eq!((sonnet.dimension, sonnet.value.as_str()), (Dimension::Model, "claude-4.5-sonnet"));
    assert_eq!(
        (sonnet.measures.interactions, sonnet.measures.input_tokens, sonnet.measures.cost_millicents),
        (2, 5931, 58_692)
    );
    // 252 requests in daily usage, 2 of them with an event: 250 unattributed, nothing else.
    let rest = &developer.breakdowns[1];
    assert_eq!((rest.dimension, rest.value.as_str()), (Dimension::Model, "unattributed"));
    assert_eq!(rest.measures, Measures { interactions: 250, ..Measures::default() });

    // The inactive member is still there, inactive and all zero.
    assert!(!result.actors[2].active);
    assert_eq!(result.actors[2].measures, Measures::default());

    // What was sent: Basic auth with an empty password, one inclusive UTC day in epoch ms.
    let basic = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{KEY}:")));
    let daily = fake.requests_to(DAILY);
    assert_eq!(daily.len(), 1);
    assert_eq!(daily[0].method, "POST");
    assert_eq!(daily[0].header("authorization"), Some(basic.as_str()));
    assert_eq!(
        daily[0].json(),
        json!({"startDate": SAMPLE_DAY_MS, "endDate": SAMPLE_DAY_MS + 86_400_000 - 1, "page": 1, "pageSize": 1000})
    );
    let events = fake.requests_to(EVENTS);
    let pages: Vec<_> =
        events.iter().map(|r| (r.json()["page"].clone(), r.json()["pageSize"].clone())).collect();
    assert_eq!(pages, [(json!(1), json!(1000)), (json!(2), json!(1000))]);
    assert!(events.iter().all(|r| r.header("authorization") == Some(basic.as_str())));
    assert_eq!(result.raw.len(), 3);
}

#[tokio::test]
async fn daily_usage_pages_are_followed_and_other_days_ignored() {
    let fake = FakeVendor::start().await;
    let record = |email: &str, d: &str, tabs: i64| json!({"userId": 1, "day": d, "email": email, "isActive": true, "totalTabsShown": tabs});
    let page = |records: Vec<serde_json::Value>, next: bool| {
        Reply::json(
            json!({"data": records, "period": {}, "pagination": {"page": 1, "hasNextPage": next}})
                .to_string(),
        )
    };
    fake.once(DAILY, page(vec![record("a@x.io", "2026-02-03", 1), record("b@x.io", "2026-02-03", 2)], true));
    // Same member on another page is summed; a record of the next day is not this day's.
    fake.once(
        DAILY,
        page(vec![record(" A@X.io ", "2026-02-03", 10), record("c@x.io", "2026-02-04", 99)], false),
    );
    fake.on(EVENTS, last_events_page());

    let result = client(&fake).fetch_day(day("2026-02-03")).await.expect("day fetched");

    let pages: Vec<_> = fake.requests_to(DAILY).iter().map(|r| r.json()["page"].clone()).collect();
    assert_eq!(pages, [json!(1), json!(2)]);
    let tabs: Vec<_> =
        result.actors.iter().map(|a| (a.actor.identifier.as_str(), a.measures.suggestions_shown)).collect();
    // a@x.io: 1 + 10
    assert_eq!(tabs, [("a@x.io", 11), ("b@x.io", 2)]);
}

#[tokio::test]
async fn unpaginated_answer_is_one_page() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage_active_only.json")));
    fake.on(EVENTS, last_events_page());
    let result = client(&fake).fetch_day(day("2024-03-18")).await.expect("day fetched");
    assert_eq!(fake.requests_to(DAILY).len(), 1);
    assert_eq!(result.actors.len(), 1);
    assert!(result.actors[0].active);
}

#[tokio::test]
async fn headerless_rate_limits_back_off_one_two_four() {
    let fake = FakeVendor::start().await;
    let limited = fixture_json("cursor_errors.json")["429"].to_string();
    for _ in 0..3 {
        fake.once(DAILY, Reply::status(429, limited.clone()));
    }
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage_active_only.json")));
    fake.on(EVENTS, last_events_page());

    let started = Instant::now();
    client(&fake).fetch_day(day("2024-03-18")).await.expect("succeeds after backing off");
    // rate_limit_backoff is 10 ms in tests: 10 + 20 + 40 ms.
    assert!(started.elapsed() >= Duration::from_millis(70), "waited {:?}", started.elapsed());
    assert_eq!(fake.requests_to(DAILY).len(), 4);
}

#[tokio::test]
async fn endless_rate_limits_end_as_rate_limited() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, Reply::status(429, fixture_json("cursor_errors.json")["429"].to_string()));
    let error = client(&fake).fetch_day(day("2024-03-18")).await.expect_err("limited");
    assert_eq!(error, ProviderError::RateLimited);
    assert_eq!(fake.requests_to(DAILY).len(), 4);
}

#[tokio::test]
async fn server_error_then_success() {
    let fake = FakeVendor::start().await;
    fake.once(DAILY, Reply::status(500, fixture_json("cursor_errors.json")["500"].to_string()));
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage_active_only.json")));
    fake.on(EVENTS, last_events_page());
    client(&fake).fetch_day(day("2024-03-18")).await.expect("retried");
    assert_eq!(fake.requests_to(DAILY).len(), 2);
}

#[tokio::test]
async fn refused_keys_carry_cursors_message_but_not_the_key() {
    let errors = fixture_json("cursor_errors.json");
    for (status, message) in [(401, "Invalid API key"), (403, "Enterprise access required")] {
        let fake = FakeVendor::start().await;
        fake.on("/teams/members", Reply::status(status, errors[status.to_string()].to_string()));
        let error = client(&fake).verify().await.expect_err("refused");
        assert_eq!(error, ProviderError::InvalidCredentials { message: message.into() });
        assert!(error.needs_attention());
        assert!(!error.to_string().contains(KEY));
        assert_eq!(fake.requests().len(), 1, "{status} is not retried");
    }
}

#[tokio::test]
async fn verify_lists_members() {
    let fake = FakeVendor::start().await;
    fake.on("/teams/members", Reply::json(fixture("cursor_team_members.json")));
    client(&fake).verify().await.expect("key works");
    assert_eq!(fake.requests_to("/teams/members")[0].method, "GET");
}

#[tokio::test]
async fn a_counter_of_the_wrong_type_is_malformed() {
    let fake = FakeVendor::start().await;
    let mut body = fixture_json("cursor_daily_usage.json");
    body["data"][1]["totalTabsShown"] = json!("lots");
    fake.on(DAILY, Reply::json(body.to_string()));
    fake.on(EVENTS, last_events_page());
    let error = client(&fake).fetch_day(day("2024-03-18")).await.expect_err("malformed");
    let text = error.to_string();
    assert!(matches!(error, ProviderError::Malformed { provider: Provider::Cursor, .. }));
    assert!(text.contains("2024-03-18") && text.contains("data[1].totalTabsShown"), "{text}");
}

#[tokio::test]
async fn a_bad_event_timestamp_is_malformed() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage.json")));
    let mut events = fixture_json("cursor_usage_events.json");
    events["usageEvents"][2]["timestamp"] = json!("yesterday");
    fake.on(EVENTS, Reply::json(events.to_string()));
    let error = client(&fake).fetch_day(day("2024-03-18")).await.expect_err("malformed");
    assert!(error.to_string().contains("usageEvents[2].timestamp"), "{error}");
}

#[tokio::test]
async fn ranges_are_fetched_in_windows_of_at_most_thirty_days() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage.json")));
    fake.on(EVENTS, last_events_page());

    let outcomes = client(&fake).fetch_days(day("2024-03-01"), day("2024-04-14")).await;
    let days: Vec<_> =
        outcomes.into_iter().map(|(d, o)| o.inspect(|p| assert_eq!(p.day, d)).expect("day read")).collect();

    assert_eq!(days.len(), 45);
    assert_eq!(days[17].day, day("2024-03-18"));
    assert_eq!(days[17].actors.len(), 2, "the sample's records land on their day");
    assert!(days.iter().filter(|d| d.day != day("2024-03-18")).all(|d| d.actors.is_empty()));
    let ms = |d: &str| day(d).and_hms_opt(0, 0, 0).expect("midnight").and_utc().timestamp_millis();
    let windows: Vec<_> = fake
        .requests_to(DAILY)
        .iter()
        .map(|r| (r.json()["startDate"].clone(), r.json()["endDate"].clone()))
        .collect();
    assert_eq!(
        windows,
        [
            // 2024-03-01 ..= 2024-03-30 (30 days), then 2024-03-31 ..= 2024-04-14
            (json!(ms("2024-03-01")), json!(ms("2024-03-31") - 1)),
            (json!(ms("2024-03-31")), json!(ms("2024-04-15") - 1)),
        ]
    );
}

#[tokio::test]
async fn requests_are_paced_client_side_per_endpoint() {
    let fake = FakeVendor::start().await;
    fake.on(DAILY, Reply::json(fixture("cursor_daily_usage_active_only.json")));
    fake.on(EVENTS, last_events_page());
    let mut config = config(&fake);
    // Daily usage once every 300 ms (the documented 20/min budget sped up ×10); usage events keep
    // their documented 3× budget: once every 100 ms.
    config.requests_per_minute = NonZeroU32::new(200);
    let client = CursorClient::new(config).expect("client builds");

    let started = Instant::now();
    for d in ["2024-03-18", "2024-03-19", "2024-03-20"] {
        client.fetch_day(day(d)).await.expect("day read");
    }
    // Three daily-usage requests: the first at once, the next two 300 ms apart each (≥ 600 ms).
    // With one budget for both endpoints at the daily pace it would be 5 × 300 = 1,500 ms; at
    // the events' pace for both, 5 × 100 = 500 ms. Each events request fits in the wait for the
    // next daily one, so the whole is under 1,000 ms.
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(590), "took {elapsed:?}");
    assert!(elapsed < Duration::from_millis(1_000), "took {elapsed:?}: events paced at the daily budget");
}

#[tokio::test]
async fn backfill_reach_is_two_years_or_the_configured_days() {
    let fake = FakeVendor::start().await;
    // 730 days before 2026-03-31.
    assert_eq!(client(&fake).earliest_day(day("2026-03-31")), day("2024-03-31"));
    let mut config = config(&fake);
    config.history_days = Some(45);
    let client = CursorClient::new(config).expect("client builds");
    assert_eq!(client.earliest_day(day("2026-03-31")), day("2026-02-14"));
}
