//! Claude Code Analytics client against a fake Anthropic API serving the documented payloads.

use crate::fake_vendor;

use std::time::{Duration, Instant};

use ai_usage::domain::{ActorKind, Dimension, Measures, Provider};
use ai_usage::providers::claude_code::ClaudeCodeClient;
use ai_usage::providers::{ProviderClient, ProviderConfig, ProviderError, client_for};
use chrono::NaiveDate;
use fake_vendor::{FakeVendor, Reply, fast_policy, fixture};
use serde_json::json;

const PATH: &str = "/v1/organizations/usage_report/claude_code";
const KEY: &str = "sk-ant-admin01-test-secret-key";

fn day(s: &str) -> NaiveDate {
    s.parse().expect("valid day")
}

fn client(fake: &FakeVendor) -> ClaudeCodeClient {
    let mut config = ProviderConfig::new(&fake.base_url, KEY);
    config.retry = fast_policy();
    ClaudeCodeClient::new(config).expect("client builds")
}

/// A report row for `actor` with the given sessions and one model's input tokens / cents.
fn row(
    date: &str,
    actor: serde_json::Value,
    sessions: i64,
    model: &str,
    input: i64,
    cents: i64,
) -> serde_json::Value {
    json!({
        "date": date, "actor": actor, "organization_id": "org", "customer_type": "api",
        "terminal_type": "vscode", "is_remote": false,
        "core_metrics": {"num_sessions": sessions, "lines_of_code": {"added": 1, "removed": 0},
                          "commits_by_claude_code": 0, "pull_requests_by_claude_code": 0},
        "tool_actions": {"edit_tool": {"accepted": 1, "rejected": 1}},
        "model_breakdown": [{"model": model, "tokens": {"input": input, "output": 0, "cache_read": 0, "cache_creation": 0},
                             "estimated_cost": {"amount": cents, "currency": "USD"}}]
    })
}

fn page(rows: Vec<serde_json::Value>, next: Option<&str>) -> String {
    json!({"data": rows, "has_more": next.is_some(), "next_page": next}).to_string()
}

#[tokio::test]
async fn documented_payload_is_summed_over_every_model_and_tool() {
    let fake = FakeVendor::start().await;
    // The documented page says has_more with a cursor; the next page is the observed empty day.
    fake.once(PATH, Reply::json(fixture("claude_code_analytics.json")));
    fake.once(PATH, Reply::json(fixture("claude_code_analytics_empty_from_issue.json")));

    let result = client(&fake).fetch_day(day("2025-08-08")).await.expect("day fetched");

    assert_eq!(result.day, day("2025-08-08"));
    assert_eq!(result.actors.len(), 1);
    let actor = &result.actors[0];
    assert_eq!(actor.actor.kind, ActorKind::Email);
    assert_eq!(actor.actor.identifier, "user@emaildomain.com");
    assert!(actor.active);
    let expected = Measures {
        sessions: 15,
        // input 45230 + 23100, output 12450 + 5680, cache_read 8790 + 3420, cache_creation 2340 + 890
        input_tokens: 68_330,
        output_tokens: 18_130,
        cache_read_tokens: 12_210,
        cache_write_tokens: 3_230,
        // (186 + 42) cents × 1000
        cost_millicents: 228_000,
        lines_added: 342,
        lines_removed: 128,
        // accepted 25 + 12 + 5 + 8, rejected 3 + 1 + 2 + 0
        tool_accepted: 50,
        tool_rejected: 6,
        commits: 8,
        pull_requests: 2,
        ..Measures::default()
    };
    assert_eq!(actor.measures, expected);

    let models: Vec<_> = actor.breakdowns.iter().map(|b| (b.dimension, b.value.as_str())).collect();
    assert_eq!(models, [(Dimension::Model, "claude-opus-5"), (Dimension::Model, "claude-sonnet-5")]);
    let opus = &actor.breakdowns[0].measures;
    assert_eq!(
        (opus.input_tokens, opus.output_tokens, opus.cache_read_tokens, opus.cache_write_tokens),
        (45_230, 12_450, 8_790, 2_340)
    );
    assert_eq!(opus.cost_millicents, 186_000);
    assert_eq!(actor.breakdowns[1].measures.cost_millicents, 42_000);

    // What was sent: both pages ask for the day, the second with the cursor from the first.
    let sent = fake.requests_to(PATH);
    assert_eq!(sent.len(), 2);
    for request in &sent {
        assert_eq!(request.method, "GET");
        assert_eq!(request.query("starting_at"), Some("2025-08-08"));
        assert_eq!(request.query("limit"), Some("1000"));
        assert_eq!(request.header("x-api-key"), Some(KEY));
        assert_eq!(request.header("anthropic-version"), Some("2023-06-01"));
    }
    assert_eq!(sent[0].query("page"), None);
    assert_eq!(sent[1].query("page"), Some("page_MjAyNS0wNS0xNFQwMDowMDowMFo="));

    // Each page body is kept verbatim.
    assert_eq!(result.raw.len(), 2);
    assert_eq!(result.raw[0].endpoint, "usage_report/claude_code?starting_at=2025-08-08&page=1");
    assert_eq!(result.raw[0].body, fixture("claude_code_analytics.json"));
}

#[tokio::test]
async fn rows_of_one_actor_are_summed_across_pages_and_actor_kinds_are_kept_apart() {
    let fake = FakeVendor::start().await;
    let date = "2026-01-15T00:00:00Z";
    let alice = json!({"type": "user_actor", "email_address": "Alice@Example.com"});
    let ci = json!({"type": "api_actor", "api_key_name": "ci-bot"});
    let mut remote = row(date, alice.clone(), 2, "claude-sonnet-5", 50, 7);
    remote["is_remote"] = json!(true);
    fake.once(
        PATH,
        Reply::json(page(vec![row(date, alice.clone(), 3, "claude-opus-5", 100, 10)], Some("c1"))),
    );
    fake.once(PATH, Reply::json(page(vec![remote, row(date, ci, 1, "claude-opus-5", 1000, 90)], Some("c2"))));
    // A row with no optional parts at all still counts the actor as active.
    let bare = json!({"date": date, "actor": alice});
    fake.once(PATH, Reply::json(page(vec![bare], None)));

    let result = client(&fake).fetch_day(day("2026-01-15")).await.expect("day fetched");

    let pages: Vec<_> = fake.requests_to(PATH).iter().map(|r| r.query("page").map(str::to_owned)).collect();
    assert_eq!(pages, [None, Some("c1".to_owned()), Some("c2".to_owned())]);
    assert_eq!(result.raw.len(), 3);
    assert_eq!(result.actors.len(), 2);

    // Email identities are trimmed and lower-cased; actors sort Email before ApiKey.
    let alice = &result.actors[0];
    assert_eq!((alice.actor.kind, alice.actor.identifier.as_str()), (ActorKind::Email, "alice@example.com"));
    // sessions 3 + 2 + 0; input 100 + 50; cents 10 + 7; lines 1 + 1; tools 1 + 1 each
    assert_eq!(alice.measures.sessions, 5);
    assert_eq!(alice.measures.input_tokens, 150);
    assert_eq!(alice.measures.cost_millicents, 17_000);
    assert_eq!(alice.measures.lines_added, 2);
    assert_eq!((alice.measures.tool_accepted, alice.measures.tool_rejected), (2, 2));
    assert!(alice.active);
    assert_eq!(alice.breakdowns.len(), 2);

    let ci = &result.actors[1];
    assert_eq!((ci.actor.kind, ci.actor.identifier.as_str()), (ActorKind::ApiKey, "ci-bot"));
    assert_eq!(ci.measures.input_tokens, 1000);
    assert_eq!(ci.measures.cost_millicents, 90_000);
}

#[tokio::test]
async fn empty_day_has_no_actors() {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::json(fixture("claude_code_analytics_empty_from_issue.json")));
    let result = client(&fake).fetch_day(day("2026-02-01")).await.expect("day fetched");
    assert!(result.actors.is_empty());
    assert_eq!(result.raw.len(), 1);
}

#[tokio::test]
async fn rate_limit_waits_for_retry_after_then_succeeds() {
    let fake = FakeVendor::start().await;
    let limited = r#"{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}"#;
    fake.once(PATH, Reply::status(429, limited).header("retry-after", "1"));
    fake.on(PATH, Reply::json(fixture("claude_code_analytics_empty_from_issue.json")));

    let started = Instant::now();
    client(&fake).fetch_day(day("2026-02-01")).await.expect("succeeds after the wait");

    // The policy's own backoff is at most 20 ms, so a ≥1 s pause can only be the header.
    assert!(started.elapsed() >= Duration::from_millis(950), "waited {:?}", started.elapsed());
    assert_eq!(fake.requests_to(PATH).len(), 2);
}

#[tokio::test]
async fn server_errors_and_overload_are_retried() {
    let fake = FakeVendor::start().await;
    fake.once(PATH, Reply::status(500, r#"{"type":"error","error":{"type":"api_error","message":"boom"}}"#));
    fake.once(
        PATH,
        Reply::status(529, r#"{"type":"error","error":{"type":"overloaded_error","message":"busy"}}"#),
    );
    fake.on(PATH, Reply::json(fixture("claude_code_analytics_empty_from_issue.json")));

    client(&fake).fetch_day(day("2026-02-01")).await.expect("third attempt succeeds");
    assert_eq!(fake.requests_to(PATH).len(), 3);
}

#[tokio::test]
async fn persistent_server_errors_give_up_with_the_vendor_message() {
    let fake = FakeVendor::start().await;
    fake.on(
        PATH,
        Reply::status(500, r#"{"type":"error","error":{"type":"api_error","message":"still broken"}}"#),
    );

    let error = client(&fake).fetch_day(day("2026-02-01")).await.expect_err("fails");
    assert_eq!(error, ProviderError::Vendor { status: 500, message: "still broken".into() });
    // First attempt plus the policy's 3 retries.
    assert_eq!(fake.requests_to(PATH).len(), 4);
    assert!(!error.needs_attention());
}

#[tokio::test]
async fn a_slow_answer_is_retried_and_the_second_attempt_succeeds() {
    let fake = FakeVendor::start().await;
    let empty = fixture("claude_code_analytics_empty_from_issue.json");
    fake.once(PATH, Reply::json(empty.clone()).after(Duration::from_secs(2)));
    fake.on(PATH, Reply::json(empty));

    client(&fake).fetch_day(day("2026-02-01")).await.expect("retry succeeds");
    assert_eq!(fake.requests_to(PATH).len(), 2);
}

#[tokio::test]
async fn a_vendor_that_never_answers_in_time_gives_timeout() {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::json("{}").after(Duration::from_secs(2)));
    let mut config = ProviderConfig::new(&fake.base_url, KEY);
    config.retry = fast_policy();
    config.retry.max_retries = 1;
    let client = ClaudeCodeClient::new(config).expect("client builds");

    let error = client.fetch_day(day("2026-02-01")).await.expect_err("times out");
    assert_eq!(error, ProviderError::Timeout);
    assert_eq!(fake.requests_to(PATH).len(), 2);
}

#[tokio::test]
async fn a_counter_of_the_wrong_type_is_malformed_and_names_day_and_field() {
    let fake = FakeVendor::start().await;
    let mut body = fake_vendor::fixture_json("claude_code_analytics.json");
    body["data"][0]["core_metrics"]["num_sessions"] = json!("fifteen");
    fake.on(PATH, Reply::json(body.to_string()));

    let error = client(&fake).fetch_day(day("2025-08-08")).await.expect_err("malformed");
    assert!(matches!(error, ProviderError::Malformed { provider: Provider::ClaudeCode, .. }), "{error:?}");
    let text = error.to_string();
    assert!(text.contains("2025-08-08"), "{text}");
    assert!(text.contains("data[0].core_metrics.num_sessions"), "{text}");
}

#[tokio::test]
async fn broken_json_is_malformed() {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::json(r#"{"data": [ {"date": "#));
    let error = client(&fake).fetch_day(day("2025-08-08")).await.expect_err("malformed");
    assert!(matches!(error, ProviderError::Malformed { day: d, .. } if d == day("2025-08-08")), "{error:?}");
}

#[tokio::test]
async fn a_row_for_another_day_is_refused() {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::json(fixture("claude_code_analytics.json")));
    // The fixture's rows are for 2025-08-08.
    let error = client(&fake).fetch_day(day("2025-08-09")).await.expect_err("wrong day");
    let text = error.to_string();
    assert!(text.contains("data[0].date") && text.contains("2025-08-09"), "{text}");
}

#[tokio::test]
async fn invalid_key_is_reported_without_retry_and_without_the_key() {
    let fake = FakeVendor::start().await;
    // Some vendors echo what they were sent; the error must not carry it on.
    let body = format!(
        r#"{{"type":"error","error":{{"type":"authentication_error","message":"invalid x-api-key {KEY}"}}}}"#
    );
    fake.on(PATH, Reply::status(401, body));
    let client = client_for(Provider::ClaudeCode, {
        let mut config = ProviderConfig::new(&fake.base_url, KEY);
        config.retry = fast_policy();
        config.egress = ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).unwrap();
        config
    })
    .expect("client builds");

    let error = client.verify().await.expect_err("refused");
    assert!(
        matches!(&error, ProviderError::InvalidCredentials { message } if message.starts_with("invalid x-api-key")),
        "{error:?}"
    );
    assert!(error.needs_attention());
    assert!(!error.to_string().contains(KEY));
    assert!(!format!("{error:?}").contains(KEY));
    assert_eq!(fake.requests_to(PATH).len(), 1, "4xx is not retried");
}

#[tokio::test]
async fn not_found_keeps_the_documented_message() {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::status(404, fixture("anthropic_error.json")));
    let error = client(&fake).fetch_day(day("2025-08-08")).await.expect_err("404");
    assert_eq!(
        error,
        ProviderError::NotFound { message: "The requested resource could not be found.".into() }
    );
}

#[tokio::test]
async fn verify_asks_for_one_record_of_yesterday() {
    let fake = FakeVendor::start().await;
    fake.on(PATH, Reply::json(fixture("claude_code_analytics_empty_from_issue.json")));
    client(&fake).verify().await.expect("key works");

    let sent = fake.requests_to(PATH);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].query("limit"), Some("1"));
    let yesterday = chrono::Utc::now().date_naive().pred_opt().expect("has a yesterday");
    assert_eq!(sent[0].query("starting_at"), Some(yesterday.to_string().as_str()));
}

#[tokio::test]
async fn history_defaults_to_ninety_days_and_is_configurable() {
    let fake = FakeVendor::start().await;
    assert_eq!(client(&fake).earliest_day(day("2026-04-01")), day("2026-01-01"));
    let mut config = ProviderConfig::new(&fake.base_url, KEY);
    config.history_days = Some(10);
    let client = ClaudeCodeClient::new(config).expect("client builds");
    assert_eq!(client.earliest_day(day("2026-04-01")), day("2026-03-22"));
    assert_eq!(client.currency(), "USD");
}
