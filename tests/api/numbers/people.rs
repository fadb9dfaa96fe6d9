//! Who is a person (issue #12): idle seat holders listed by name, service identities kept out of
//! people figures (and the admin override both ways), persons created, linked and merged across
//! tools, link suggestions, and the admin-only guard on all of it.

use ai_usage::domain::{ActorDay, ActorKey, ActorKind, Measures, Provider, ProviderDay, Seat};
use ai_usage::providers::copilot::CopilotClient;
use ai_usage::providers::cursor::CursorClient;
use ai_usage::providers::{ProviderConfig, Scope as CopilotScope};
use ai_usage::storage::{self, Db, day_writer, seats};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{Account, TestApp, keyless_integration};
use crate::fake_vendor::{FakeVendor, Reply, fast_policy, fixture};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn actor(kind: ActorKind, who: &str, active: bool, interactions: i64) -> ActorDay {
    ActorDay {
        actor: ActorKey { kind, identifier: who.into(), external_id: None },
        active,
        measures: Measures { interactions, ..Measures::default() },
        breakdowns: vec![],
        teams: vec![],
    }
}

async fn write(db: &Db, integration_id: i64, on: &str, actors: Vec<ActorDay>) {
    let provider_day = ProviderDay { day: day(on), actors, raw: vec![] };
    day_writer::write_day(db, integration_id, &provider_day, "USD", Utc::now().naive_utc()).await.unwrap();
}

fn seat(kind: ActorKind, who: &str, name: Option<&str>, plan: Option<&str>, ends: Option<&str>) -> Seat {
    Seat {
        actor: ActorKey { kind, identifier: who.into(), external_id: None },
        plan: plan.map(String::from),
        assigned_at: None,
        last_activity_at: None,
        pending_cancellation_date: ends.map(day),
        display_name: name.map(String::from),
    }
}

struct World {
    app: TestApp,
    ws: String,
    owner: Account,
    viewer: Account,
    member: Account,
}

impl World {
    async fn new(backend: &str) -> World {
        let app = TestApp::spawn(backend).await;
        let owner = app.sign_up("owner@x.io").await;
        let viewer = app.sign_up("viewer@x.io").await;
        let member = app.sign_up("member@x.io").await;
        let ws = app.create_workspace(&owner, "People").await;
        app.add_member(&owner, ws, &viewer, "viewer@x.io", "VIEWER").await;
        app.add_member(&owner, ws, &member, "member@x.io", "MEMBER").await;
        World { app, ws: ws.to_string(), owner, viewer, member }
    }

    fn id(&self) -> i64 {
        self.ws.parse().unwrap()
    }

    async fn ask(&self, who: &Account, doc: &str, mut vars: Value) -> Value {
        vars["ws"] = json!(self.ws);
        self.app.gql_as(Some(&who.token), doc, vars).await
    }

    /// `data`, after checking there are no errors.
    async fn data(&self, doc: &str, vars: Value) -> Value {
        let answer = self.ask(&self.owner, doc, vars).await;
        assert!(answer["errors"].is_null(), "{answer}");
        answer["data"].clone()
    }

    /// The id of the identity named `identifier`, found through the API.
    async fn actor_id(&self, identifier: &str) -> String {
        let doc = "query($ws: ID!) { people(workspaceId: $ws, range: {from: \"2024-03-01\", to: \"2024-03-31\"},
            identities: ALL, first: 1000) { rows { subject { actor { id identifier } person { actors { id identifier } } } } } }";
        let data = self.data(doc, json!({})).await;
        for row in data["people"]["rows"].as_array().unwrap() {
            let subject = &row["subject"];
            let mut found: Vec<&Value> =
                subject["person"]["actors"].as_array().into_iter().flatten().collect();
            found.push(&subject["actor"]);
            if let Some(a) = found.into_iter().find(|a| a["identifier"] == identifier) {
                return a["id"].as_str().unwrap().to_owned();
            }
        }
        panic!("no identity {identifier}");
    }

    /// The id of the person with `email`.
    async fn person_id(&self, email: &str) -> String {
        let data = self.data("query($ws: ID!) { persons(workspaceId: $ws) { id email } }", json!({})).await;
        let persons = data["persons"].as_array().unwrap();
        persons.iter().find(|p| p["email"] == email).unwrap_or_else(|| panic!("{data}"))["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// `[activeUsers, dau, wau, mau]` of 2024-03-05 alone, and the day's ACTIVE_USERS series
    /// point, for `identities` (and providers, when given).
    async fn people_counts(&self, identities: &str, providers: Option<&str>) -> [i64; 5] {
        let filter = providers.map(|p| format!("filter: {{providers: [{p}]}}, ")).unwrap_or_default();
        let doc = format!(
            "query($ws: ID!) {{
              s: usageSummary(workspaceId: $ws, range: {{from: \"2024-03-05\", to: \"2024-03-05\"}}, {filter}identities: {identities}) {{
                current {{ activeUsers dau wau mau }} }}
              l: usageSeries(workspaceId: $ws, range: {{from: \"2024-03-05\", to: \"2024-03-05\"}}, granularity: DAY,
                metrics: [ACTIVE_USERS], {filter}identities: {identities}) {{ lines {{ points {{ values }} }} }} }}"
        );
        let data = self.data(&doc, json!({})).await;
        let c = &data["s"]["current"];
        let point = data["l"]["lines"][0]["points"][0]["values"][0].as_i64().unwrap();
        let n = |field: &str| c[field].as_i64().unwrap_or_else(|| panic!("{data}"));
        [n("activeUsers"), n("dau"), n("wau"), n("mau"), point]
    }

    /// How many people the leaderboard lists for `identities` on 2024-03-05.
    async fn listed(&self, identities: &str) -> i64 {
        let doc = format!(
            "query($ws: ID!) {{ people(workspaceId: $ws, range: {{from: \"2024-03-05\", to: \"2024-03-05\"}},
              identities: {identities}) {{ total }} }}"
        );
        self.data(&doc, json!({})).await["people"]["total"].as_i64().unwrap()
    }

    async fn set_kind(&self, actor_id: &str, kind: &str) {
        let doc =
            format!("mutation($a: ID!) {{ setIdentityKind(actorId: $a, kind: {kind}) {{ identityKind }} }}");
        let data = self.data(&doc, json!({ "a": actor_id })).await;
        assert_eq!(data["setIdentityKind"]["identityKind"], kind);
    }
}

/// A Copilot seat holder who never used Copilot and a Cursor member who never used Cursor are
/// listed by name with their idleness; the seat summary counts them.
async fn idle_seat_holders_are_listed_by_name(backend: &str) {
    let w = World::new(backend).await;
    let db = w.app.db().clone();
    let (copilot, cursor) = (
        keyless_integration(&db, w.id(), Provider::Copilot).await,
        keyless_integration(&db, w.id(), Provider::Cursor).await,
    );
    write(&db, copilot, "2024-03-30", vec![actor(ActorKind::Login, "octo", true, 5)]).await;
    write(&db, cursor, "2024-03-10", vec![actor(ActorKind::Email, "ann@x.io", true, 3)]).await;
    write(&db, cursor, "2024-03-31", vec![actor(ActorKind::Email, "ann@x.io", true, 4)]).await;
    let now = Utc::now().naive_utc();
    let copilot_roster = [
        seat(ActorKind::Login, "octo", None, Some("business"), None),
        seat(ActorKind::Login, "idlecat", None, Some("business"), Some("2024-04-15")),
    ];
    seats::replace_seats(&db, copilot, &copilot_roster, now).await.unwrap();
    let cursor_roster = [
        seat(ActorKind::Email, "ann@x.io", Some("Ann Active"), None, None),
        seat(ActorKind::Email, "ivan@x.io", Some("Ivan Idle"), None, None),
    ];
    seats::replace_seats(&db, cursor, &cursor_roster, now).await.unwrap();

    let doc = "query($ws: ID!) { people(workspaceId: $ws, range: {from: \"2024-03-01\", to: \"2024-03-31\"},
        orderBy: INTERACTIONS) {
        total seats { assigned idle7Days idle30Days }
        rows { rank value subject { label actor { identityKind } }
               seats { provider plan pendingCancellationDate lastActiveDay idle7Days idle30Days } } } }";
    let page = w.data(doc, json!({})).await["people"].clone();
    // ann 3 + 4 = 7, octo 5, then the two unused seats with 0: idlecat (an unlinked login, key
    // minus its actor id) before ivan (a person, positive key).
    assert_eq!(page["total"], 4, "{page}");
    let labels: Vec<&str> =
        page["rows"].as_array().unwrap().iter().map(|r| r["subject"]["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["Ann Active", "octo", "idlecat", "Ivan Idle"], "{page}");
    let values: Vec<i64> =
        page["rows"].as_array().unwrap().iter().map(|r| r["value"].as_i64().unwrap()).collect();
    assert_eq!(values, [7, 5, 0, 0]);
    let idlecat = &page["rows"][2]["seats"][0];
    assert_eq!(idlecat["provider"], "COPILOT");
    assert_eq!(idlecat["plan"], "business");
    assert_eq!(idlecat["pendingCancellationDate"], "2024-04-15");
    assert_eq!((idlecat["idle7Days"].as_bool(), idlecat["idle30Days"].as_bool()), (Some(true), Some(true)));
    assert!(idlecat["lastActiveDay"].is_null());
    let ivan = &page["rows"][3]["seats"][0];
    assert_eq!(ivan["provider"], "CURSOR");
    assert_eq!((ivan["idle7Days"].as_bool(), ivan["idle30Days"].as_bool()), (Some(true), Some(true)));
    // octo was active on the 30th: within the 7 days ending on the 31st.
    let octo = &page["rows"][1]["seats"][0];
    assert_eq!(
        (octo["idle7Days"].as_bool(), octo["lastActiveDay"].as_str()),
        (Some(false), Some("2024-03-30"))
    );
    // Four seats; idlecat and ivan idle over both 7 and 30 days.
    assert_eq!(page["seats"], json!({ "assigned": 4, "idle7Days": 2, "idle30Days": 2 }));
}

/// Writes 2024-03-05: Claude Code users alice, bob, carl and the API key `ci-key`; Copilot
/// logins `alice` and `carl-gh`. Humans: persons alice, bob, carl (their emails) and the two
/// unlinked logins = 5; services: ci-key = 1.
async fn tools_world(backend: &str) -> World {
    let w = World::new(backend).await;
    let db = w.app.db().clone();
    let (claude, copilot) = (
        keyless_integration(&db, w.id(), Provider::ClaudeCode).await,
        keyless_integration(&db, w.id(), Provider::Copilot).await,
    );
    let users = ["alice@x.io", "bob@x.io", "carl@x.io"];
    let mut claude_day: Vec<ActorDay> = users.iter().map(|u| actor(ActorKind::Email, u, true, 0)).collect();
    claude_day.push(actor(ActorKind::ApiKey, "ci-key", true, 0));
    write(&db, claude, "2024-03-05", claude_day).await;
    let logins = vec![actor(ActorKind::Login, "alice", true, 2), actor(ActorKind::Login, "carl-gh", true, 1)];
    write(&db, copilot, "2024-03-05", logins).await;
    w
}

/// The API key is a service: out of active users, DAU/WAU/MAU and the leaderboard by default,
/// counted under SERVICES and ALL; the override moves identities both ways for the stored day.
async fn service_identities_are_not_people(backend: &str) {
    let w = tools_world(backend).await;
    // [activeUsers, dau, wau, mau, series point] over one day: all the same.
    assert_eq!(w.people_counts("HUMANS", None).await, [5; 5]);
    assert_eq!(w.people_counts("SERVICES", None).await, [1; 5]);
    assert_eq!(w.people_counts("ALL", None).await, [6; 5]);
    // Narrowed to Claude Code (per-actor statements): alice, bob, carl; ci-key apart.
    assert_eq!(w.people_counts("HUMANS", Some("CLAUDE_CODE")).await, [3; 5]);
    assert_eq!(w.people_counts("SERVICES", Some("CLAUDE_CODE")).await, [1; 5]);
    assert_eq!((w.listed("HUMANS").await, w.listed("SERVICES").await, w.listed("ALL").await), (5, 1, 6));
    let services = w
        .data(
            "query($ws: ID!) { people(workspaceId: $ws, range: {from: \"2024-03-05\", to: \"2024-03-05\"},
               identities: SERVICES) { rows { subject { label actor { identityKind kind } } } } }",
            json!({}),
        )
        .await;
    let ci = &services["people"]["rows"][0]["subject"];
    assert_eq!(
        (ci["label"].as_str(), ci["actor"]["identityKind"].as_str()),
        (Some("ci-key"), Some("SERVICE"))
    );

    // ci-key turns human: 6 people, no services.
    let ci_key = w.actor_id("ci-key").await;
    w.set_kind(&ci_key, "HUMAN").await;
    assert_eq!(w.people_counts("HUMANS", None).await, [6; 5]);
    assert_eq!(w.people_counts("SERVICES", None).await, [0; 5]);
    assert_eq!(w.people_counts("HUMANS", Some("CLAUDE_CODE")).await, [4; 5]);
    // The login carl-gh turns service: 5 people, 1 service.
    let carl_gh = w.actor_id("carl-gh").await;
    w.set_kind(&carl_gh, "SERVICE").await;
    assert_eq!(w.people_counts("HUMANS", None).await, [5; 5]);
    assert_eq!(w.people_counts("SERVICES", None).await, [1; 5]);
    assert_eq!((w.listed("HUMANS").await, w.listed("SERVICES").await), (5, 1));
    // And back: ci-key a service again, carl-gh human: the first figures.
    w.set_kind(&ci_key, "SERVICE").await;
    w.set_kind(&carl_gh, "HUMAN").await;
    assert_eq!(w.people_counts("HUMANS", None).await, [5; 5]);
    assert_eq!(w.people_counts("SERVICES", None).await, [1; 5]);
}

/// A suggestion for login ↔ email local part, confirmed; a person created and two identities
/// linked to them; two persons merged. Each step changes the count of people by hand.
async fn people_are_linked_and_merged_across_tools(backend: &str) {
    let w = tools_world(backend).await;
    assert_eq!(w.people_counts("HUMANS", None).await[0], 5);
    let doc = "query($ws: ID!) { personLinkSuggestions(workspaceId: $ws) {
        actor { id identifier } person { id email } reason explanation } }";
    let suggestions = w.data(doc, json!({})).await["personLinkSuggestions"].clone();
    // Only the login `alice` ↔ alice@x.io: `carl-gh` is not `carl`, and API keys are services.
    assert_eq!(suggestions.as_array().unwrap().len(), 1, "{suggestions}");
    let s = &suggestions[0];
    assert_eq!(
        (s["actor"]["identifier"].as_str(), s["person"]["email"].as_str()),
        (Some("alice"), Some("alice@x.io"))
    );
    assert_eq!(s["reason"], "LOGIN_MATCHES_EMAIL_LOCAL_PART");
    assert!(s["explanation"].as_str().unwrap().contains("alice@x.io"));
    // Confirmed with linkActor: {alice (2 identities), bob, carl, carl-gh} = 4.
    let link = "mutation($a: ID!, $p: ID!) { linkActor(actorId: $a, personId: $p) { personId } }";
    w.data(link, json!({ "a": s["actor"]["id"], "p": s["person"]["id"] })).await;
    assert_eq!(w.people_counts("HUMANS", None).await[0], 4);
    assert_eq!(w.data(doc, json!({})).await["personLinkSuggestions"], json!([]));

    // A person for Carl, with his Copilot login (still 4: the login was one already) and his
    // Claude Code email (3: {alice, bob, Carl Diaz}).
    let create = "mutation($ws: ID!) { createPerson(workspaceId: $ws, displayName: \"Carl Diaz\") { id displayName email } }";
    let carl = w.data(create, json!({})).await["createPerson"].clone();
    assert_eq!((carl["displayName"].as_str(), carl["email"].as_str()), (Some("Carl Diaz"), None));
    w.data(link, json!({ "a": w.actor_id("carl-gh").await, "p": carl["id"] })).await;
    assert_eq!(w.people_counts("HUMANS", None).await[0], 4);
    w.data(link, json!({ "a": w.actor_id("carl@x.io").await, "p": carl["id"] })).await;
    assert_eq!(w.people_counts("HUMANS", None).await[0], 3);
    assert_eq!(w.people_counts("HUMANS", Some("CLAUDE_CODE")).await[0], 3);

    // Bob merged into Alice: {alice+bob, Carl Diaz} = 2; Bob's person is gone.
    let (alice, bob) = (w.person_id("alice@x.io").await, w.person_id("bob@x.io").await);
    let merge =
        "mutation($i: ID!, $f: ID!) { mergePeople(into: $i, from: $f) { id email actors { identifier } } }";
    let merged = w.data(merge, json!({ "i": alice, "f": bob })).await["mergePeople"].clone();
    let mut identifiers: Vec<&str> =
        merged["actors"].as_array().unwrap().iter().map(|a| a["identifier"].as_str().unwrap()).collect();
    identifiers.sort_unstable();
    assert_eq!(identifiers, ["alice", "alice@x.io", "bob@x.io"]);
    assert_eq!(w.people_counts("HUMANS", None).await, [2; 5]);
    assert_eq!(w.listed("HUMANS").await, 2);
    let persons = w.data("query($ws: ID!) { persons(workspaceId: $ws) { id } }", json!({})).await;
    assert!(!persons["persons"].as_array().unwrap().iter().any(|p| p["id"] == bob.as_str()), "{persons}");
    // The service stays its own figure throughout.
    assert_eq!(w.people_counts("SERVICES", None).await, [1; 5]);
}

/// Viewers and members are refused every admin mutation and the suggestions.
async fn only_admins_shape_people(backend: &str) {
    let w = tools_world(backend).await;
    let ci_key = w.actor_id("ci-key").await;
    let alice = w.person_id("alice@x.io").await;
    let bob = w.person_id("bob@x.io").await;
    let attempts = [
        ("mutation($a: ID!) { setIdentityKind(actorId: $a, kind: HUMAN) { id } }", json!({ "a": ci_key })),
        ("mutation($ws: ID!) { createPerson(workspaceId: $ws, displayName: \"X\") { id } }", json!({})),
        (
            "mutation($i: ID!, $f: ID!) { mergePeople(into: $i, from: $f) { id } }",
            json!({ "i": alice, "f": bob }),
        ),
        ("query($ws: ID!) { personLinkSuggestions(workspaceId: $ws) { reason } }", json!({})),
    ];
    for who in [&w.viewer, &w.member] {
        for (doc, vars) in &attempts {
            let answer = w.ask(who, doc, vars.clone()).await;
            assert_eq!(answer["errors"][0]["extensions"]["code"], "FORBIDDEN", "{doc}: {answer}");
        }
    }
    // Nothing changed.
    assert_eq!(w.people_counts("HUMANS", None).await[0], 5);
    assert_eq!(w.people_counts("SERVICES", None).await[0], 1);
}

/// The migration's rebuild of the distinct-people rollups (run on databases that already hold
/// days) gives what the writer and the override keep: run again over stored days, nothing moves.
async fn the_migration_rebuild_matches_the_writer(backend: &str) {
    let w = tools_world(backend).await;
    w.set_kind(&w.actor_id("carl-gh").await, "SERVICE").await;
    // Humans: alice, bob, carl, the login alice = 4; services: ci-key, carl-gh = 2.
    assert_eq!(
        (w.people_counts("HUMANS", None).await, w.people_counts("SERVICES", None).await),
        ([4; 5], [2; 5])
    );
    let up = std::fs::read_to_string(format!(
        "{}/migrations/{backend}/2026-12-02-000009_people_identities/up.sql",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let rebuild = &up[up.find("-- Rebuilt from the daily rows").expect("the rebuild section")..];
    storage::analytics::bulk_execute(w.app.db(), vec![rebuild.to_owned()]).await.unwrap();
    assert_eq!(
        (w.people_counts("HUMANS", None).await, w.people_counts("SERVICES", None).await),
        ([4; 5], [2; 5])
    );
}

on_both_backends!(
    idle_seat_holders_are_listed_by_name,
    the_migration_rebuild_matches_the_writer,
    service_identities_are_not_people,
    people_are_linked_and_merged_across_tools,
    only_admins_shape_people,
);

/// The vendors' rosters carry what the listing shows: Copilot's pending cancellation, Cursor
/// members' names.
#[tokio::test]
async fn rosters_give_pending_cancellations_and_names() {
    let fake = FakeVendor::start().await;
    fake.on("/orgs/acme/copilot/billing/seats", Reply::json(fixture("copilot_seats.json")));
    fake.on("/teams/members", Reply::json(fixture("cursor_team_members.json")));
    let config = |scope: Option<CopilotScope>| {
        let mut c = ProviderConfig::new(&fake.base_url, "k");
        c.scope = scope;
        c.retry = fast_policy();
        c.egress = ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).unwrap();
        c
    };
    let copilot = CopilotClient::new(config(Some(CopilotScope::Organization("acme".into())))).unwrap();
    let seats = copilot.fetch_seats().await.unwrap();
    let ends: Vec<Option<NaiveDate>> = seats.iter().map(|s| s.pending_cancellation_date).collect();
    assert_eq!(ends, [None, Some(day("2021-11-01"))]);
    let cursor = CursorClient::new(config(None)).unwrap();
    let members = cursor.fetch_seats().await.unwrap();
    let names: Vec<Option<&str>> = members.iter().map(|s| s.display_name.as_deref()).collect();
    assert_eq!(names, [Some("Alex"), Some("Sam")]);
}
