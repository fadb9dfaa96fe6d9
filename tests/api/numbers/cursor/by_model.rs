//! Cursor interactions by model sum to the headline: each model counts its usage events, the
//! requests no event accounts for are stored in an `unattributed` row.
//!
//! Fixture (two days, one window), requests from daily usage, events one per request:
//!
//! | day | who   | daily-usage requests            | events                 |
//! |-----|-------|---------------------------------|------------------------|
//! | D1  | alice | composer 3 + chat 2 + agent 4 + Cmd-K 1 = 10 | gpt-5 × 3, sonnet × 2 |
//! | D1  | bob   | chat 1 = 1                      | gpt-5 × 2 (more events than requests) |
//! | D1  | carol | (no record) = 0                 | gpt-5 × 1              |
//! | D2  | alice | agent 6 = 6                     | sonnet × 6             |
//!
//! Every event has 100 input tokens and costs 1¢ (1,000 millicents).

use ai_usage::storage::day_writer;
use chrono::Utc;
use serde_json::{Value, json};

use super::{DAILY, EVENTS, client, day, ms};
use crate::common::{TestApp, keyless_integration};
use crate::fake_vendor::{FakeVendor, Reply};
use crate::numbers::breakdown_sums::assert_breakdowns_within_headline;

const D1: &str = "2026-05-04";
const D2: &str = "2026-05-05";

fn record(d: &str, email: &str, requests: [i64; 4]) -> Value {
    let [composer, chat, agent, cmdk] = requests;
    json!({"day": d, "email": email, "isActive": true, "composerRequests": composer,
           "chatRequests": chat, "agentRequests": agent, "cmdkUsages": cmdk})
}

fn events(d: &str, email: &str, model: &str, n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({"timestamp": ms(day(d), 9 + i as u32), "userEmail": email, "model": model,
                   "isTokenBasedCall": true, "tokenUsage": {"inputTokens": 100}, "chargedCents": 1.0})
        })
        .collect()
}

async fn fake_team() -> FakeVendor {
    let fake = FakeVendor::start().await;
    let daily = vec![
        record(D1, "alice@x.io", [3, 2, 4, 1]),
        record(D1, "bob@x.io", [0, 1, 0, 0]),
        record(D2, "alice@x.io", [0, 0, 6, 0]),
    ];
    fake.on(DAILY, Reply::json(json!({"data": daily, "pagination": {"hasNextPage": false}}).to_string()));
    let all: Vec<Value> = [
        events(D1, "alice@x.io", "gpt-5", 3),
        events(D1, "alice@x.io", "claude-4.5-sonnet", 2),
        events(D1, "bob@x.io", "gpt-5", 2),
        events(D1, "carol@x.io", "gpt-5", 1),
        events(D2, "alice@x.io", "claude-4.5-sonnet", 6),
    ]
    .concat();
    fake.on(
        EVENTS,
        Reply::json(json!({"usageEvents": all, "pagination": {"hasNextPage": false}}).to_string()),
    );
    fake
}

const QUERY: &str = "query($ws: ID!, $r: DateRange, $m: Metric!) {
  usageSummary(workspaceId: $ws, range: $r) { current { totals { interactions inputTokens costMillicents } } }
  breakdown(workspaceId: $ws, range: $r, dimension: MODEL, metric: $m, top: 100) { total rows { key value } other { key } } }";

async fn interactions_by_model_sum_to_the_headline(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let ws = app.create_workspace(&owner, "Team").await;
    let cursor = keyless_integration(app.db(), ws, ai_usage::domain::Provider::Cursor).await;
    let fake = fake_team().await;
    for (d, outcome) in client(&fake.base_url, None).fetch_days(day(D1), day(D2)).await {
        let fetched = outcome.unwrap_or_else(|e| panic!("{d}: {e}"));
        day_writer::write_day(app.db(), cursor, &fetched, "USD", Utc::now().naive_utc()).await.unwrap();
    }

    let ask = |metric: &str| {
        let vars = json!({"ws": ws.to_string(), "r": {"from": D1, "to": D2}, "m": metric});
        let token = owner.token.clone();
        let app = &app;
        async move { app.gql_as(Some(&token), QUERY, vars).await }
    };
    let r = ask("INTERACTIONS").await;
    assert!(r.get("errors").is_none(), "{r}");
    // Headline: alice 10 + bob 1 + carol 0 + alice 6 = 17 requests.
    assert_eq!(r["data"]["usageSummary"]["current"]["totals"]["interactions"], 17);
    // alice D1: 5 events ≤ 10 requests → gpt-5 3, sonnet 2, unattributed 5.
    // bob D1: 2 events > 1 request → no model interactions, unattributed 1.
    // carol D1: 1 event, 0 requests → none anywhere. alice D2: sonnet 6, nothing unattributed.
    // gpt-5 3; sonnet 2 + 6 = 8; unattributed 5 + 1 = 6; 3 + 8 + 6 = 17.
    let rows: Vec<(&str, i64)> = r["data"]["breakdown"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| (row["key"].as_str().unwrap(), row["value"].as_i64().unwrap()))
        .collect();
    assert_eq!(rows, [("claude-4.5-sonnet", 8), ("unattributed", 6), ("gpt-5", 3)]);
    assert_eq!(r["data"]["breakdown"]["total"], 17);
    assert!(r["data"]["breakdown"]["other"].is_null());

    // Tokens and cost come from the events alone: 14 events → 1,400 tokens, 14,000 millicents;
    // gpt-5 has 3 + 2 + 1 = 6 events (600), sonnet 2 + 6 = 8 (800), unattributed none.
    let r = ask("INPUT_TOKENS").await;
    assert_eq!(r["data"]["usageSummary"]["current"]["totals"]["inputTokens"], 1400);
    assert_eq!(r["data"]["breakdown"]["total"], 1400);
    let tokens: Vec<_> =
        r["data"]["breakdown"]["rows"].as_array().unwrap().iter().map(|row| row["value"].clone()).collect();
    assert_eq!(tokens, [json!(800), json!(600), json!(0)]);
    let r = ask("COST_MILLICENTS").await;
    assert_eq!(r["data"]["usageSummary"]["current"]["totals"]["costMillicents"], 14000);
    assert_eq!(r["data"]["breakdown"]["total"], 14000);

    // And no breakdown of this scope, under any measure, exceeds its headline.
    assert_breakdowns_within_headline(&app, &owner.token, ws, day(D1), day(D2)).await;
}

crate::on_both_backends!(interactions_by_model_sum_to_the_headline);
