//! What each measure means per tool (`domain::definitions`): acceptance by lines over the tools
//! that report acceptance only, Copilot's accepted lines without agent edits, null (not 0) for a
//! measure a tool does not report, defaults every tool reports, and a vendor field named in every
//! measure's description.
//!
//! Mixed dataset (workspace "Mixed", one day, 2024-04-01), as each normaliser would store it:
//!
//! | tool        | actor     | lines added | suggested | accepted | other                          |
//! |-------------|-----------|-------------|-----------|----------|--------------------------------|
//! | Claude Code | alice@x.io| 100         | —         | —        | sessions 2, cost 700           |
//! | Copilot     | alice-gh  | 50          | 40        | 30       | interactions 3 (no cost)       |
//! | Cursor      | bob@x.io  | 60          | 60        | 39       | interactions 5, cost 250       |

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, Provider, ProviderDay,
};
use ai_usage::providers::copilot::CopilotClient;
use ai_usage::providers::{ProviderConfig, Scope};
use ai_usage::storage::{Db, day_writer};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{Account, TestApp, keyless_integration};
use crate::fake_vendor::{FakeVendor, Reply, fast_policy, fixture_json};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn actor(who: &str, measures: Measures, breakdowns: Vec<Breakdown>) -> ActorDay {
    let kind = if who.contains('@') { ActorKind::Email } else { ActorKind::Login };
    ActorDay {
        actor: ActorKey { kind, identifier: who.into(), external_id: None },
        active: true,
        measures,
        breakdowns,
        teams: vec![],
    }
}

async fn write(db: &Db, integration_id: i64, day: &str, actors: Vec<ActorDay>) {
    let day = ProviderDay { day: d(day), actors, raw: vec![] };
    day_writer::write_day(db, integration_id, &day, "USD", Utc::now().naive_utc()).await.unwrap();
}

struct Workspace {
    app: TestApp,
    ws: String,
    owner: Account,
}

impl Workspace {
    async fn new(backend: &str, name: &str) -> (Workspace, i64) {
        let app = TestApp::spawn(backend).await;
        let owner = app.sign_up("owner@x.io").await;
        let id = app.create_workspace(&owner, name).await;
        (Workspace { app, ws: id.to_string(), owner }, id)
    }

    async fn q(&self, doc: &str, vars: Value) -> Value {
        let mut vars = vars;
        vars["ws"] = json!(self.ws);
        let r = self.app.gql_as(Some(&self.owner.token), doc, vars).await;
        assert!(r["errors"].is_null(), "{r}");
        r["data"].clone()
    }
}

/// The mixed dataset of the module comment.
async fn mixed(backend: &str) -> Workspace {
    let (w, id) = Workspace::new(backend, "Mixed").await;
    let db = w.app.db().clone();
    let (claude, copilot, cursor) = (
        keyless_integration(&db, id, Provider::ClaudeCode).await,
        keyless_integration(&db, id, Provider::Copilot).await,
        keyless_integration(&db, id, Provider::Cursor).await,
    );
    let claude_day = Measures { lines_added: 100, sessions: 2, cost_millicents: 700, ..Measures::default() };
    write(&db, claude, "2024-04-01", vec![actor("alice@x.io", claude_day, vec![])]).await;
    let copilot_day = Measures {
        interactions: 3,
        lines_added: 50,
        lines_suggested: 40,
        lines_accepted: 30,
        ..Measures::default()
    };
    write(&db, copilot, "2024-04-01", vec![actor("alice-gh", copilot_day, vec![])]).await;
    let cursor_day = Measures {
        interactions: 5,
        lines_added: 60,
        lines_suggested: 60,
        lines_accepted: 39,
        cost_millicents: 250,
        ..Measures::default()
    };
    write(&db, cursor, "2024-04-01", vec![actor("bob@x.io", cursor_day, vec![])]).await;
    w
}

const SUMMARY: &str = "query($ws: ID!, $f: UsageFilter) {
  usageSummary(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-01\"}, filter: $f) {
    current { totals { linesAdded linesSuggested linesAccepted interactions costMillicents sessions }
              acceptanceRateByLines topTool } } }";

async fn acceptance_by_lines_over_mixed_tools(backend: &str) {
    let w = mixed(backend).await;
    let summary = |f: Value| w.q(SUMMARY, json!({ "f": f }));
    let cur = summary(Value::Null).await["usageSummary"]["current"].clone();
    // Only Copilot and Cursor report acceptance: (30 + 39) / (40 + 60) = 69 / 100 = 0.69. Claude
    // Code's 100 lines are in neither (over every tool's lines added it would be 69 / 210).
    assert_eq!(cur["acceptanceRateByLines"].as_f64(), Some(0.69), "{cur}");
    assert_eq!(cur["totals"]["linesAdded"], 210);
    assert_eq!(cur["totals"]["linesSuggested"], 100);
    assert_eq!(cur["totals"]["linesAccepted"], 69);
    // Copilot alone: 30 / 40.
    let copilot = summary(json!({ "providers": ["COPILOT"] })).await["usageSummary"]["current"].clone();
    assert_eq!(copilot["acceptanceRateByLines"].as_f64(), Some(0.75));
    // Claude Code alone reports no acceptance: null, not 0.0, and so are its lines accepted.
    let claude = summary(json!({ "providers": ["CLAUDE_CODE"] })).await["usageSummary"]["current"].clone();
    assert!(claude["acceptanceRateByLines"].is_null(), "{claude}");
    assert!(claude["totals"]["linesAccepted"].is_null());
    assert!(claude["totals"]["linesSuggested"].is_null());
    assert_eq!(claude["totals"]["linesAdded"], 100);
}

const USERS: &str = "/orgs/acme/copilot/metrics/reports/users-1-day";
const TEAMS: &str = "/orgs/acme/copilot/metrics/reports/user-teams-1-day";

/// One Copilot user's day with agent edits: 40 lines suggested; 50 added, of which 20 by the
/// `agent_edit` feature (which the suggestion fields never count), 24 by completions and 6 by
/// the edit-mode chat.
fn agent_edit_day() -> String {
    let c = |suggested: i64, added: i64| {
        json!({ "loc_suggested_to_add_sum": suggested, "loc_added_sum": added, "loc_deleted_sum": 0,
                "code_generation_activity_count": if suggested > 0 { 6 } else { 0 },
                "code_acceptance_activity_count": if suggested > 0 { 3 } else { 0 } })
    };
    let with = |mut base: Value, extra: Value| {
        base.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        base
    };
    json!({
        "day": "2025-11-03", "user_id": 7, "user_login": "dev-gh", "organization_id": "999",
        "user_initiated_interaction_count": 0, "code_generation_activity_count": 12,
        "code_acceptance_activity_count": 6, "loc_suggested_to_add_sum": 40, "loc_added_sum": 50,
        "loc_deleted_sum": 5,
        "totals_by_feature": [
            with(c(30, 24), json!({ "feature": "code_completion" })),
            with(c(10, 6), json!({ "feature": "chat_panel_edit_mode" })),
            with(c(0, 20), json!({ "feature": "agent_edit" })),
        ],
        "totals_by_language_feature": [
            with(c(30, 24), json!({ "language": "rust", "feature": "code_completion" })),
            with(c(0, 20), json!({ "language": "rust", "feature": "agent_edit" })),
        ],
    })
    .to_string()
}

async fn copilot_lines_suggested_vs_accepted_on_an_agent_edit_day(backend: &str) {
    let fake = FakeVendor::start().await;
    let mut links = fixture_json("copilot_usage_report_links_1day.json");
    links["download_links"] = json!([format!("{}/dl/users.json", fake.base_url)]);
    fake.on(USERS, Reply::json(links.to_string()));
    fake.on("/dl/users.json", Reply::json(agent_edit_day()));
    fake.on(TEAMS, Reply::status(204, ""));
    let mut config = ProviderConfig::new(&fake.base_url, "ghp_test_secret_token_123");
    config.scope = Some(Scope::Organization("acme".into()));
    config.retry = fast_policy();
    config.egress = ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).unwrap();
    let day = CopilotClient::new(config).unwrap().fetch_day(d("2025-11-03")).await.unwrap();

    let (w, id) = Workspace::new(backend, "Copilot").await;
    let copilot = keyless_integration(w.app.db(), id, Provider::Copilot).await;
    day_writer::write_day(w.app.db(), copilot, &day, "USD", Utc::now().naive_utc()).await.unwrap();

    let doc = "query($ws: ID!) {
      usageSummary(workspaceId: $ws, range: {from: \"2025-11-03\", to: \"2025-11-03\"}) {
        current { totals { linesAdded linesSuggested linesAccepted } acceptanceRateByLines } }
      features: breakdown(workspaceId: $ws, range: {from: \"2025-11-03\", to: \"2025-11-03\"},
        dimension: FEATURE, metric: LINES_ACCEPTED) { rows { key value } }
      languages: breakdown(workspaceId: $ws, range: {from: \"2025-11-03\", to: \"2025-11-03\"},
        dimension: LANGUAGE) { metric total rows { key value } } }";
    let r = w.q(doc, json!({})).await;
    let cur = &r["usageSummary"]["current"];
    // Accepted = loc_added_sum − agent_edit lines = 50 − 20 = 30, over 40 suggested: 0.75 ≤ 1
    // (counting agent edits as accepted would give 50 / 40 = 1.25).
    assert_eq!(cur["totals"], json!({ "linesAdded": 50, "linesSuggested": 40, "linesAccepted": 30 }));
    assert_eq!(cur["acceptanceRateByLines"].as_f64(), Some(0.75));
    assert!(cur["acceptanceRateByLines"].as_f64().unwrap() <= 1.0);
    // Per feature: completions 24, edit-mode chat 6, agent edits none accepted.
    assert_eq!(
        r["features"]["rows"],
        json!([
            { "key": "code_completion", "value": 24 },
            { "key": "chat_panel_edit_mode", "value": 6 },
            { "key": "agent_edit", "value": 0 },
        ])
    );
    // Languages by the default metric (person-days): rust 1, not the all-zero interactions
    // Copilot's language rows never carry.
    assert_eq!(r["languages"]["metric"], "ACTIVE_DAYS");
    assert_eq!(r["languages"]["total"], 1);
    assert_eq!(r["languages"]["rows"], json!([{ "key": "rust", "value": 1 }]));
}

/// Claude Code only, 2024-04-01..04-04, as its normaliser stores it (no interactions):
/// 04-01 alice (opus) and bob (sonnet), 04-02 alice (opus), 04-03 nobody, 04-04 bob (sonnet).
async fn a_claude_code_only_workspace(backend: &str) {
    let (w, id) = Workspace::new(backend, "Claude only").await;
    let db = w.app.db().clone();
    let claude = keyless_integration(&db, id, Provider::ClaudeCode).await;
    let used = |who: &str, model: &str| {
        let m = Measures { sessions: 1, lines_added: 10, output_tokens: 100, ..Measures::default() };
        actor(who, m, vec![Breakdown { dimension: Dimension::Model, value: model.into(), measures: m }])
    };
    write(&db, claude, "2024-04-01", vec![used("alice@x.io", "opus"), used("bob@x.io", "sonnet")]).await;
    write(&db, claude, "2024-04-02", vec![used("alice@x.io", "opus")]).await;
    write(&db, claude, "2024-04-04", vec![used("bob@x.io", "sonnet")]).await;
    let doc = "query($ws: ID!) {
      activityHeatmap(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-04\"}) { metric cells { count level } }
      usageSummary(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-04\"}) {
        current { topTool acceptanceRateByLines totals { interactions sessions } } }
      people(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-04\"}) { orderBy rows { value subject { label } } }
      providers: breakdown(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-04\"}, dimension: PROVIDER) { total rows { key value } }
      models: breakdown(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-04\"}, dimension: MODEL) { rows { key value } } }";
    let r = w.q(doc, json!({})).await;
    // Heatmap by active days: 2, 1, 0, 1 (non-zero on every day someone used it).
    assert_eq!(r["activityHeatmap"]["metric"], "ACTIVE_DAYS");
    let counts: Vec<Value> =
        r["activityHeatmap"]["cells"].as_array().unwrap().iter().map(|c| c["count"].clone()).collect();
    assert_eq!(counts, [json!(2), json!(1), json!(0), json!(1)]);
    assert!(r["activityHeatmap"]["cells"][0]["level"].as_i64().unwrap() > 0);
    // The top tool by active days (2 + 1 + 1 = 4) is Claude Code; it reports no prompts, so
    // interactions are null, as is acceptance; sessions 1 + 1 + 1 + 1 = 4.
    let cur = &r["usageSummary"]["current"];
    assert_eq!(cur["topTool"], "CLAUDE_CODE");
    assert!(cur["acceptanceRateByLines"].is_null());
    assert_eq!(cur["totals"], json!({ "interactions": null, "sessions": 4 }));
    // The leaderboard ranks by active days: alice 2 (04-01, 04-02), bob 2 (04-01, 04-04).
    assert_eq!(r["people"]["orderBy"], "ACTIVE_DAYS");
    let values: Vec<&Value> = r["people"]["rows"].as_array().unwrap().iter().map(|x| &x["value"]).collect();
    assert_eq!(values, [&json!(2), &json!(2)]);
    assert_eq!(r["providers"], json!({ "total": 4, "rows": [{ "key": "claude_code", "value": 4 }] }));
    // Models by person-days: opus 2 (alice twice), sonnet 2 (bob twice).
    assert_eq!(r["models"]["rows"], json!([{ "key": "opus", "value": 2 }, { "key": "sonnet", "value": 2 }]));
}

async fn an_unreported_measure_is_null_per_tool(backend: &str) {
    let w = mixed(backend).await;
    let doc = "query($ws: ID!) {
      usageSeries(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-01\"}, granularity: DAY,
        metrics: [INTERACTIONS, COST_MILLICENTS, SESSIONS, ACTIVE_DAYS], splitByProvider: true) {
        lines { provider points { values } } }
      people(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-01\"}) {
        rows { subject { label } tools { provider totals { interactions costMillicents sessions } } } }
      breakdown(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-01\"}, dimension: PROVIDER,
        metric: COST_MILLICENTS) { total rows { key value share } }
      copilot: usageSummary(workspaceId: $ws, range: {from: \"2024-04-01\", to: \"2024-04-01\"},
        filter: {providers: [COPILOT]}) { current { totals { costMillicents cacheReadTokens commits interactions } } }
      dailyUsage(workspaceId: $ws, from: \"2024-04-01\", to: \"2024-04-01\") { actor totals { interactions costMillicents } } }";
    let r = w.q(doc, json!({})).await;
    // Per tool: Claude Code has no interactions, Copilot no cost, Cursor no sessions: null. What
    // a tool reports is a number even when 0 (Copilot's sessions).
    let lines = r["usageSeries"]["lines"].as_array().unwrap();
    let values: Vec<(Value, Value)> =
        lines.iter().map(|l| (l["provider"].clone(), l["points"][0]["values"].clone())).collect();
    assert_eq!(
        values,
        [
            (json!("CLAUDE_CODE"), json!([null, 700, 2, 1])),
            (json!("COPILOT"), json!([3, null, 0, 1])),
            (json!("CURSOR"), json!([5, 250, null, 1])),
        ]
    );
    let mut tools: Vec<(Value, Value)> = vec![];
    for row in r["people"]["rows"].as_array().unwrap() {
        for t in row["tools"].as_array().unwrap() {
            tools.push((t["provider"].clone(), t["totals"].clone()));
        }
    }
    tools.sort_by_key(|(p, _)| p.as_str().unwrap().to_owned());
    assert_eq!(
        tools,
        [
            (json!("CLAUDE_CODE"), json!({ "interactions": null, "costMillicents": 700, "sessions": 2 })),
            (json!("COPILOT"), json!({ "interactions": 3, "costMillicents": null, "sessions": 0 })),
            (json!("CURSOR"), json!({ "interactions": 5, "costMillicents": 250, "sessions": null })),
        ]
    );
    // Cost by tool: Claude Code 700, Cursor 250, Copilot null (last); total 950.
    assert_eq!(
        r["breakdown"],
        json!({ "total": 950, "rows": [
            { "key": "claude_code", "value": 700, "share": 700.0 / 950.0 },
            { "key": "cursor", "value": 250, "share": 250.0 / 950.0 },
            { "key": "copilot", "value": null, "share": null },
        ] })
    );
    // Copilot alone: no cost, cache or commits at all; interactions 3.
    assert_eq!(
        r["copilot"]["current"]["totals"],
        json!({ "costMillicents": null, "cacheReadTokens": null, "commits": null, "interactions": 3 })
    );
    let mut rows: Vec<Value> = r["dailyUsage"].as_array().unwrap().clone();
    rows.sort_by_key(|x| x["actor"].as_str().unwrap().to_owned());
    assert_eq!(
        rows,
        [
            json!({ "actor": "alice-gh", "totals": { "interactions": 3, "costMillicents": null } }),
            json!({ "actor": "alice@x.io", "totals": { "interactions": null, "costMillicents": 700 } }),
            json!({ "actor": "bob@x.io", "totals": { "interactions": 5, "costMillicents": 250 } }),
        ]
    );
}

/// The text after `label: ` in `description` names a vendor field (in backticks) or says it is
/// not reported.
fn names_a_field(description: &str, label: &str) -> bool {
    let prefix = format!("{label}: ");
    description.lines().filter_map(|line| line.strip_prefix(&prefix)).any(|rest| {
        let rest = rest.trim();
        rest.starts_with("not reported") || rest.matches('`').count() >= 2
    })
}

async fn every_measure_description_names_a_vendor_field_per_tool(backend: &str) {
    let (w, _) = Workspace::new(backend, "Docs").await;
    let doc = "query {
      metric: __type(name: \"Metric\") { enumValues { name description } }
      totals: __type(name: \"UsageTotals\") { fields { name description } }
      daily: __type(name: \"DailyUsageRow\") { fields { name type { name ofType { name } } } } }";
    let r = w.app.gql_as(Some(&w.owner.token), doc, json!({})).await["data"].clone();
    let mut described: Vec<(String, String)> = vec![];
    for v in r["metric"]["enumValues"].as_array().unwrap() {
        described.push((format!("Metric.{}", v["name"]), v["description"].as_str().unwrap_or("").into()));
    }
    for f in r["totals"]["fields"].as_array().unwrap() {
        described
            .push((format!("UsageTotals.{}", f["name"]), f["description"].as_str().unwrap_or("").into()));
    }
    // A daily row's measures are its `totals`, described above.
    let daily: Vec<&Value> = r["daily"]["fields"].as_array().unwrap().iter().collect();
    let type_of =
        |f: &Value| f["type"]["name"].as_str().or(f["type"]["ofType"]["name"].as_str()).map(str::to_owned);
    assert!(
        daily.iter().any(|f| f["name"] == "totals" && type_of(f).as_deref() == Some("UsageTotals")),
        "{daily:?}"
    );
    assert!(
        daily.iter().all(|f| type_of(f).as_deref() != Some("BigInt")),
        "a flat measure is back: {daily:?}"
    );
    // 20 metrics, 18 totals.
    assert_eq!(described.len(), 20 + 18, "{described:?}");
    for (what, description) in &described {
        for label in ["Claude Code", "Copilot", "Cursor"] {
            assert!(names_a_field(description, label), "{what} names no {label} field: {description:?}");
        }
    }
    // The definitions the issue found untrue.
    let of = |what: &str| &described.iter().find(|(w, _)| w == what).unwrap().1;
    assert!(
        of("Metric.\"INTERACTIONS\"")
            .contains("Claude Code: not reported (the Claude Code Analytics API has no prompt count")
    );
    assert!(of("Metric.\"SESSIONS\"").contains("Copilot: `totals_by_cli.session_count`"));
    assert!(
        of("UsageTotals.\"inputTokens\"").contains("Copilot: `totals_by_cli.token_usage.prompt_tokens_sum`")
    );
    assert!(of("Metric.\"TOOL_ACCEPTED\"").contains("summed over every tool type"));
    assert!(of("Metric.\"TOOL_ACCEPTED\"").contains("Cursor: `totalAccepts`"));
    assert!(of("Metric.\"COST_MILLICENTS\"").contains("every usage event's `chargedCents`"));
    assert!(of("Metric.\"COST_MILLICENTS\"").contains("overall spend"));
}

on_both_backends!(
    acceptance_by_lines_over_mixed_tools,
    copilot_lines_suggested_vs_accepted_on_an_agent_edit_day,
    a_claude_code_only_workspace,
    an_unreported_measure_is_null_per_tool,
    every_measure_description_names_a_vendor_field_per_tool,
);
