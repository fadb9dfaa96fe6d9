//! The analytics API against small datasets whose figures are worked out by hand in comments.
//!
//! Dataset (workspace "Team"), all actors active on the days they appear:
//!
//! | day        | Claude Code (A)                     | Copilot (B), team core          | Cursor (C)      |
//! |------------|-------------------------------------|---------------------------------|-----------------|
//! | 2023-12-31 |                                     |                                 | bob 7           |
//! | 2024-01-01 |                                     |                                 | bob 3           |
//! | 2024-02-28 | alice 10 (opus, out 100, ¢50) bob 5 (sonnet, out 50, ¢20) |           |                 |
//! | 2024-02-29 | alice 4 (opus, out 40, ¢10)         | alice-gh 3 (shown 10 acc 4, lines 20/8) | alice 1 |
//! | 2024-03-01 |                                     | alice-gh 2 (shown 10 acc 6, lines 10/5) |         |
//! | 2024-03-02 | bob 6 (sonnet, out 60, ¢30)         |                                 |                 |
//!
//! (numbers are interactions; ¢ is cost in millicents). `alice@x.io` and `bob@x.io` become persons
//! automatically; the GitHub login `alice-gh` is nobody until an admin links it to Alice.

use crate::common;

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, Provider, ProviderDay,
};
use ai_usage::storage::{self, Db, day_writer};
use chrono::{Days, NaiveDate, Utc};
use common::{Account, TestApp, keyless_integration};
use serde_json::{Value, json};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

struct Use {
    who: &'static str,
    interactions: i64,
    output_tokens: i64,
    cost: i64,
    shown: i64,
    accepted: i64,
    lines: (i64, i64),
    model: Option<&'static str>,
    team: Option<&'static str>,
    active: bool,
}

fn u(who: &'static str, interactions: i64) -> Use {
    Use {
        who,
        interactions,
        output_tokens: 0,
        cost: 0,
        shown: 0,
        accepted: 0,
        lines: (0, 0),
        model: None,
        team: None,
        active: true,
    }
}

async fn write(db: &Db, integration_id: i64, day: &str, uses: Vec<Use>) {
    let actors = uses
        .into_iter()
        .map(|x| {
            let measures = Measures {
                interactions: x.interactions,
                output_tokens: x.output_tokens,
                cost_millicents: x.cost,
                suggestions_shown: x.shown,
                suggestions_accepted: x.accepted,
                lines_added: x.lines.0,
                // The fixture's Copilot lines were all suggestions (no agent edits).
                lines_suggested: x.lines.0,
                lines_accepted: x.lines.1,
                ..Measures::default()
            };
            let kind = if x.who.contains('@') { ActorKind::Email } else { ActorKind::Login };
            ActorDay {
                actor: ActorKey { kind, identifier: x.who.into(), external_id: None },
                active: x.active,
                measures,
                breakdowns: x
                    .model
                    .map(|m| Breakdown { dimension: Dimension::Model, value: m.into(), measures })
                    .into_iter()
                    .collect(),
                teams: x.team.map(String::from).into_iter().collect(),
            }
        })
        .collect();
    let day = ProviderDay { day: d(day), actors, raw: vec![] };
    day_writer::write_day(db, integration_id, &day, "USD", Utc::now().naive_utc()).await.unwrap();
}

struct World {
    app: TestApp,
    ws: String,
    owner: Account,
    viewer: Account,
    bob: Account,
    claude: i64,
}

async fn world(backend: &str) -> World {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let viewer = app.sign_up("viewer@x.io").await;
    let bob = app.sign_up("bob@x.io").await;
    let ws_id = app.create_workspace(&owner, "Team").await;
    app.add_member(&owner, ws_id, &viewer, "viewer@x.io", "VIEWER").await;
    app.add_member(&owner, ws_id, &bob, "bob@x.io", "MEMBER").await;
    let db = app.db().clone();
    let (claude, copilot, cursor) = (
        keyless_integration(&db, ws_id, Provider::ClaudeCode).await,
        keyless_integration(&db, ws_id, Provider::Copilot).await,
        keyless_integration(&db, ws_id, Provider::Cursor).await,
    );
    write(&db, cursor, "2023-12-31", vec![u("bob@x.io", 7)]).await;
    write(&db, cursor, "2024-01-01", vec![u("bob@x.io", 3)]).await;
    let c = |who, i, out, cost, model| Use { output_tokens: out, cost, model: Some(model), ..u(who, i) };
    write(
        &db,
        claude,
        "2024-02-28",
        vec![c("alice@x.io", 10, 100, 50, "opus"), c("bob@x.io", 5, 50, 20, "sonnet")],
    )
    .await;
    write(&db, claude, "2024-02-29", vec![c("alice@x.io", 4, 40, 10, "opus")]).await;
    write(&db, claude, "2024-03-02", vec![c("bob@x.io", 6, 60, 30, "sonnet")]).await;
    let g =
        |i, shown, acc, lines| Use { shown, accepted: acc, lines, team: Some("core"), ..u("alice-gh", i) };
    write(&db, copilot, "2024-02-29", vec![g(3, 10, 4, (20, 8))]).await;
    write(&db, copilot, "2024-03-01", vec![g(2, 10, 6, (10, 5))]).await;
    write(&db, cursor, "2024-02-29", vec![u("alice@x.io", 1)]).await;
    World { app, ws: ws_id.to_string(), owner, viewer, bob, claude }
}

impl World {
    async fn q(&self, who: &Account, doc: &str, vars: Value) -> Value {
        let mut vars = vars;
        vars["ws"] = json!(self.ws);
        let r = self.app.gql_as(Some(&who.token), doc, vars).await;
        assert!(r["errors"].is_null(), "{r}");
        r["data"].clone()
    }

    async fn code(&self, who: &Account, doc: &str) -> String {
        let r = self.app.gql_as(Some(&who.token), doc, json!({ "ws": self.ws })).await;
        r["errors"][0]["extensions"]["code"].as_str().unwrap_or("none").to_owned()
    }
}

const SERIES: &str = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate, $g: Granularity!, $split: Boolean) {
  usageSeries(workspaceId: $ws, range: {from: $from, to: $to}, granularity: $g,
              metrics: [INTERACTIONS, ACTIVE_USERS, COST_MILLICENTS], splitByProvider: $split) {
    lines { provider points { start end values } } } }";

fn points(data: &Value, line: usize) -> Vec<(String, Vec<i64>)> {
    data["usageSeries"]["lines"][line]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["start"].as_str().unwrap().to_owned(),
                p["values"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect(),
            )
        })
        .collect()
}

fn p(start: &str, values: [i64; 3]) -> (String, Vec<i64>) {
    (start.to_owned(), values.to_vec())
}

async fn series_follow_days_iso_weeks_and_months(backend: &str) {
    let w = world(backend).await;
    let series = |from: &str, to: &str, g: &str, split: bool| json!({ "from": from, "to": to, "g": g, "split": split });
    // Days 02-27..03-03; interactions 0, 10+5, 4+3+1, 2, 6, 0; active people: 02-28 {alice, bob},
    // 02-29 {alice, alice-gh (not linked yet)}, 03-01 {alice-gh}, 03-02 {bob}; cost 0, 70, 10, 0, 30, 0.
    let data = w.q(&w.owner, SERIES, series("2024-02-27", "2024-03-03", "DAY", false)).await;
    assert_eq!(
        points(&data, 0),
        vec![
            p("2024-02-27", [0, 0, 0]),
            p("2024-02-28", [15, 2, 70]),
            p("2024-02-29", [8, 2, 10]),
            p("2024-03-01", [2, 1, 0]),
            p("2024-03-02", [6, 1, 30]),
            p("2024-03-03", [0, 0, 0]),
        ]
    );
    // One ISO week (Mon 02-26 .. Sun 03-03): 31 interactions, people {alice, bob, alice-gh} = 3.
    let data = w.q(&w.owner, SERIES, series("2024-02-27", "2024-03-03", "WEEK", false)).await;
    assert_eq!(points(&data, 0), vec![p("2024-02-26", [31, 3, 110])]);
    assert_eq!(data["usageSeries"]["lines"][0]["points"][0]["end"], "2024-03-03");
    // Months: February (leap, ends 02-29) 15+8 = 23, people 3; March 2+6 = 8, people {alice-gh, bob}.
    let data = w.q(&w.owner, SERIES, series("2024-02-27", "2024-03-03", "MONTH", false)).await;
    assert_eq!(points(&data, 0), vec![p("2024-02-01", [23, 3, 80]), p("2024-03-01", [8, 2, 30])]);
    assert_eq!(data["usageSeries"]["lines"][0]["points"][0]["end"], "2024-02-29");
    // Across a year: Sun 2023-12-31 belongs to the week of Mon 12-25, Mon 2024-01-01 starts the next.
    let data = w.q(&w.owner, SERIES, series("2023-12-30", "2024-01-02", "WEEK", false)).await;
    assert_eq!(points(&data, 0), vec![p("2023-12-25", [7, 1, 0]), p("2024-01-01", [3, 1, 0])]);
    let data = w.q(&w.owner, SERIES, series("2023-12-30", "2024-01-02", "MONTH", false)).await;
    assert_eq!(points(&data, 0), vec![p("2023-12-01", [7, 1, 0]), p("2024-01-01", [3, 1, 0])]);
    // Split by provider, leap day only: Claude Code reports no interactions (null, whatever is
    // stored), Copilot 3 (alice-gh) and no cost (null), Cursor 1 (alice).
    let data = w.q(&w.owner, SERIES, series("2024-02-29", "2024-02-29", "DAY", true)).await;
    assert_eq!(data["usageSeries"]["lines"][0]["provider"], "CLAUDE_CODE");
    let values = |line: usize| data["usageSeries"]["lines"][line]["points"][0]["values"].clone();
    assert_eq!(values(0), json!([null, 1, 10]));
    assert_eq!(values(1), json!([3, 1, null]));
    assert_eq!(values(2), json!([1, 1, 0]));
    // An empty range still has its buckets.
    let data = w.q(&w.owner, SERIES, series("2025-01-01", "2025-01-03", "DAY", false)).await;
    assert_eq!(points(&data, 0).len(), 3);
    assert!(points(&data, 0).iter().all(|(_, v)| v == &vec![0, 0, 0]));
}

const SUMMARY: &str = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate) {
  usageSummary(workspaceId: $ws, range: {from: $from, to: $to}) {
    current { from to totals { interactions outputTokens totalTokens costMillicents } activeDays activeUsers
              dau wau mau currentStreak longestStreak topTool acceptanceRateByCount acceptanceRateByLines }
    previous { from to totals { interactions } activeDays activeUsers currentStreak longestStreak topTool }
    change { interactions activeUsers interactionsRatio costRatio } } }";

async fn summary_heatmap_and_streaks(backend: &str) {
    let w = world(backend).await;
    let s = w.q(&w.owner, SUMMARY, json!({ "from": "2024-02-27", "to": "2024-03-03" })).await["usageSummary"]
        .clone();
    let cur = &s["current"];
    // 31 interactions; output 100+50+40+60 = 250; cost 50+20+10+30 = 110.
    assert_eq!(
        cur["totals"],
        json!({ "interactions": 31, "outputTokens": 250, "totalTokens": 250, "costMillicents": 110 })
    );
    // Active days 02-28..03-02 = 4; 03-03 idle so the current streak is 0, the longest 4.
    assert_eq!(
        (cur["activeDays"].as_i64(), cur["currentStreak"].as_i64(), cur["longestStreak"].as_i64()),
        (Some(4), Some(0), Some(4))
    );
    // People {alice, bob, alice-gh}; nobody on 03-03; the 7 and 30 days ending 03-03 hold all three.
    assert_eq!(
        [&cur["activeUsers"], &cur["dau"], &cur["wau"], &cur["mau"]],
        [&json!(3), &json!(0), &json!(3), &json!(3)]
    );
    // By active days: Claude 2 (02-28) + 1 + 1 = 4 > Copilot 2 > Cursor 1.
    assert_eq!(cur["topTool"], "CLAUDE_CODE");
    // Suggestions (4+6)/(10+10) = 0.5; lines (8+5)/(20+10) = 13/30.
    assert_eq!(cur["acceptanceRateByCount"].as_f64(), Some(0.5));
    assert!((cur["acceptanceRateByLines"].as_f64().unwrap() - 13.0 / 30.0).abs() < 1e-12);
    // The range is 6 days (02-27..03-03), so the previous period is 02-21..02-26, which had
    // nothing: deltas are the current figures, ratios null.
    assert_eq!(s["previous"]["from"], "2024-02-21");
    assert_eq!(s["previous"]["to"], "2024-02-26");
    assert_eq!(s["previous"]["totals"]["interactions"], 0);
    assert!(s["previous"]["topTool"].is_null());
    assert_eq!(
        s["change"],
        json!({ "interactions": 31, "activeUsers": 3, "interactionsRatio": null, "costRatio": null })
    );

    // Single day 03-01 vs previous day 02-29: interactions 2 vs 8 → −6, ratio −0.75; streak 1.
    let s = w.q(&w.owner, SUMMARY, json!({ "from": "2024-03-01", "to": "2024-03-01" })).await["usageSummary"]
        .clone();
    assert_eq!(s["current"]["currentStreak"], 1);
    assert_eq!(s["current"]["dau"], 1);
    // WAU: 7 days ending 03-01 (02-24..03-01) hold alice, bob, alice-gh.
    assert_eq!(s["current"]["wau"], 3);
    assert_eq!(s["previous"]["totals"]["interactions"], 8);
    assert_eq!(s["change"]["interactions"], -6);
    assert_eq!(s["change"]["interactionsRatio"].as_f64(), Some(-0.75));
    // Streak ending at the range end: 02-28, 02-29, 03-01, 03-02 → 4.
    let s = w.q(&w.owner, SUMMARY, json!({ "from": "2024-02-28", "to": "2024-03-02" })).await["usageSummary"]
        .clone();
    assert_eq!(
        (s["current"]["currentStreak"].as_i64(), s["current"]["longestStreak"].as_i64()),
        (Some(4), Some(4))
    );

    let heat = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate) { activityHeatmap(workspaceId: $ws, range: {from: $from, to: $to}, metric: INTERACTIONS) { thresholds cells { day count level } } }";
    // Counts 0, 15, 8, 2, 6, 0. Non-zero sorted 2 6 8 15: nearest ranks 1, 2, 3 → thresholds 2, 6, 8.
    let h = w.q(&w.owner, heat, json!({ "from": "2024-02-27", "to": "2024-03-03" })).await["activityHeatmap"]
        .clone();
    assert_eq!(h["thresholds"], json!([2, 6, 8]));
    let levels: Vec<(i64, i64)> = h["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["count"].as_i64().unwrap(), c["level"].as_i64().unwrap()))
        .collect();
    assert_eq!(levels, vec![(0, 0), (15, 4), (8, 3), (2, 1), (6, 2), (0, 0)]);
    // The leap day alone: one non-zero day is level 1.
    let h = w.q(&w.owner, heat, json!({ "from": "2024-02-29", "to": "2024-02-29" })).await["activityHeatmap"]
        .clone();
    assert_eq!(h["cells"], json!([{ "day": "2024-02-29", "count": 8, "level": 1 }]));
    // Empty range: all level 0.
    let h = w.q(&w.owner, heat, json!({ "from": "2025-03-01", "to": "2025-03-02" })).await["activityHeatmap"]
        .clone();
    assert_eq!(h["thresholds"], json!([0, 0, 0]));
    assert!(h["cells"].as_array().unwrap().iter().all(|c| c["level"] == 0));
    // Ranges are checked: a per-day answer covers at most three years, and no range runs backwards.
    for (doc, from, to) in [(heat, "2020-01-01", "2024-01-01"), (SUMMARY, "2024-03-02", "2024-03-01")] {
        let r = w.app.gql_as(Some(&w.owner.token), doc, json!({ "ws": w.ws, "from": from, "to": to })).await;
        assert_eq!(r["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{doc} {from}..{to}");
    }
}

const BREAKDOWN: &str = "query($ws: ID!, $dim: BreakdownDimension!, $top: Int, $metric: Metric = INTERACTIONS) {
  breakdown(workspaceId: $ws, range: {from: \"2024-02-26\", to: \"2024-03-03\"}, dimension: $dim, top: $top, metric: $metric) {
    total hiddenGroups rows { key value share people subject { label } } other { key value } } }";

async fn breakdowns_people_and_access(backend: &str) {
    let w = world(backend).await;
    let b = |dim: &str, top: i64| json!({ "dim": dim, "top": top });
    // Providers by active days: Claude 2 + 1 + 1 = 4, Copilot 2, Cursor 1 (total 7); top 2
    // leaves Cursor in "other".
    let by_days = json!({ "dim": "PROVIDER", "top": 2, "metric": "ACTIVE_DAYS" });
    let r = w.q(&w.viewer, BREAKDOWN, by_days).await["breakdown"].clone();
    assert_eq!(r["total"], 7);
    assert_eq!(
        (r["rows"][0]["key"].as_str(), r["rows"][0]["value"].as_i64()),
        (Some("claude_code"), Some(4))
    );
    assert_eq!(r["rows"][0]["share"].as_f64(), Some(4.0 / 7.0));
    assert_eq!(r["other"], json!({ "key": "other", "value": 1 }));
    // Models: opus 10+4 = 14, sonnet 5+6 = 11.
    let r = w.q(&w.viewer, BREAKDOWN, b("MODEL", 10)).await["breakdown"].clone();
    assert_eq!(
        r["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| (x["key"].clone(), x["value"].clone()))
            .collect::<Vec<_>>(),
        vec![(json!("opus"), json!(14)), (json!("sonnet"), json!(11))]
    );
    assert!(r["other"].is_null());
    // Team core: alice-gh only, 3+2 = 5, one person.
    let r = w.q(&w.viewer, BREAKDOWN, b("TEAM", 10)).await["breakdown"].clone();
    assert_eq!((r["rows"][0]["value"].as_i64(), r["rows"][0]["people"].as_i64()), (Some(5), Some(1)));
    // People: alice 10+4+1 = 15, bob 5+6 = 11, alice-gh (unlinked) 5. The whole ISO week is in
    // range, so this reads the actor-week rollup; 02-27..03-03 reads only edge days: same numbers.
    let r = w.q(&w.owner, BREAKDOWN, b("PERSON", 10)).await["breakdown"].clone();
    let people: Vec<(Value, Value)> = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["subject"]["label"].clone(), x["value"].clone()))
        .collect();
    assert_eq!(
        people,
        vec![(json!("alice@x.io"), json!(15)), (json!("bob@x.io"), json!(11)), (json!("alice-gh"), json!(5))]
    );
    let edges = BREAKDOWN.replace("2024-02-26", "2024-02-27");
    let r2 = w.q(&w.owner, &edges, b("PERSON", 10)).await["breakdown"].clone();
    assert_eq!(r2["rows"], r["rows"]);

    // Access: viewers get aggregates, not per-person rows.
    let person_breakdown = "query($ws: ID!) { breakdown(workspaceId: $ws, dimension: PERSON) { total } }";
    assert_eq!(w.code(&w.viewer, person_breakdown).await, "FORBIDDEN");
    assert_eq!(
        w.code(&w.viewer, "query($ws: ID!) { people(workspaceId: $ws) { total } }").await,
        "FORBIDDEN"
    );
    // A member sees only their own row: bob 11.
    let r = w.q(&w.bob, BREAKDOWN, b("PERSON", 10)).await["breakdown"].clone();
    assert_eq!(r["total"], 11);
    assert_eq!(r["rows"].as_array().unwrap().len(), 1);
    let page = "query($ws: ID!) { people(workspaceId: $ws, range: {from: \"2024-02-26\", to: \"2024-03-03\"}) {
        total seats { assigned idle7Days } rows { rank value subject { label person { actors { identifier } } }
        tools { provider activeDays lastActiveDay } } } }";
    let r = w.q(&w.bob, page, json!({})).await["people"].clone();
    assert_eq!(r["total"], 1);
    // Ordered by the default, active days: Bob's 2.
    assert_eq!(r["rows"][0]["value"], 2);
    // Bob: Claude on 02-28 and 03-02 (2 days, last 03-02); Cursor not in this week.
    assert_eq!(
        r["rows"][0]["tools"],
        json!([{ "provider": "CLAUDE_CODE", "activeDays": 2, "lastActiveDay": "2024-03-02" }])
    );
    // No seats reported: zero, not an error.
    assert_eq!(r["seats"], json!({ "assigned": 0, "idle7Days": 0 }));
    // Filtering by person is for admins.
    assert_eq!(w.code(&w.viewer, "query($ws: ID!) { usageSummary(workspaceId: $ws, filter: {personIds: [\"1\"]}) { current { dau } } }").await, "FORBIDDEN");

    // A larger min group size hides team "core" (1 person) from non-admins, not from admins.
    w.q(
        &w.owner,
        "mutation($ws: ID!) { updateWorkspaceSettings(workspaceId: $ws, minGroupSize: 2) { id } }",
        json!({}),
    )
    .await;
    let r = w.q(&w.viewer, BREAKDOWN, b("TEAM", 10)).await["breakdown"].clone();
    assert_eq!((r["rows"].as_array().unwrap().len(), r["hiddenGroups"].as_i64()), (0, Some(1)));
    let r = w.q(&w.owner, BREAKDOWN, b("TEAM", 10)).await["breakdown"].clone();
    assert_eq!(r["rows"].as_array().unwrap().len(), 1);

    // Linking alice-gh to Alice: only admins; afterwards Alice has 15+5 = 20 and 02-29 has one person.
    let admin_people = w.q(&w.owner, page, json!({})).await["people"].clone();
    let alice = admin_people["rows"][0]["subject"].clone();
    assert_eq!(alice["label"], "alice@x.io");
    let actors = w.q(&w.owner, "query($ws: ID!) { breakdown(workspaceId: $ws, range: {from: \"2024-02-26\", to: \"2024-03-03\"}, dimension: PERSON, metric: INTERACTIONS) { rows { subject { personId actorId } } } }", json!({})).await;
    let rows = actors["breakdown"]["rows"].as_array().unwrap();
    let alice_id = rows[0]["subject"]["personId"].as_str().unwrap().to_owned();
    let gh_id = rows[2]["subject"]["actorId"].as_str().unwrap().to_owned();
    let link =
        format!("mutation {{ linkActor(actorId: \"{gh_id}\", personId: \"{alice_id}\") {{ personId }} }}");
    assert_eq!(w.code(&w.bob, &link).await, "FORBIDDEN");
    assert_eq!(w.q(&w.owner, &link, json!({})).await["linkActor"]["personId"], json!(alice_id));
    let r = w.q(&w.owner, BREAKDOWN, b("PERSON", 10)).await["breakdown"].clone();
    assert_eq!((r["rows"][0]["value"].as_i64(), r["rows"].as_array().unwrap().len()), (Some(20), 2));
    let data = w
        .q(&w.owner, SERIES, json!({ "from": "2024-02-29", "to": "2024-03-01", "g": "DAY", "split": false }))
        .await;
    assert_eq!(points(&data, 0), vec![p("2024-02-29", [8, 1, 10]), p("2024-03-01", [2, 1, 0])]);
    // Unlinking makes it its own person again, and automatic matching leaves it alone.
    w.q(&w.owner, &format!("mutation {{ unlinkActor(actorId: \"{gh_id}\") {{ id }} }}"), json!({})).await;
    let r = w.q(&w.owner, BREAKDOWN, b("PERSON", 10)).await["breakdown"].clone();
    assert_eq!(r["rows"].as_array().unwrap().len(), 3);
}

async fn rewriting_a_day_replaces_its_rollups(backend: &str) {
    let w = world(backend).await;
    let db = w.app.db().clone();
    let totals = "query($ws: ID!) { usageSummary(workspaceId: $ws, range: {from: \"2024-02-26\", to: \"2024-03-03\"}) { current { totals { interactions } activeUsers } } }";
    let before = w.q(&w.owner, totals, json!({})).await;
    let c = |who, i| Use { output_tokens: 0, model: Some("opus"), ..u(who, i) };
    // The same day again: nothing changes.
    write(
        &db,
        w.claude,
        "2024-02-28",
        vec![
            Use { output_tokens: 100, cost: 50, ..c("alice@x.io", 10) },
            Use { output_tokens: 50, cost: 20, model: Some("sonnet"), ..u("bob@x.io", 5) },
        ],
    )
    .await;
    assert_eq!(w.q(&w.owner, totals, json!({})).await, before);
    // Alice 10 → 20 and Bob gone on 02-28: 31 + 10 − 5 = 36; Bob still active on 03-02.
    write(&db, w.claude, "2024-02-28", vec![c("alice@x.io", 20)]).await;
    let after = w.q(&w.owner, totals, json!({})).await;
    assert_eq!(after["usageSummary"]["current"]["totals"]["interactions"], 36);
    assert_eq!(after["usageSummary"]["current"]["activeUsers"], 3);
    let r = w.q(&w.owner, BREAKDOWN, json!({ "dim": "MODEL", "top": 10 })).await["breakdown"].clone();
    // opus 20 + 4 = 24, sonnet 6.
    assert_eq!((r["rows"][0]["value"].as_i64(), r["rows"][1]["value"].as_i64()), (Some(24), Some(6)));
}

async fn fan_out_costs_a_bounded_number_of_statements(backend: &str) {
    let w = world(backend).await;
    let doc = "query($ws: ID!) { people(workspaceId: $ws, range: {from: \"2024-02-01\", to: \"2024-03-31\"}) {
        rows { subject { label person { displayName actors { identifier provider } } actor { identifier } } } } }";
    let url = w.app.test_db.url.clone();
    // Pool connections are opened lazily (and their set-up statements counted): warm up first.
    let count = async |w: &World| {
        w.q(&w.owner, doc, json!({})).await;
        w.q(&w.owner, doc, json!({})).await;
        let before = storage::statements_executed(&url);
        let data = w.q(&w.owner, doc, json!({})).await;
        (storage::statements_executed(&url) - before, data["people"]["rows"].as_array().unwrap().len())
    };
    let (small, rows) = count(&w).await;
    assert_eq!(rows, 3);
    let many: Vec<Use> = (0..12).map(|i| u(Box::leak(format!("p{i}@x.io").into_boxed_str()), 1)).collect();
    write(w.app.db(), w.claude, "2024-03-10", many).await;
    let (large, rows) = count(&w).await;
    assert_eq!(rows, 15);
    // The same statements for 5× the rows (a per-row query would add at least 12). Not `==`: the
    // loaders' batches run concurrently, and one of them may still open a pool connection whose
    // set-up statement is counted (seen once in CI on SQLite: 9 vs 8).
    assert!(large <= small + 2 && small <= large + 2, "statements for 3 rows: {small}, for 15 rows: {large}");
    // auth, role, the two aggregate statements, and a few loader batches.
    assert!(large <= 16, "{large} statements");
}

/// The charts of one dashboard request share what they have in common: the caller's role is read
/// once, and day totals of one scope once. Asking the same charts twice more (aliased) in the same
/// request costs no further statement; another request reads them again.
async fn charts_of_one_request_share_role_and_day_totals(backend: &str) {
    let w = world(backend).await;
    let charts = |n: usize| {
        let fields: String = (0..n)
            .map(|i| {
                format!(
                    "h{i}: activityHeatmap(workspaceId: $ws, range: $r) {{ cells {{ level }} }}
                     b{i}: breakdown(workspaceId: $ws, range: $r, dimension: PROVIDER) {{ total }}
                     s{i}: usageSeries(workspaceId: $ws, range: $r, granularity: WEEK, metrics: [INTERACTIONS]) {{ lines {{ points {{ values }} }} }} "
                )
            })
            .collect();
        format!("query($ws: ID!, $r: DateRange) {{ {fields} }}")
    };
    let vars = json!({ "r": { "from": "2024-02-01", "to": "2024-03-31" } });
    let url = w.app.test_db.url.clone();
    // The least of three requests: a request that happens to open a pool connection also pays
    // that connection's set-up statement (seen in CI on SQLite under load: 5 vs 4).
    let count = async |doc: &str| {
        w.q(&w.owner, doc, vars.clone()).await;
        let mut least = u64::MAX;
        let mut data = Value::Null;
        for _ in 0..3 {
            let before = storage::statements_executed(&url);
            data = w.q(&w.owner, doc, vars.clone()).await;
            least = least.min(storage::statements_executed(&url) - before);
        }
        (least, data)
    };
    let (once, data) = count(&charts(1)).await;
    let (thrice, again) = count(&charts(3)).await;
    // The session, the role, the scope's connected tools, the day totals.
    assert_eq!(once, 4, "one of each chart");
    assert_eq!(thrice, once, "three of each chart");
    assert_eq!(again["h2"], data["h0"]);
    assert_eq!(again["b1"], data["b0"]);
    assert_eq!(again["s2"], data["s0"]);
    assert!(data["b0"]["total"].as_i64().unwrap() > 0, "{data}");
}

/// Measures beyond GraphQL's 32-bit `Int` come back exact, typed `BigInt` in the schema.
async fn measures_beyond_32_bits_are_exact(backend: &str) {
    let w = world(backend).await;
    let tokens = 3_000_000_000_i64;
    for day in ["2024-06-01", "2024-06-02"] {
        write(w.app.db(), w.claude, day, vec![Use { output_tokens: tokens, ..u("alice@x.io", 1) }]).await;
    }
    let doc = "query($ws: ID!) { usageSummary(workspaceId: $ws, range: {from: \"2024-06-01\", to: \"2024-06-02\"}) {
        current { totals { outputTokens totalTokens } } }
      people(workspaceId: $ws, range: {from: \"2024-06-01\", to: \"2024-06-02\"}, orderBy: OUTPUT_TOKENS) { rows { value } }
      __type(name: \"UsageTotals\") { fields { name type { name } } } }";
    let r = w.q(&w.owner, doc, json!({})).await;
    let totals = &r["usageSummary"]["current"]["totals"];
    assert_eq!(totals["outputTokens"].as_i64(), Some(2 * tokens), "{r}");
    assert_eq!(totals["totalTokens"].as_i64(), Some(2 * tokens));
    assert_eq!(r["people"]["rows"][0]["value"].as_i64(), Some(2 * tokens));
    let fields = r["__type"]["fields"].as_array().unwrap();
    // Nullable: a measure no tool in scope reports is null.
    assert!(fields.iter().all(|f| f["type"]["name"] == "BigInt"), "{fields:?}");
}

async fn freshness_marks_final_provisional_and_missing(backend: &str) {
    let w = world(backend).await;
    let today = Utc::now().date_naive();
    let old = today - Days::new(10);
    write(w.app.db(), w.claude, &old.to_string(), vec![u("alice@x.io", 1)]).await;
    let doc = format!(
        "query($ws: ID!) {{ dataFreshness(workspaceId: $ws, range: {{from: \"{old}\", to: \"{today}\"}}, filter: {{providers: [CLAUDE_CODE]}}) {{
            integrations {{ lagDays finalDays provisionalDays missingDays days {{ status }} lastRun {{ id }} }} }} }}"
    );
    let r = w.q(&w.viewer, &doc, json!({})).await["dataFreshness"]["integrations"][0].clone();
    // 11 days: the written one is final, the last 2 (Claude Code's lag) provisional, 8 missing.
    assert_eq!(
        (r["finalDays"].as_i64(), r["provisionalDays"].as_i64(), r["missingDays"].as_i64()),
        (Some(1), Some(2), Some(8))
    );
    assert_eq!(r["days"][0]["status"], "FINAL");
    assert_eq!(r["days"][10]["status"], "PROVISIONAL");
    assert!(r["lastRun"].is_null());
}

/// Distinct-people figures from the workspace rollups (person-month bitmaps, per-day counts) equal
/// the same figures counted from `daily_usage` (a filter naming every tool takes that path), over
/// ranges that start and end mid-month, across a year end and a leap day, after rewrites and
/// after links and unlinks moved days between people.
async fn people_rollups_match_the_daily_rows(backend: &str) {
    let w = world(backend).await;
    let db = w.app.db().clone();
    let summary = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate, $f: UsageFilter) {
      usageSummary(workspaceId: $ws, range: {from: $from, to: $to}, filter: $f) {
        current { activeUsers dau wau mau } previous { activeUsers dau wau mau } } }";
    let all = json!({ "providers": ["CLAUDE_CODE", "COPILOT", "CURSOR"] });
    let check = async |label: &str| {
        for (from, to) in [
            ("2023-12-31", "2024-03-02"),
            ("2024-02-28", "2024-03-01"),
            ("2024-02-29", "2024-02-29"),
            ("2024-01-01", "2024-03-31"),
            ("2024-03-02", "2024-04-15"),
        ] {
            let v = |f: &Value| json!({ "from": from, "to": to, "f": f });
            let rolled = w.q(&w.owner, summary, v(&Value::Null)).await;
            let raw = w.q(&w.owner, summary, v(&all)).await;
            assert_eq!(rolled, raw, "{label}: summary {from}..{to}");
            for g in ["DAY", "WEEK", "MONTH"] {
                let series =
                    "query($ws: ID!, $from: NaiveDate, $to: NaiveDate, $g: Granularity!, $f: UsageFilter) {
                  usageSeries(workspaceId: $ws, range: {from: $from, to: $to}, granularity: $g,
                    metrics: [ACTIVE_USERS], filter: $f) { lines { points { start values } } } }";
                let v = |f: &Value| json!({ "from": from, "to": to, "g": g, "f": f });
                let rolled = w.q(&w.owner, series, v(&Value::Null)).await;
                let raw = w.q(&w.owner, series, v(&all)).await;
                assert_eq!(rolled, raw, "{label}: {g} series {from}..{to}");
            }
        }
    };
    check("as written").await;
    // Bob leaves 02-28, Carol arrives on 03-31 and the leap day.
    write(&db, w.claude, "2024-02-28", vec![u("alice@x.io", 2)]).await;
    write(&db, w.claude, "2024-03-31", vec![u("carol@x.io", 2)]).await;
    write(&db, w.claude, "2024-02-29", vec![u("alice@x.io", 4), u("carol@x.io", 1)]).await;
    check("rewritten").await;
    let people = w
        .q(&w.owner, "query($ws: ID!) { breakdown(workspaceId: $ws, range: {from: \"2023-12-01\", to: \"2024-04-30\"}, dimension: PERSON, top: 10) { rows { subject { label personId actorId } } } }", json!({}))
        .await;
    let rows = people["breakdown"]["rows"].as_array().unwrap().clone();
    let find = |label: &str| rows.iter().find(|r| r["subject"]["label"] == label).unwrap()["subject"].clone();
    let (gh, bob) = (find("alice-gh"), find("bob@x.io"));
    let gh_id = gh["actorId"].as_str().unwrap().to_owned();
    let bob_id = bob["personId"].as_str().unwrap().to_owned();
    // alice-gh becomes Bob: 02-29 and 03-01 move to him.
    let link =
        format!("mutation {{ linkActor(actorId: \"{gh_id}\", personId: \"{bob_id}\") {{ personId }} }}");
    w.q(&w.owner, &link, json!({})).await;
    check("linked").await;
    w.q(&w.owner, &format!("mutation {{ unlinkActor(actorId: \"{gh_id}\") {{ id }} }}"), json!({})).await;
    check("unlinked").await;
}

/// Claude Code in May 2024, as finally stored (interactions; output tokens are 10 per interaction;
/// carol's 05-03 row is inactive):
///
/// | day   | alice | bob | carol     |
/// |-------|-------|-----|-----------|
/// | 05-01 | 1     | 2   | 3         |
/// | 05-02 | 4     | 5   | 6         |
/// | 05-03 | 100   |     | 0 (inactive) |
/// | 05-04 | 10    | 11  |           |
/// | 05-05 | 12    |     | 13        |
///
/// Alice and Bob also have the February rows of the shared dataset, before every range here.
fn may_day(day: &str) -> Vec<Use> {
    let x = |who, i| Use { output_tokens: 10 * i, ..u(who, i) };
    match day {
        "2024-05-01" => vec![x("alice@x.io", 1), x("bob@x.io", 2), x("carol@x.io", 3)],
        "2024-05-02" => vec![x("alice@x.io", 4), x("bob@x.io", 5), x("carol@x.io", 6)],
        "2024-05-03" => vec![x("alice@x.io", 100), Use { active: false, ..x("carol@x.io", 0) }],
        "2024-05-04" => vec![x("alice@x.io", 10), x("bob@x.io", 11)],
        "2024-05-05" => vec![x("alice@x.io", 12), x("carol@x.io", 13)],
        _ => unreachable!(),
    }
}

/// A person's expected row: label, interactions, active days, last active day.
type Expected = (&'static str, i64, i64, Option<&'static str>);

const MAY: [&str; 5] = ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"];

/// `people` over May ranges equals the sums of the final rows in [`may_day`], worked out by hand:
/// (label, interactions, active days, last active day) by interactions, descending.
async fn check_may_people(w: &World, label: &str) {
    // Claude Code reports no interactions: its own totals say null; the row's totals (over every
    // connected tool) sum what is stored.
    let doc = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate) { people(workspaceId: $ws, range: {from: $from, to: $to}, orderBy: INTERACTIONS) {
        total rows { value totals { interactions } subject { label } tools { provider activeDays lastActiveDay totals { interactions outputTokens } } } } }";
    let cases: [(&str, &str, Vec<Expected>); 5] = [
        (
            "2024-05-02",
            "2024-05-04",
            // alice 4+100+10, bob 5+11, carol 6 (05-03 inactive).
            vec![
                ("alice@x.io", 114, 3, Some("2024-05-04")),
                ("bob@x.io", 16, 2, Some("2024-05-04")),
                ("carol@x.io", 6, 1, Some("2024-05-02")),
            ],
        ),
        // Carol's inactive row still makes her a row, with nothing in it; Bob has no row.
        (
            "2024-05-03",
            "2024-05-03",
            vec![("alice@x.io", 100, 1, Some("2024-05-03")), ("carol@x.io", 0, 0, None)],
        ),
        (
            "2024-05-01",
            "2024-05-05",
            vec![
                ("alice@x.io", 127, 5, Some("2024-05-05")),
                ("carol@x.io", 22, 3, Some("2024-05-05")),
                ("bob@x.io", 18, 3, Some("2024-05-04")),
            ],
        ),
        (
            "2024-05-04",
            "2024-05-31",
            vec![
                ("alice@x.io", 22, 2, Some("2024-05-05")),
                ("carol@x.io", 13, 1, Some("2024-05-05")),
                ("bob@x.io", 11, 1, Some("2024-05-04")),
            ],
        ),
        ("2024-05-06", "2024-05-31", vec![]),
    ];
    for (from, to, expected) in cases {
        let r = w.q(&w.owner, doc, json!({ "from": from, "to": to })).await["people"].clone();
        let got: Vec<(String, i64, i64, i64, Option<String>)> = r["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                let tools = row["tools"].as_array().unwrap();
                assert_eq!(tools.len(), 1, "{label} {from}..{to}: {row}");
                let t = &tools[0];
                assert_eq!(t["provider"], "CLAUDE_CODE");
                assert_eq!(row["value"], row["totals"]["interactions"]);
                assert!(t["totals"]["interactions"].is_null());
                (
                    row["subject"]["label"].as_str().unwrap().to_owned(),
                    row["totals"]["interactions"].as_i64().unwrap(),
                    t["totals"]["outputTokens"].as_i64().unwrap(),
                    t["activeDays"].as_i64().unwrap(),
                    t["lastActiveDay"].as_str().map(String::from),
                )
            })
            .collect();
        let want: Vec<(String, i64, i64, i64, Option<String>)> = expected
            .iter()
            .map(|(who, i, days, last)| (who.to_string(), *i, 10 * i, *days, last.map(String::from)))
            .collect();
        assert_eq!(got, want, "{label}: people {from}..{to}");
        assert_eq!(r["total"].as_i64(), Some(want.len() as i64), "{label}: total {from}..{to}");

        // Without totals selected only the ranking measure is read: same order, values and days.
        let ranking = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate) { people(workspaceId: $ws, range: {from: $from, to: $to}, orderBy: INTERACTIONS) {
            rows { rank value subject { label } tools { activeDays } } } }";
        let r = w.q(&w.owner, ranking, json!({ "from": from, "to": to })).await["people"].clone();
        let ranked: Vec<(i64, String, i64, i64)> = r["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                let label = row["subject"]["label"].as_str().unwrap().to_owned();
                (
                    row["rank"].as_i64().unwrap(),
                    label,
                    row["value"].as_i64().unwrap(),
                    row["tools"][0]["activeDays"].as_i64().unwrap(),
                )
            })
            .collect();
        let want_ranked: Vec<(i64, String, i64, i64)> =
            want.iter().enumerate().map(|(n, w)| (n as i64 + 1, w.0.clone(), w.1, w.3)).collect();
        assert_eq!(ranked, want_ranked, "{label}: ranking {from}..{to}");

        // A later page with totals: every measure of that page's people only.
        let page = "query($ws: ID!, $from: NaiveDate, $to: NaiveDate) { people(workspaceId: $ws, range: {from: $from, to: $to}, orderBy: INTERACTIONS, first: 1, offset: 1) {
            total rows { rank subject { label } totals { interactions outputTokens } } } }";
        let r = w.q(&w.owner, page, json!({ "from": from, "to": to })).await["people"].clone();
        let rows = r["rows"].as_array().unwrap();
        match want.get(1) {
            Some(second) => {
                assert_eq!(rows.len(), 1, "{label}: page {from}..{to}");
                assert_eq!(rows[0]["rank"], 2);
                assert_eq!(rows[0]["subject"]["label"], second.0.as_str());
                assert_eq!(rows[0]["totals"]["interactions"].as_i64(), Some(second.1));
                assert_eq!(rows[0]["totals"]["outputTokens"].as_i64(), Some(second.2));
            }
            None => assert!(rows.is_empty(), "{label}: page {from}..{to}: {r}"),
        }
        assert_eq!(r["total"].as_i64(), Some(want.len() as i64));
    }
}

/// Rewriting a middle day with other figures (and without one of its actors) changes the per-person
/// totals of every range over it, and of no range before it.
async fn people_totals_follow_a_rewritten_middle_day(backend: &str) {
    let w = world(backend).await;
    let db = w.app.db().clone();
    let x = |who, i| Use { output_tokens: 10 * i, ..u(who, i) };
    for day in MAY {
        if day == "2024-05-03" {
            // First version: Bob active, Carol active with 9, Alice 7.
            write(&db, w.claude, day, vec![x("alice@x.io", 7), x("bob@x.io", 8), x("carol@x.io", 9)]).await;
        } else {
            write(&db, w.claude, day, may_day(day)).await;
        }
    }
    write(&db, w.claude, "2024-05-03", may_day("2024-05-03")).await;
    check_may_people(&w, "rewritten").await;
    // The same day again changes nothing.
    write(&db, w.claude, "2024-05-03", may_day("2024-05-03")).await;
    check_may_people(&w, "rewritten twice").await;
}

/// Days written newest first (a backfill in reverse) give the same per-person totals.
async fn people_totals_with_days_written_newest_first(backend: &str) {
    let w = world(backend).await;
    for day in MAY.iter().rev() {
        write(w.app.db(), w.claude, day, may_day(day)).await;
    }
    check_may_people(&w, "newest first").await;
}

/// A gap filled after the days around it (Bob has no row on the filled day): people totals still
/// match, so everyone's running totals reach the new day.
async fn people_totals_when_a_middle_day_is_written_last(backend: &str) {
    let w = world(backend).await;
    for day in ["2024-05-01", "2024-05-02", "2024-05-04", "2024-05-05", "2024-05-03"] {
        write(w.app.db(), w.claude, day, may_day(day)).await;
    }
    check_may_people(&w, "gap filled last").await;
}

/// Re-syncing days with the same figures (nobody's row changes) keeps every total.
async fn people_totals_after_resyncing_unchanged_days(backend: &str) {
    let w = world(backend).await;
    for day in MAY {
        write(w.app.db(), w.claude, day, may_day(day)).await;
    }
    for day in ["2024-05-03", "2024-05-01", "2024-05-02"] {
        write(w.app.db(), w.claude, day, may_day(day)).await;
    }
    check_may_people(&w, "resynced unchanged").await;
}

/// A person with two actors of one tool (the same email in two Claude Code integrations) has one
/// row for the tool: the actors' figures summed, active days added, the later last active day.
async fn people_totals_sum_a_persons_actors_of_one_tool(backend: &str) {
    let w = world(backend).await;
    let db = w.app.db().clone();
    for day in MAY {
        write(&db, w.claude, day, may_day(day)).await;
    }
    let second = keyless_integration(&db, w.ws.parse().unwrap(), Provider::ClaudeCode).await;
    write(&db, second, "2024-05-03", vec![Use { output_tokens: 50, ..u("alice@x.io", 5) }]).await;
    write(&db, second, "2024-05-04", vec![Use { active: false, ..u("alice@x.io", 0) }]).await;
    let doc = "query($ws: ID!) { people(workspaceId: $ws, range: {from: \"2024-05-02\", to: \"2024-05-04\"}, orderBy: INTERACTIONS) {
        total rows { value subject { label } tools { provider activeDays lastActiveDay totals { interactions outputTokens } } } } }";
    let r = w.q(&w.owner, doc, json!({})).await["people"].clone();
    assert_eq!(r["total"], 3);
    // Alice: 114 + 5 = 119 interactions, 3 + 1 active days, last 05-04. Claude Code's own
    // interactions are null (it reports none).
    assert_eq!(r["rows"][0]["subject"]["label"], "alice@x.io");
    assert_eq!(r["rows"][0]["value"], 119);
    assert_eq!(
        r["rows"][0]["tools"],
        json!([{ "provider": "CLAUDE_CODE", "activeDays": 4, "lastActiveDay": "2024-05-04",
                 "totals": { "interactions": null, "outputTokens": 1190 } }])
    );
}

/// "All time" beyond three years: totals and month series answer over any range; answers with a
/// value per day refuse more than 1,096 days.
async fn all_time_spans_more_than_three_years(backend: &str) {
    let w = world(backend).await;
    let cursor = storage::integrations::list_for_workspace(w.app.db(), w.ws.parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.provider == ai_usage::domain::Provider::Cursor)
        .unwrap()
        .id;
    write(w.app.db(), cursor, "2019-06-15", vec![u("bob@x.io", 2)]).await;
    let six_years = json!({ "from": "2019-01-01", "to": "2024-12-31" });
    let s = w.q(&w.owner, SUMMARY, six_years.clone()).await["usageSummary"]["current"].clone();
    // 2 (2019-06-15) + 7 + 3 (Cursor, 12-31 and 01-01) + 31 (02-28..03-02) = 43 interactions on
    // 7 active days (2019-06-15, 2023-12-31, 2024-01-01, 02-28, 02-29, 03-01, 03-02).
    assert_eq!(s["totals"]["interactions"], 43);
    assert_eq!(s["activeDays"], 7);
    let months = w
        .q(
            &w.owner,
            SERIES,
            json!({ "from": "2019-01-01", "to": "2024-12-31", "g": "MONTH", "split": false }),
        )
        .await;
    let months = points(&months, 0);
    // Six years of months; June 2019 holds the 2, December 2023 the 7.
    assert_eq!(months.len(), 72);
    assert_eq!(months.iter().map(|(_, v)| v[0]).sum::<i64>(), 43);
    assert_eq!(months.iter().find(|(start, _)| start == "2019-06-01").unwrap().1[0], 2);
    assert_eq!(months.iter().find(|(start, _)| start == "2023-12-01").unwrap().1[0], 7);
    for doc in [
        "query($ws: ID!) { usageSeries(workspaceId: $ws, range: {from: \"2019-01-01\", to: \"2024-12-31\"}, granularity: DAY, metrics: [INTERACTIONS]) { granularity } }",
        "query($ws: ID!) { activityHeatmap(workspaceId: $ws, range: {from: \"2019-01-01\", to: \"2024-12-31\"}) { from } }",
        "query($ws: ID!) { dataFreshness(workspaceId: $ws, range: {from: \"2019-01-01\", to: \"2024-12-31\"}) { from } }",
    ] {
        assert_eq!(w.code(&w.owner, doc).await, "BAD_USER_INPUT", "{doc}");
    }
}

on_both_backends!(
    all_time_spans_more_than_three_years,
    series_follow_days_iso_weeks_and_months,
    summary_heatmap_and_streaks,
    breakdowns_people_and_access,
    rewriting_a_day_replaces_its_rollups,
    fan_out_costs_a_bounded_number_of_statements,
    charts_of_one_request_share_role_and_day_totals,
    measures_beyond_32_bits_are_exact,
    freshness_marks_final_provisional_and_missing,
    people_rollups_match_the_daily_rows,
    people_totals_follow_a_rewritten_middle_day,
    people_totals_with_days_written_newest_first,
    people_totals_when_a_middle_day_is_written_last,
    people_totals_after_resyncing_unchanged_days,
    people_totals_sum_a_persons_actors_of_one_tool,
);
