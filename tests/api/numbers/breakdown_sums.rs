//! A breakdown never sums to more than its headline: the check, and a proof that it catches a
//! broken breakdown.
//!
//! [`excesses`] asks the API, for one scope, for the headline (`usageSummary`) and for every
//! breakdown by model, editor, language, feature and team under every measure breakdown rows
//! carry, and lists each one whose `total` (rows plus `other`) is more than the headline.
//! TEAM rows count everyone the vendor ever placed in the team, so a person in two teams is
//! counted twice: use fixtures with at most one team per person.

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, Provider, ProviderDay,
};
use ai_usage::storage::day_writer;
use chrono::{NaiveDate, Utc};
use serde_json::json;

use crate::common::{TestApp, keyless_integration};

/// The dimensions a vendor splits usage by.
pub const DIMENSIONS: [&str; 5] = ["MODEL", "EDITOR", "LANGUAGE", "FEATURE", "TEAM"];

/// Every measure breakdown rows carry: the `Metric` and its `UsageTotals` field.
pub const METRICS: [(&str, &str); 11] = [
    ("INTERACTIONS", "interactions"),
    ("INPUT_TOKENS", "inputTokens"),
    ("OUTPUT_TOKENS", "outputTokens"),
    ("CACHE_READ_TOKENS", "cacheReadTokens"),
    ("CACHE_WRITE_TOKENS", "cacheWriteTokens"),
    ("COST_MILLICENTS", "costMillicents"),
    ("LINES_ADDED", "linesAdded"),
    ("LINES_REMOVED", "linesRemoved"),
    ("LINES_ACCEPTED", "linesAccepted"),
    ("SUGGESTIONS_SHOWN", "suggestionsShown"),
    ("SUGGESTIONS_ACCEPTED", "suggestionsAccepted"),
];

/// Each `DIMENSION/METRIC: breakdown total > headline` of workspace `ws` over `from..=to`, as
/// the holder of `token` reads them; empty when every breakdown fits under its headline.
pub async fn excesses(app: &TestApp, token: &str, ws: i64, from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let fields: Vec<&str> = METRICS.iter().map(|(_, field)| *field).collect();
    let mut found = Vec::new();
    for dimension in DIMENSIONS {
        let breakdowns: Vec<String> = METRICS
            .iter()
            .map(|(metric, _)| {
                format!(
                    "{metric}: breakdown(workspaceId: $ws, range: $r, dimension: {dimension}, metric: {metric}, top: 1000) {{ total }}"
                )
            })
            .collect();
        let query = format!(
            "query($ws: ID!, $r: DateRange) {{ headline: usageSummary(workspaceId: $ws, range: $r) {{ current {{ totals {{ {} }} }} }} {} }}",
            fields.join(" "),
            breakdowns.join(" ")
        );
        let variables = json!({"ws": ws.to_string(), "r": {"from": from.to_string(), "to": to.to_string()}});
        let response = app.gql_as(Some(token), &query, variables).await;
        assert!(response.get("errors").is_none(), "the check cannot read the figures: {response}");
        let data = &response["data"];
        for (metric, field) in METRICS {
            let headline = data["headline"]["current"]["totals"][field].as_i64();
            let total = data[metric]["total"].as_i64().unwrap_or(0);
            // A headline the tool does not report (null) holds nothing a breakdown may exceed.
            if total > headline.unwrap_or(0) {
                found.push(format!(
                    "{dimension}/{metric}: {total} > {}",
                    headline.map_or("null".into(), |h| h.to_string())
                ));
            }
        }
    }
    found
}

/// Fails the test when any breakdown of the scope sums to more than its headline.
pub async fn assert_breakdowns_within_headline(
    app: &TestApp,
    token: &str,
    ws: i64,
    from: NaiveDate,
    to: NaiveDate,
) {
    let found = excesses(app, token, ws, from, to).await;
    assert!(found.is_empty(), "breakdowns summing to more than their headline: {found:?}");
}

fn one_actor_day(day: NaiveDate, headline: Measures, models: &[(&str, i64)]) -> ProviderDay {
    let breakdowns = models
        .iter()
        .map(|(model, interactions)| Breakdown {
            dimension: Dimension::Model,
            value: (*model).to_owned(),
            measures: Measures { interactions: *interactions, ..Measures::default() },
        })
        .collect();
    let actor = ActorKey { kind: ActorKind::Email, identifier: "a@x.io".into(), external_id: None };
    ProviderDay {
        day,
        actors: vec![ActorDay { actor, active: true, measures: headline, breakdowns, teams: vec![] }],
        raw: vec![],
    }
}

async fn the_check_catches_a_breakdown_above_its_headline(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let ws = app.create_workspace(&owner, "Team").await;
    let cursor = keyless_integration(app.db(), ws, Provider::Cursor).await;
    let day: NaiveDate = "2026-05-04".parse().unwrap();
    let headline = Measures { interactions: 3, input_tokens: 10, ..Measures::default() };
    let now = Utc::now().naive_utc();

    // Rows 2 + 1 = 3 = the headline's 3 interactions: nothing to report.
    let sound = one_actor_day(day, headline, &[("m1", 2), ("unattributed", 1)]);
    day_writer::write_day(app.db(), cursor, &sound, "USD", now).await.unwrap();
    assert_eq!(excesses(&app, &owner.token, ws, day, day).await, Vec::<String>::new());

    // Deliberately broken: rows 2 + 3 = 5 interactions under a headline of 3. Tokens stay
    // within theirs (0 ≤ 10), so only MODEL/INTERACTIONS is reported.
    let broken = one_actor_day(day, headline, &[("m1", 2), ("m2", 3)]);
    day_writer::write_day(app.db(), cursor, &broken, "USD", now).await.unwrap();
    assert_eq!(excesses(&app, &owner.token, ws, day, day).await, ["MODEL/INTERACTIONS: 5 > 3"]);
    let caught = tokio::spawn(async move {
        assert_breakdowns_within_headline(&app, &owner.token, ws, day, day).await;
    })
    .await;
    assert!(caught.is_err(), "the assertion fails on the broken breakdown");
}

crate::on_both_backends!(the_check_catches_a_breakdown_above_its_headline);
