//! Copilot usage-metrics reports client against a fake GitHub API and a fake download host.

use crate::fake_vendor;

use std::time::{Duration, Instant};

use ai_usage::domain::{ActorKind, Dimension, Measures, Provider};
use ai_usage::providers::copilot::CopilotClient;
use ai_usage::providers::{ProviderClient, ProviderConfig, ProviderError, Scope, client_for};
use chrono::NaiveDate;
use fake_vendor::{FakeVendor, Reply, fast_policy, fixture};
use serde_json::json;

const TOKEN: &str = "ghp_test_secret_token_123";
const USERS: &str = "/orgs/acme/copilot/metrics/reports/users-1-day";
const TEAMS: &str = "/orgs/acme/copilot/metrics/reports/user-teams-1-day";

fn day(s: &str) -> NaiveDate {
    s.parse().expect("valid day")
}

fn client_with(fake: &FakeVendor, scope: Scope) -> CopilotClient {
    let mut config = ProviderConfig::new(&fake.base_url, TOKEN);
    config.scope = Some(scope);
    config.retry = fast_policy();
    // The fake serves its download links over plain http on 127.0.0.1.
    config.egress = ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).unwrap();
    CopilotClient::new(config).expect("client builds")
}

fn client(fake: &FakeVendor) -> CopilotClient {
    client_with(fake, Scope::Organization("acme".into()))
}

/// The documented link response, with its example links pointed at the fake's download paths.
fn links(fake: &FakeVendor, paths: &[&str]) -> String {
    let mut body = fake_vendor::fixture_json("copilot_usage_report_links_1day.json");
    body["download_links"] = paths.iter().map(|p| format!("{}{p}", fake.base_url)).collect();
    body.to_string()
}

/// A users-report line with the given counters.
fn user_line(id: i64, login: &str, day: &str, generated: i64, accepted: i64, added: i64) -> String {
    json!({
        "day": day, "user_id": id, "user_login": login, "organization_id": "999",
        "user_initiated_interaction_count": 2, "code_generation_activity_count": generated,
        "code_acceptance_activity_count": accepted, "loc_added_sum": added, "loc_deleted_sum": 1,
        "totals_by_ide": [{"ide": "jetbrains", "code_generation_activity_count": generated}],
        "some_future_field": {"nested": true}
    })
    .to_string()
}

#[tokio::test]
async fn documented_user_record_is_mapped_with_breakdowns() {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::json(links(&fake, &["/dl/users-1.json", "/dl/users-2.json"])));
    // The docs show the record as a JSON array; the second file is empty.
    fake.on("/dl/users-1.json", Reply::json(fixture("copilot_usage_report_users_records.json")));
    fake.on("/dl/users-2.json", Reply::status(200, "\n"));
    fake.on(TEAMS, Reply::status(204, ""));

    let result = client(&fake).fetch_day(day("2025-10-01")).await.expect("day fetched");

    assert_eq!(result.actors.len(), 1);
    let user = &result.actors[0];
    assert_eq!(user.actor.kind, ActorKind::Login);
    assert_eq!(user.actor.identifier, "login1");
    assert_eq!(user.actor.external_id.as_deref(), Some("1"));
    assert!(user.teams.is_empty());
    assert!(user.active);
    let expected = Measures {
        // user_initiated_interaction_count
        interactions: 0,
        // code_generation / code_acceptance activity
        suggestions_shown: 1,
        suggestions_accepted: 1,
        // loc_added_sum 8 (no agent_edit feature, so all 8 accepted), loc_deleted_sum 0,
        // loc_suggested_to_add_sum 10
        lines_added: 8,
        lines_accepted: 8,
        lines_suggested: 10,
        lines_removed: 0,
        // totals_by_cli: session_count 2, prompt tokens 3800, output tokens 5000
        sessions: 2,
        input_tokens: 3800,
        output_tokens: 5000,
        ..Measures::default()
    };
    assert_eq!(user.measures, expected);
    let dims: Vec<_> = user.breakdowns.iter().map(|b| (b.dimension, b.value.as_str())).collect();
    assert_eq!(
        dims,
        [
            (Dimension::Editor, "vscode"),
            (Dimension::Language, "unknown"),
            (Dimension::Feature, "code_completion")
        ]
    );
    for breakdown in &user.breakdowns {
        let m = &breakdown.measures;
        assert_eq!((m.suggestions_shown, m.suggestions_accepted, m.lines_added), (1, 1, 8), "{breakdown:?}");
    }

    // What was sent to GitHub, and what was not sent to the download host.
    let api = fake.requests_to(USERS);
    assert_eq!(api.len(), 1);
    assert_eq!(api[0].query("day"), Some("2025-10-01"));
    assert_eq!(api[0].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(api[0].header("x-github-api-version"), Some("2022-11-28"));
    assert_eq!(api[0].header("accept"), Some("application/vnd.github+json"));
    assert!(api[0].header("user-agent").is_some_and(|ua| ua.starts_with("ai-usage/")));
    for path in ["/dl/users-1.json", "/dl/users-2.json"] {
        let downloads = fake.requests_to(path);
        assert_eq!(downloads.len(), 1, "{path} downloaded once");
        assert_eq!(downloads[0].header("authorization"), None, "no token to the download host");
    }
    assert_eq!(fake.requests_to(TEAMS)[0].query("day"), Some("2025-10-01"));

    // Raw payloads keep the files, never the signed links.
    assert_eq!(result.raw.len(), 2);
    assert_eq!(result.raw[0].endpoint, "copilot/metrics/reports/users-1-day?day=2025-10-01#file=1");
    assert!(result.raw.iter().all(|r| !r.body.contains("/dl/")));
}

#[tokio::test]
async fn users_from_several_ndjson_files_are_joined_with_their_teams() {
    let fake = FakeVendor::start().await;
    let base = "/enterprises/big-co/copilot/metrics/reports";
    let d = "2026-05-07";
    fake.on(&format!("{base}/users-1-day"), Reply::json(links(&fake, &["/dl/u1", "/dl/u2"])));
    fake.on(
        "/dl/u1",
        Reply::json(format!(
            "{}\n\n{}\n",
            user_line(1001, "alice", d, 5, 3, 20),
            user_line(1003, "carol", d, 1, 0, 0)
        )),
    );
    fake.on("/dl/u2", Reply::json(format!("{}\n", user_line(1002, "bob", d, 7, 7, 30))));
    fake.on(&format!("{base}/user-teams-1-day"), Reply::json(links(&fake, &["/dl/t1"])));
    // alice is in frontend and backend, bob in frontend, carol in no team.
    fake.on("/dl/t1", Reply::json(fixture("copilot_usage_report_user_teams.ndjson")));
    fake.on(&format!("{base}/enterprise-1-day"), Reply::json(links(&fake, &["/dl/e1"])));
    fake.on("/dl/e1", Reply::json(r#"{"day":"2026-05-07","daily_active_users":3}"#));

    let result =
        client_with(&fake, Scope::Enterprise("big-co".into())).fetch_day(day(d)).await.expect("day fetched");

    let summary: Vec<_> = result
        .actors
        .iter()
        .map(|a| {
            (
                a.actor.identifier.as_str(),
                a.measures.suggestions_shown,
                a.measures.lines_added,
                a.teams.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("alice", 5, 20, vec!["backend".to_owned(), "frontend".to_owned()]),
            ("bob", 7, 30, vec!["frontend".to_owned()]),
            ("carol", 1, 0, vec![]),
        ]
    );
    // Editor breakdown from totals_by_ide.
    assert_eq!(result.actors[1].breakdowns[0].value, "jetbrains");
    assert_eq!(result.actors[1].breakdowns[0].measures.suggestions_shown, 7);
    // Two user files, one team file and the enterprise's own aggregate kept verbatim.
    assert_eq!(result.raw.len(), 4);
    let aggregate =
        result.raw.iter().find(|r| r.endpoint.contains("enterprise-1-day")).expect("aggregate kept");
    assert!(aggregate.body.contains("daily_active_users"));
}

#[tokio::test]
async fn no_content_means_an_empty_day() {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::status(204, ""));
    let result = client(&fake).fetch_day(day("2026-01-02")).await.expect("empty day");
    assert!(result.actors.is_empty());
    assert!(fake.requests_to(TEAMS).is_empty(), "no team join without users");
    client(&fake).verify().await.expect("204 proves the token works");
}

#[tokio::test]
async fn an_expired_link_is_retried_with_fresh_links_then_reported() {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::json(links(&fake, &["/dl/old"])));
    let expired =
        "<Error><Code>AuthenticationFailed</Code><Message>Signed expiry time has passed</Message></Error>";
    fake.on("/dl/old", Reply::status(403, expired));

    let error = client(&fake).fetch_day(day("2026-01-02")).await.expect_err("links refused");
    assert_eq!(error, ProviderError::DownloadLinkExpired { status: 403 });
    assert!(error.to_string().contains("expired"));
    assert_eq!(fake.requests_to(USERS).len(), 2, "fresh links were asked for once");
    assert_eq!(fake.requests_to("/dl/old").len(), 2);
}

#[tokio::test]
async fn fresh_links_rescue_an_expired_one() {
    let fake = FakeVendor::start().await;
    fake.once(USERS, Reply::json(links(&fake, &["/dl/stale"])));
    fake.on(USERS, Reply::json(links(&fake, &["/dl/fresh"])));
    fake.on("/dl/stale", Reply::status(404, ""));
    fake.on("/dl/fresh", Reply::json(user_line(7, "dana", "2026-01-02", 1, 1, 1)));
    fake.on(TEAMS, Reply::status(204, ""));

    let result = client(&fake).fetch_day(day("2026-01-02")).await.expect("second links work");
    assert_eq!(result.actors.len(), 1);
    assert_eq!(result.actors[0].actor.identifier, "dana");
}

#[tokio::test]
async fn disabled_metrics_policy_needs_attention() {
    let fake = FakeVendor::start().await;
    let body = r#"{"message":"Copilot Usage Metrics API access is disabled for this organization by policy.","documentation_url":"https://docs.github.com/rest"}"#;
    fake.on(USERS, Reply::status(403, body));
    let error = client(&fake).fetch_day(day("2026-01-02")).await.expect_err("disabled");
    assert!(
        matches!(&error, ProviderError::PolicyDisabled { message } if message.contains("disabled")),
        "{error:?}"
    );
    assert!(error.needs_attention());
    assert_eq!(fake.requests_to(USERS).len(), 1);

    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::status(422, r#"{"message":"Validation Failed"}"#));
    let error = client(&fake).fetch_day(day("2026-01-02")).await.expect_err("422");
    assert!(matches!(error, ProviderError::PolicyDisabled { .. }), "{error:?}");
}

#[tokio::test]
async fn missing_permission_and_unknown_org_are_told_apart() {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::status(403, r#"{"message":"Resource not accessible by integration"}"#));
    let error = client(&fake).fetch_day(day("2026-01-02")).await.expect_err("403");
    assert_eq!(
        error,
        ProviderError::InvalidCredentials { message: "Resource not accessible by integration".into() }
    );

    // GitHub answers 404 for an unknown org, or one the token may not see.
    let fake = FakeVendor::start().await;
    let error = client(&fake).fetch_day(day("2026-01-02")).await.expect_err("404");
    assert_eq!(error, ProviderError::NotFound { message: "Not Found".into() });
    assert!(!error.needs_attention());
}

#[tokio::test]
async fn bad_credentials_do_not_leak_the_token() {
    let fake = FakeVendor::start().await;
    fake.on(
        USERS,
        Reply::status(
            401,
            r#"{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}"#,
        ),
    );
    let error = client(&fake).verify().await.expect_err("401");
    assert_eq!(error, ProviderError::InvalidCredentials { message: "Bad credentials".into() });
    assert!(!error.to_string().contains(TOKEN));
}

#[tokio::test]
async fn primary_rate_limit_waits_until_reset() {
    let fake = FakeVendor::start().await;
    let reset = (chrono::Utc::now().timestamp() + 2).to_string();
    fake.once(
        USERS,
        Reply::status(403, r#"{"message":"API rate limit exceeded"}"#)
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset", &reset),
    );
    fake.on(USERS, Reply::status(204, ""));

    let started = Instant::now();
    client(&fake).fetch_day(day("2026-01-02")).await.expect("after the reset");
    // Reset is ≥1 whole second away (epoch seconds), far above the 20 ms policy backoff.
    assert!(started.elapsed() >= Duration::from_millis(900), "waited {:?}", started.elapsed());
    assert_eq!(fake.requests_to(USERS).len(), 2);
}

#[tokio::test]
async fn server_error_then_success() {
    let fake = FakeVendor::start().await;
    fake.once(USERS, Reply::status(500, r#"{"message":"Server Error"}"#));
    fake.on(USERS, Reply::status(204, ""));
    client(&fake).fetch_day(day("2026-01-02")).await.expect("retried");
    assert_eq!(fake.requests_to(USERS).len(), 2);
}

#[tokio::test]
async fn a_bad_line_is_malformed_naming_file_record_and_field() {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::json(links(&fake, &["/dl/u1"])));
    let mut bad: serde_json::Value =
        serde_json::from_str(&user_line(2, "eve", "2026-01-02", 1, 1, 1)).expect("json");
    bad["loc_added_sum"] = json!("eight");
    fake.on("/dl/u1", Reply::json(format!("{}\n{bad}\n", user_line(1, "ok", "2026-01-02", 1, 1, 1))));

    let error = client(&fake).fetch_day(day("2026-01-02")).await.expect_err("malformed");
    let text = error.to_string();
    assert!(matches!(error, ProviderError::Malformed { provider: Provider::Copilot, .. }));
    assert!(
        text.contains("2026-01-02") && text.contains("record 2") && text.contains("loc_added_sum"),
        "{text}"
    );
}

#[tokio::test]
async fn a_record_for_another_day_is_refused() {
    let fake = FakeVendor::start().await;
    fake.on(USERS, Reply::json(links(&fake, &["/dl/u1"])));
    fake.on("/dl/u1", Reply::json(fixture("copilot_usage_report_users_records.json")));
    let error = client(&fake).fetch_day(day("2025-10-02")).await.expect_err("wrong day");
    assert!(error.to_string().contains("2025-10-01"), "{error}");
}

#[tokio::test]
async fn history_starts_at_the_first_report_day_or_a_year_back() {
    let fake = FakeVendor::start().await;
    let client = client(&fake);
    assert_eq!(client.earliest_day(day("2026-06-01")), day("2025-10-10"));
    assert_eq!(client.earliest_day(day("2027-03-01")), day("2026-03-01"));
}

#[tokio::test]
async fn a_copilot_client_needs_a_scope() {
    let result = client_for(Provider::Copilot, ProviderConfig::new("http://127.0.0.1:9", TOKEN));
    assert!(matches!(result, Err(ProviderError::Config(_))));
}

#[tokio::test]
async fn enterprise_seats_come_from_the_enterprise_twin_with_offsets_in_utc() {
    let fake = FakeVendor::start().await;
    fake.on("/enterprises/big/copilot/billing/seats", Reply::json(fixture("copilot_seats.json")));
    let client = client_with(&fake, Scope::Enterprise("big".into()));

    let seats = client.fetch_seats().await.expect("seats");

    let request = &fake.requests_to("/enterprises/big/copilot/billing/seats")[0];
    assert_eq!(request.query("per_page"), Some("100"));
    assert_eq!(request.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    let logins: Vec<(&str, Option<&str>)> =
        seats.iter().map(|s| (s.actor.identifier.as_str(), s.plan.as_deref())).collect();
    assert_eq!(logins, [("octocat", Some("business")), ("octokitten", None)]);
    assert!(seats.iter().all(|s| s.actor.kind == ActorKind::Login));
    // 2021-10-14T00:53:32-06:00 is 06:53:32 UTC.
    let last = seats[0].last_activity_at.map(|t| t.to_string());
    assert_eq!(last.as_deref(), Some("2021-10-14 06:53:32"));
}

#[tokio::test]
async fn seats_never_follow_a_next_link_to_another_host() {
    let fake = FakeVendor::start().await;
    let elsewhere = FakeVendor::start().await;
    let next = format!(r#"<{}/orgs/acme/copilot/billing/seats?page=2>; rel="next""#, elsewhere.base_url);
    fake.on(
        "/orgs/acme/copilot/billing/seats",
        Reply::json(fixture("copilot_seats.json")).header("link", &next),
    );

    let error = client(&fake).fetch_seats().await.expect_err("a foreign link is refused");

    assert!(matches!(error, ProviderError::Malformed { .. }), "{error}");
    assert!(elsewhere.requests().is_empty(), "the token travelled to another host");
}
