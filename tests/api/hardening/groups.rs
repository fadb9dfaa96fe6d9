//! Hostile inputs: `minGroupSize` against differencing (issue #10).
//!
//! A viewer and a member ask every aggregate the schema allows them over a workspace whose team
//! sizes are known — every slice (no filter, each tool, each integration, both Copilot
//! integrations), every team filter of up to two teams (and one team that does not exist), three
//! ranges — plus `breakdown(TEAM)` for each. Every actor-day has its own power of two as its
//! lines added (a measure every tool reports), so each answer decodes to exactly the set of actor-days it sums. Then no pair
//! of answers, and no combination of them at all (the cells of the answers' Venn diagram), may
//! isolate fewer than `minGroupSize` (3) people within one integration and day; a whole
//! integration-day (a slice of usage, not of people) is allowed.
//!
//! Copilot org X (min 3): big = b1..b5 (b5 joins on the second day), inner = b1..b4 (nested,
//! differs from big by one person), mix = {b1, o1, n1} (overlaps by one), ops = {o1, o2, the
//! member},
//! small = {s1}, and n2, n3 in no team. Copilot org Y: ops = {o9}, y1..y3 in no team.
//! Claude Code: c1, c2. Shown to non-admins: big everywhere; ops within org X only, and not to
//! the member, who reads their own rows and could subtract them (ops would leave two people).

use std::collections::{BTreeSet, HashMap};

use ai_usage::domain::{ActorDay, ActorKey, ActorKind, Measures, Provider, ProviderDay};
use ai_usage::storage::day_writer;
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{Account, TestApp, keyless_integration};

const MIN: usize = 3;
const DAYS: [&str; 2] = ["2024-03-01", "2024-03-02"];
const TEAMS: [&str; 6] = ["big", "inner", "mix", "ops", "small", "ghost"];

/// One actor: integration (0 = X, 1 = Y, 2 = Claude Code), identifier, teams on each day.
struct Seeded {
    integration: usize,
    who: &'static str,
    teams: [&'static [&'static str]; 2],
}

fn people() -> Vec<Seeded> {
    let s = |integration, who, day1: &'static [&'static str], day2| Seeded {
        integration,
        who,
        teams: [day1, day2],
    };
    let big_inner: &'static [&'static str] = &["big", "inner"];
    vec![
        s(0, "b1", &["big", "inner", "mix"], &["big", "inner", "mix"]),
        s(0, "b2", big_inner, big_inner),
        s(0, "b3", big_inner, big_inner),
        s(0, "b4", big_inner, big_inner),
        s(0, "b5", &[], &["big"]),
        s(0, "s1", &["small"], &["small"]),
        s(0, "n1", &["mix"], &["mix"]),
        s(0, "n2", &[], &[]),
        s(0, "n3", &[], &[]),
        s(0, "o1", &["ops", "mix"], &["ops", "mix"]),
        s(0, "o2", &["ops"], &["ops"]),
        s(0, "member@x.io", &["ops"], &["ops"]),
        s(1, "o9", &["ops"], &["ops"]),
        s(1, "y1", &[], &[]),
        s(1, "y2", &[], &[]),
        s(1, "y3", &[], &[]),
        s(2, "c1@x.io", &[], &[]),
        s(2, "c2@x.io", &[], &[]),
    ]
}

/// The bit of an actor-day: actor index × 2 + day index.
fn bit(actor: usize, day: usize) -> u64 {
    1 << (actor * 2 + day)
}

struct World {
    app: TestApp,
    ws: String,
    owner: Account,
    viewer: Account,
    member: Account,
    /// Copilot X, Copilot Y, Claude Code.
    integrations: [i64; 3],
}

async fn world(backend: &str) -> World {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let viewer = app.sign_up("viewer@x.io").await;
    let member = app.sign_up("member@x.io").await;
    let ws_id = app.create_workspace(&owner, "Groups").await;
    app.add_member(&owner, ws_id, &viewer, "viewer@x.io", "VIEWER").await;
    app.add_member(&owner, ws_id, &member, "member@x.io", "MEMBER").await;
    let db = app.db().clone();
    let integrations = [
        keyless_integration(&db, ws_id, Provider::Copilot).await,
        keyless_integration(&db, ws_id, Provider::Copilot).await,
        keyless_integration(&db, ws_id, Provider::ClaudeCode).await,
    ];
    let all = people();
    for (d, day) in DAYS.iter().enumerate() {
        for (i, integration_id) in integrations.iter().enumerate() {
            let actors = all
                .iter()
                .enumerate()
                .filter(|(_, p)| p.integration == i)
                .map(|(a, p)| ActorDay {
                    actor: ActorKey {
                        kind: if p.who.contains('@') { ActorKind::Email } else { ActorKind::Login },
                        identifier: p.who.into(),
                        external_id: None,
                    },
                    active: true,
                    measures: Measures { lines_added: bit(a, d) as i64, ..Measures::default() },
                    breakdowns: vec![],
                    teams: p.teams[d].iter().map(|t| t.to_string()).collect(),
                })
                .collect();
            let provider_day = ProviderDay { day: day.parse::<NaiveDate>().unwrap(), actors, raw: vec![] };
            day_writer::write_day(&db, *integration_id, &provider_day, "USD", Utc::now().naive_utc())
                .await
                .unwrap();
        }
    }
    let w = World { app, ws: ws_id.to_string(), owner, viewer, member, integrations };
    let set =
        "mutation($ws: ID!) { updateWorkspaceSettings(workspaceId: $ws, minGroupSize: 3) { minGroupSize } }";
    assert_eq!(w.ask(&w.owner, set, json!({})).await["data"]["updateWorkspaceSettings"]["minGroupSize"], 3);
    w
}

const ASK: &str = "query($ws: ID!, $range: DateRange, $filter: UsageFilter) {
  sum: breakdown(workspaceId: $ws, range: $range, dimension: PROVIDER, metric: LINES_ADDED, filter: $filter) { total }
  teams: breakdown(workspaceId: $ws, range: $range, dimension: TEAM, top: 1000, metric: LINES_ADDED, filter: $filter) {
    total hiddenGroups rows { key value } other { value } } }";

/// What a member reads about themselves, asked alongside [`ASK`].
const OWN: &str = "own: breakdown(workspaceId: $ws, range: $range, dimension: PERSON, metric: LINES_ADDED, filter: $filter) { total } }";

/// The member's actor (in ops of org X): their own rows.
const MEMBER: usize = 11;

impl World {
    async fn ask(&self, who: &Account, doc: &str, mut vars: Value) -> Value {
        vars["ws"] = json!(self.ws);
        self.app.gql_as(Some(&who.token), doc, vars).await
    }

    /// Every slice a non-admin can name.
    fn slices(&self) -> Vec<Value> {
        let [x, y, _] = self.integrations.map(|i| json!(i.to_string()));
        vec![
            json!({}),
            json!({ "providers": ["COPILOT"] }),
            json!({ "providers": ["CLAUDE_CODE"] }),
            json!({ "integrationIds": [x.clone()] }),
            json!({ "integrationIds": [y.clone()] }),
            json!({ "integrationIds": [x, y] }),
        ]
    }
}

/// No team filter, every team, every pair of teams.
fn team_filters() -> Vec<Vec<&'static str>> {
    let mut out = vec![vec![]];
    for (i, a) in TEAMS.iter().enumerate() {
        out.push(vec![*a]);
        for b in &TEAMS[i + 1..] {
            out.push(vec![*a, *b]);
        }
    }
    out
}

fn ranges() -> Vec<Value> {
    vec![
        json!({ "from": DAYS[0], "to": DAYS[0] }),
        json!({ "from": DAYS[1], "to": DAYS[1] }),
        json!({ "from": DAYS[0], "to": DAYS[1] }),
    ]
}

fn value(v: &Value) -> u64 {
    v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())).unwrap_or_else(|| panic!("a number: {v}"))
        as u64
}

/// The answers a caller gets: each a set of actor-days (bits), labelled for failure messages;
/// also checks each answer's own rules on the way.
async fn answers_of(w: &World, who: &Account, own_rows: bool) -> Vec<(String, u64)> {
    let doc = if own_rows { format!("{}{OWN}", ASK.strip_suffix('}').unwrap()) } else { ASK.to_owned() };
    let mut out = vec![];
    for slice in w.slices() {
        for teams in team_filters() {
            for range in ranges() {
                let mut filter = slice.clone();
                if !teams.is_empty() {
                    filter["teams"] = json!(teams);
                }
                let label = format!("filter {filter} range {range}");
                let r = w.ask(who, &doc, json!({ "range": range, "filter": filter })).await;
                if !r["errors"].is_null() {
                    assert!(!teams.is_empty(), "only team filters are refused: {label}: {r}");
                    for e in r["errors"].as_array().unwrap() {
                        assert_eq!(e["extensions"]["code"], "FORBIDDEN", "{label}: {r}");
                    }
                    continue;
                }
                let sum = value(&r["data"]["sum"]["total"]);
                if !teams.is_empty() {
                    assert!(
                        persons(sum) >= MIN || sum == 0,
                        "{label}: a team filter of {} people",
                        persons(sum)
                    );
                }
                out.push((label.clone(), sum));
                if own_rows {
                    out.push((format!("{label} own rows"), value(&r["data"]["own"]["total"])));
                }
                let t = &r["data"]["teams"];
                let rows: Vec<(String, u64)> = t["rows"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|row| (row["key"].as_str().unwrap().to_owned(), value(&row["value"])))
                    .collect();
                let other = if t["other"].is_null() { 0 } else { value(&t["other"]["value"]) };
                let shown: u64 = rows.iter().map(|(_, v)| v).sum::<u64>() + other;
                assert_eq!(value(&t["total"]), shown, "{label}: total − rows − other must be 0: {t}");
                for (key, v) in rows {
                    out.push((format!("{label} TEAM row {key}"), v));
                }
            }
        }
    }
    out
}

/// Distinct people of a set of actor-days (each actor is its own person here).
fn persons(set: u64) -> usize {
    (0..people().len()).filter(|a| set & (bit(*a, 0) | bit(*a, 1)) != 0).count()
}

/// The integration-day blocks: every set of one integration's actors on one day.
fn blocks() -> Vec<u64> {
    let all = people();
    let mut out = vec![];
    for d in 0..2 {
        for i in 0..3 {
            out.push(
                all.iter().enumerate().filter(|(_, p)| p.integration == i).map(|(a, _)| bit(a, d)).sum(),
            );
        }
    }
    out
}

/// Whether `set`, within every block it touches, covers the whole block, or at least MIN people
/// besides the caller's `own` actor-days, or none but them.
fn covers_enough(set: u64, own: u64) -> bool {
    blocks().into_iter().all(|b| {
        let (part, others) = (set & b, set & b & !own);
        part == b || others == 0 || persons(others) >= MIN
    })
}

/// The first pair of answers, or combination of them, that singles out fewer than MIN people.
fn small_group_among(answers: &[(String, u64)], own: u64) -> Result<(), String> {
    // Pairs: a difference of two answers, one inside the other.
    for (la, a) in answers {
        for (lb, b) in answers {
            if b & !a == 0 && a != b && !covers_enough(a & !b, own) {
                return Err(format!("({la}) − ({lb}) singles out {} people", persons(a & !b)));
            }
        }
    }
    // Any combination: every cell of the answers' Venn diagram.
    let mut cells: HashMap<Vec<bool>, u64> = HashMap::new();
    for unit in (0..people().len() * 2).map(|k| 1u64 << k) {
        let signature = answers.iter().map(|(_, s)| s & unit != 0).collect();
        *cells.entry(signature).or_default() |= unit;
    }
    match cells.values().find(|cell| !covers_enough(**cell, own)) {
        Some(cell) => Err(format!("some combination of answers singles out {} people", persons(*cell))),
        None => Ok(()),
    }
}

/// The actors' bits on both days.
fn both_days(actors: std::ops::Range<usize>) -> u64 {
    actors.map(|a| bit(a, 0) | bit(a, 1)).sum()
}

async fn no_combination_of_answers_singles_out_fewer_than_min_people(backend: &str) {
    // The checker finds the leak: [small, big] − [big] is s1 alone.
    let leak = [("[small, big]".to_owned(), both_days(0..6)), ("[big]".to_owned(), both_days(0..5))];
    assert!(small_group_among(&leak, 0).is_err());
    // And a member's: ops − their own rows would be two people.
    let ops = [("[ops]".to_owned(), both_days(9..12)), ("own".to_owned(), both_days(MEMBER..MEMBER + 1))];
    assert!(small_group_among(&ops[..1], 0).is_ok() && small_group_among(&ops, ops[1].1).is_err());
    let w = world(backend).await;
    for (role, who, own) in [("viewer", &w.viewer, 0), ("member", &w.member, both_days(MEMBER..MEMBER + 1))] {
        let answers = answers_of(&w, who, own != 0).await;
        assert!(answers.len() > 50, "{role} got {} answers", answers.len());
        if let Err(e) = small_group_among(&answers, own) {
            panic!("{role}: {e}");
        }
    }
}

/// The specific findings of the issue, and what stays allowed.
async fn small_teams_cannot_be_subtracted_but_admins_see_every_team(backend: &str) {
    let w = world(backend).await;
    let code = |r: &Value| r["errors"][0]["extensions"]["code"].as_str().unwrap_or("none").to_owned();
    let ask = |who, filter: Value| w.ask(who, ASK, json!({ "range": ranges()[2], "filter": filter }));
    for who in [&w.viewer, &w.member] {
        // [small, big] − [big] was one person's figures.
        assert_eq!(code(&ask(who, json!({ "teams": ["small", "big"] })).await), "FORBIDDEN");
        assert_eq!(code(&ask(who, json!({ "teams": ["small"] })).await), "FORBIDDEN");
        // Nested: big − inner would be b5; overlapping: big ∩ mix is b1.
        assert_eq!(code(&ask(who, json!({ "teams": ["inner"] })).await), "FORBIDDEN");
        assert_eq!(code(&ask(who, json!({ "teams": ["mix"] })).await), "FORBIDDEN");
        let big = ask(who, json!({ "teams": ["big"] })).await;
        assert!(big["errors"].is_null(), "{big}");
        // ops is 3 people in org X but 1 in org Y: allowed only within X.
        assert_eq!(code(&ask(who, json!({ "teams": ["ops"] })).await), "FORBIDDEN");
        // breakdown(TEAM): only big; the hidden teams are not in the total.
        let t = ask(who, json!({})).await["data"]["teams"].clone();
        let big_value = both_days(0..5);
        assert_eq!(t["rows"], json!([{ "key": "big", "value": big_value }]), "{t}");
        assert_eq!((value(&t["total"]), t["hiddenGroups"].as_i64()), (big_value, Some(4)));
    }
    // Within org X, ops is shown to the viewer, not to the member who is one of its three.
    let ops_x = json!({ "teams": ["ops"], "integrationIds": [w.integrations[0].to_string()] });
    let r = ask(&w.viewer, ops_x.clone()).await;
    assert_eq!(value(&r["data"]["sum"]["total"]), both_days(9..12), "{r}");
    assert_eq!(code(&ask(&w.member, ops_x).await), "FORBIDDEN");
    // Admins (the owner) see every team and any filter.
    let t = ask(&w.owner, json!({})).await;
    let keys: BTreeSet<&str> =
        t["data"]["teams"]["rows"].as_array().unwrap().iter().map(|r| r["key"].as_str().unwrap()).collect();
    assert_eq!(keys, BTreeSet::from(["big", "inner", "mix", "ops", "small"]), "{t}");
    assert_eq!(t["data"]["teams"]["hiddenGroups"], 0);
    let small = ask(&w.owner, json!({ "teams": ["small", "big"] })).await;
    assert_eq!(value(&small["data"]["sum"]["total"]), both_days(0..6));
}

crate::on_both_backends!(
    no_combination_of_answers_singles_out_fewer_than_min_people,
    small_teams_cannot_be_subtracted_but_admins_see_every_team,
);
