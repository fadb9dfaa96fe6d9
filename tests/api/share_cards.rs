//! Share cards (issue #16) over real HTTP on both backends: a card is made through GraphQL, its
//! page and PNG are fetched anonymously from `/s/{token}`, and every way a link stops working
//! (revoked, expired, another token, the workspace turning cards off) answers the same 404.
//!
//! Fixture (UTC days 2026-03-01 … 2026-03-04, the card's range), workspace "Acme Secret Corp":
//! - Annika (member, invited as annika.svensson@x.io, so that email's actors are hers), on
//!   Claude Code: 03-01 3 sessions, 03-02 2, 03-04 4; on Cursor: 03-01 10 lines accepted,
//!   03-04 25.
//! - Bartholomew (another member), on both tools every day: 100 sessions, 1000 lines accepted.
//!   Both are in team `platform`. Tina (team `tiny`), Nils and Nora (no team): 1 Claude Code
//!   session each on 03-01.
//!
//! Annika's card, by hand: active days {01, 02, 04} = 3; current streak (ending 03-04) = 1;
//! longest streak (01–02) = 2; sessions 3 + 2 + 4 = 9 (Cursor reports none); lines accepted
//! 10 + 25 = 35 (Claude Code reports none); top tool by active days: Claude Code 3 > Cursor 2.

use ai_usage::domain::{ActorDay, ActorKey, ActorKind, Measures, Provider, ProviderDay};
use ai_usage::storage::{self, Db, day_writer};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{Account, TestApp};

const PUBLIC_URL: &str = "https://cards.example.test/usage";
const CREATE: &str = "mutation($input: CreateShareCardInput!) { createShareCard(input: $input) { \
    card { id kind title figures createdAt expiresAt revokedAt } \
    url imageUrl downloadUrl linkedinShareUrl postText } }";
const OTHER_NAME: &str = "bartholomew";
/// The vendor key hint `seed_integration` stores: no card may ever show it.
const KEY_HINT: &str = "sk-ant-admin01";

struct World {
    app: TestApp,
    ws: i64,
    owner: Account,
    annika: Account,
    bart: Account,
    claude: i64,
    cursor: i64,
}

async fn cursor_integration(db: &Db, workspace_id: i64) -> i64 {
    let new = storage::integrations::NewIntegration::builder(workspace_id, Provider::Cursor)
        .display_name("Cursor")
        .sealed(b"x", "key_…wxyz");
    storage::integrations::create(db, &new).await.unwrap().id
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// One actor-day: an email identity with `measures` and `teams`.
fn actor(email: &str, measures: Measures, teams: &[&str]) -> ActorDay {
    ActorDay {
        actor: ActorKey { kind: ActorKind::Email, identifier: email.into(), external_id: None },
        active: true,
        measures,
        breakdowns: vec![],
        teams: teams.iter().map(|t| t.to_string()).collect(),
    }
}

async fn write(db: &Db, integration: i64, on: &str, actors: Vec<ActorDay>) {
    let provider_day = ProviderDay { day: day(on), actors, raw: vec![] };
    day_writer::write_day(db, integration, &provider_day, "USD", Utc::now().naive_utc()).await.unwrap();
}

fn sessions(n: i64) -> Measures {
    Measures { sessions: n, ..Measures::default() }
}

fn lines(n: i64) -> Measures {
    Measures { lines_accepted: n, ..Measures::default() }
}

async fn world(backend: &str) -> World {
    let app = TestApp::spawn_with_public_url(backend, PUBLIC_URL).await;
    let owner = app.sign_up("owner@x.io").await;
    let annika = app.sign_up("annika.svensson@x.io").await;
    let bart = app.sign_up("bartholomew.other@x.io").await;
    let ws = app.create_workspace(&owner, "Acme Secret Corp").await;
    app.add_member(&owner, ws, &annika, "annika.svensson@x.io", "MEMBER").await;
    app.add_member(&owner, ws, &bart, "bartholomew.other@x.io", "MEMBER").await;
    let db = app.db().clone();
    let claude = crate::common::seed_integration(&db, ws).await;
    let cursor = cursor_integration(&db, ws).await;
    let (ann, other) = ("annika.svensson@x.io", "bartholomew.other@x.io");
    let team: &[&str] = &["platform"];
    for (on, ann_sessions, ann_lines) in [
        ("2026-03-01", Some(3), Some(10)),
        ("2026-03-02", Some(2), None),
        ("2026-03-03", None, None),
        ("2026-03-04", Some(4), Some(25)),
    ] {
        let mut on_claude = vec![actor(other, sessions(100), team)];
        if on == "2026-03-01" {
            // Three more people for the team rules: Tina alone in team tiny, two in no team.
            on_claude.push(actor("tina@x.io", sessions(1), &["tiny"]));
            on_claude.extend(["nils@x.io", "nora@x.io"].map(|who| actor(who, sessions(1), &[])));
        }
        on_claude.extend(ann_sessions.map(|n| actor(ann, sessions(n), team)));
        write(&db, claude, on, on_claude).await;
        let mut on_cursor = vec![actor(other, lines(1000), team)];
        on_cursor.extend(ann_lines.map(|n| actor(ann, lines(n), team)));
        write(&db, cursor, on, on_cursor).await;
    }
    World { app, ws, owner, annika, bart, claude, cursor }
}

impl World {
    async fn ask(&self, who: &Account, query: &str, variables: Value) -> Value {
        self.app.gql_as(Some(&who.token), query, variables).await
    }

    async fn create(&self, who: &Account, input: Value) -> Value {
        let mut input = input;
        input["workspaceId"] = json!(self.ws.to_string());
        input["range"] = json!({ "from": "2026-03-01", "to": "2026-03-04" });
        self.ask(who, CREATE, json!({ "input": input })).await
    }

    /// Makes Annika's card with every figure and returns `createShareCard`'s answer.
    async fn annikas_card(&self) -> Value {
        let made = self.create(&self.annika, json!({ "kind": "PERSON" })).await;
        assert!(made["errors"].is_null(), "{made}");
        made["data"]["createShareCard"].clone()
    }

    /// An address under the public URL, fetched from the test server instead.
    fn local(&self, public: &str) -> String {
        let path =
            public.strip_prefix(PUBLIC_URL).unwrap_or_else(|| panic!("{public} is not under {PUBLIC_URL}"));
        self.app.url(path)
    }

    async fn get(&self, public: &str) -> reqwest::Response {
        self.app.http.get(self.local(public)).send().await.unwrap()
    }
}

/// The `content` of `<meta property|name="{key}" content="…">`.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let pattern = format!("=\"{key}\" content=\"");
    let rest = &html[html.find(&pattern)? + pattern.len()..];
    rest.split('"').next()
}

fn code(response: &Value) -> Option<&str> {
    response["errors"][0]["extensions"]["code"].as_str()
}

async fn a_person_card_shows_frozen_own_figures_with_absolute_meta_tags(backend: &str) {
    let w = world(backend).await;
    let made = w.annikas_card().await;
    let card = &made["card"];
    assert_eq!(card["kind"], "PERSON");
    assert_eq!(card["title"], "annika.svensson");
    assert_eq!(card["figures"].as_array().unwrap().len(), 7, "{made}");
    let url = made["url"].as_str().unwrap();
    assert!(url.starts_with(&format!("{PUBLIC_URL}/s/")), "{url}");
    assert_eq!(made["imageUrl"], format!("{url}/card.png"));
    assert_eq!(made["downloadUrl"], format!("{url}/card.png?download=1"));
    let encoded = serde_urlencoded::to_string([("url", url)]).unwrap();
    assert_eq!(
        made["linkedinShareUrl"],
        format!("https://www.linkedin.com/sharing/share-offsite/?{encoded}")
    );
    let post = made["postText"].as_str().unwrap();
    for figure in [
        "3 active days",
        "1 day streak",
        "2 longest streak",
        "9 sessions",
        "35 lines accepted",
        "Claude Code top tool",
    ] {
        assert!(post.contains(figure), "{figure:?} not in {post:?}");
    }
    assert!(post.ends_with(url), "{post}");

    // The same figures as the API gives Annika for her own rows: 3 + 2 + 4 sessions, 10 + 25 lines.
    let own = w
        .ask(
            &w.annika,
            "query($ws: ID!) { dailyUsage(workspaceId: $ws, from: \"2026-03-01\", to: \"2026-03-04\") { totals { sessions linesAccepted } } }",
            json!({ "ws": w.ws.to_string() }),
        )
        .await;
    let rows = own["data"]["dailyUsage"].as_array().unwrap_or_else(|| panic!("{own}"));
    let sum = |field: &str| rows.iter().filter_map(|r| r["totals"][field].as_i64()).sum::<i64>();
    assert_eq!((sum("sessions"), sum("linesAccepted")), (9, 35), "{own}");

    // Anonymous: the page, with every tag absolute under the public URL.
    let page = w.get(url).await;
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "public, max-age=60");
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"), "{csp}");
    let html = page.text().await.unwrap();
    let image = made["imageUrl"].as_str().unwrap();
    assert_eq!(meta(&html, "og:title"), Some("annika.svensson"));
    assert_eq!(meta(&html, "og:url"), Some(url));
    assert_eq!(meta(&html, "og:image"), Some(image));
    assert_eq!(meta(&html, "og:image:width"), Some("1200"));
    assert_eq!(meta(&html, "og:image:height"), Some("627"));
    assert_eq!(meta(&html, "og:type"), Some("website"));
    assert_eq!(meta(&html, "twitter:card"), Some("summary_large_image"));
    assert_eq!(meta(&html, "twitter:image"), Some(image));
    let description = meta(&html, "og:description").unwrap();
    assert!(description.contains("9 sessions") && description.contains("35 lines accepted"), "{description}");
    assert!(!html.contains("<script"), "{html}");

    // The image: a PNG of 1200 × 627 (IHDR: width and height, big-endian, at bytes 16–23).
    let png = w.get(image).await;
    assert_eq!(png.status(), 200);
    assert_eq!(png.headers()["content-type"], "image/png");
    assert!(png.headers().get("content-disposition").is_none());
    let bytes = png.bytes().await.unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&bytes[12..16], b"IHDR");
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1200);
    assert_eq!(u32::from_be_bytes(bytes[20..24].try_into().unwrap()), 627);
    let download = w.get(made["downloadUrl"].as_str().unwrap()).await;
    assert_eq!(download.status(), 200);
    let disposition = download.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert_eq!(download.bytes().await.unwrap(), bytes, "one PNG, rendered once");

    // Nothing of anyone else, of the workspace or of a key, in the page or the stored snapshot.
    let snapshot = stored_snapshot(&w, card["id"].as_str().unwrap()).await;
    for text in [&html, &snapshot] {
        for secret in [OTHER_NAME, KEY_HINT, "Acme", "1000", "100 sessions", "owner"] {
            assert!(!text.to_lowercase().contains(&secret.to_lowercase()), "{secret:?} in {text}");
        }
    }

    // Frozen: more usage afterwards (50 sessions on 03-03) changes the API, not the card.
    write(w.app.db(), w.claude, "2026-03-03", vec![actor("annika.svensson@x.io", sessions(50), &[])]).await;
    let later = w.get(url).await.text().await.unwrap();
    assert_eq!(later, html, "the page is built from the snapshot only");
    assert!(meta(&later, "og:description").unwrap().contains("9 sessions"));
    let _ = w.cursor;
}

/// The snapshot JSON stored for card `id`, read from the database.
async fn stored_snapshot(w: &World, id: &str) -> String {
    storage::share_links::get(w.app.db(), id.parse().unwrap()).await.unwrap().snapshot
}

async fn a_link_stops_working_the_same_way_for_every_reason(backend: &str) {
    let w = world(backend).await;
    let first = w.annikas_card().await;
    let second = w.annikas_card().await;
    let (url, other_url) = (first["url"].as_str().unwrap(), second["url"].as_str().unwrap());
    assert_ne!(url, other_url);
    assert_eq!(w.get(url).await.status(), 200);

    // Another token, or none of the right shape: 404, no-store, one body for all.
    let random = format!("{PUBLIC_URL}/s/{}", "A".repeat(43));
    let mut bodies = vec![];
    for dead in [
        random.clone(),
        format!("{random}/card.png"),
        format!("{PUBLIC_URL}/s/short"),
        format!("{PUBLIC_URL}/s/%3Cscript%3E"),
    ] {
        let response = w.get(&dead).await;
        assert_eq!(response.status(), 404, "{dead}");
        assert_eq!(response.headers()["cache-control"], "no-store");
        bodies.push(response.text().await.unwrap());
    }

    // Revoked: page and image 404 at once; the other card still works.
    let id = first["card"]["id"].as_str().unwrap();
    let revoke = "mutation($id: ID!) { revokeShareCard(id: $id) { id revokedAt } }";
    let revoked = w.ask(&w.annika, revoke, json!({ "id": id })).await;
    assert!(revoked["data"]["revokeShareCard"]["revokedAt"].is_string(), "{revoked}");
    for dead in [url.to_owned(), format!("{url}/card.png"), format!("{url}/card.png?download=1")] {
        let response = w.get(&dead).await;
        assert_eq!(response.status(), 404, "{dead}");
        bodies.push(response.text().await.unwrap());
    }
    assert_eq!(w.get(other_url).await.status(), 200);

    // Expired: a card valid for two seconds.
    let soon = (Utc::now() + chrono::TimeDelta::seconds(2)).naive_utc();
    let expiring = w.create(&w.annika, json!({ "kind": "PERSON", "expiresAt": soon })).await;
    let expiring_url =
        expiring["data"]["createShareCard"]["url"].as_str().unwrap_or_else(|| panic!("{expiring}"));
    assert_eq!(w.get(expiring_url).await.status(), 200);
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let expired = w.get(expiring_url).await;
    assert_eq!(expired.status(), 404);
    bodies.push(expired.text().await.unwrap());
    let past = w.create(&w.annika, json!({ "kind": "PERSON", "expiresAt": "2020-01-01T00:00:00" })).await;
    assert_eq!(code(&past), Some("BAD_USER_INPUT"), "{past}");

    // The workspace turns cards off: every link 404s, and no card can be made.
    let settings = "mutation($ws: ID!, $on: Boolean!) { updateWorkspaceSettings(workspaceId: $ws, publicShareCards: $on) { publicShareCards minGroupSize } }";
    let off = w.ask(&w.owner, settings, json!({ "ws": w.ws.to_string(), "on": false })).await;
    assert_eq!(
        off["data"]["updateWorkspaceSettings"],
        json!({ "publicShareCards": false, "minGroupSize": 1 }),
        "{off}"
    );
    let hidden = w.get(other_url).await;
    assert_eq!(hidden.status(), 404);
    bodies.push(hidden.text().await.unwrap());
    assert_eq!(w.get(&format!("{other_url}/card.png")).await.status(), 404);
    let refused = w.create(&w.annika, json!({ "kind": "PERSON" })).await;
    assert_eq!(code(&refused), Some("SHARE_CARDS_DISABLED"), "{refused}");
    assert!(refused["data"].is_null(), "{refused}");
    let on = w.ask(&w.owner, settings, json!({ "ws": w.ws.to_string(), "on": true })).await;
    assert_eq!(on["data"]["updateWorkspaceSettings"]["publicShareCards"], true, "{on}");
    assert_eq!(w.get(other_url).await.status(), 200, "turning cards back on restores live links");

    bodies.dedup();
    assert_eq!(bodies.len(), 1, "every dead link answers alike: {bodies:?}");
}

async fn team_cards_are_for_admins_and_large_enough_teams_only(backend: &str) {
    let w = world(backend).await;
    let ws = w.ws.to_string();
    // Platform: Annika and Bartholomew; tiny: Tina; Nils and Nora in no team (all on 03-01).
    let member_team = w.create(&w.annika, json!({ "kind": "TEAM", "team": "platform" })).await;
    assert_eq!(code(&member_team), Some("FORBIDDEN"), "{member_team}");
    let no_team = w.create(&w.owner, json!({ "kind": "TEAM" })).await;
    assert_eq!(code(&no_team), Some("BAD_USER_INPUT"), "{no_team}");

    // With minGroupSize 2, as a viewer sees it: platform (2) leaves {Tina, Nils, Nora} (3), so it
    // is shown; tiny would split those into {Tina} (1) and {Nils, Nora}, so it is hidden.
    let set = "mutation($ws: ID!) { updateWorkspaceSettings(workspaceId: $ws, minGroupSize: 2) { minGroupSize publicShareCards } }";
    let set = w.ask(&w.owner, set, json!({ "ws": ws })).await;
    assert_eq!(
        set["data"]["updateWorkspaceSettings"],
        json!({ "minGroupSize": 2, "publicShareCards": true }),
        "{set}"
    );
    let small = w.create(&w.owner, json!({ "kind": "TEAM", "team": "tiny" })).await;
    assert_eq!(code(&small), Some("BAD_USER_INPUT"), "{small}");
    assert!(small["errors"][0]["message"].as_str().unwrap().contains("minimum group size"), "{small}");
    let team = w
        .create(
            &w.owner,
            json!({ "kind": "TEAM", "team": "platform", "figures": ["SESSIONS", "ACTIVE_DAYS"] }),
        )
        .await;
    let team = &team["data"]["createShareCard"];
    assert_eq!(team["card"]["title"], "Team platform", "{team}");
    assert_eq!(team["card"]["figures"], json!(["SESSIONS", "ACTIVE_DAYS"]));
    // Platform's sessions: Bartholomew 100 × 4 days + Annika 3 + 2 + 4 = 409; active every day: 4.
    let post = team["postText"].as_str().unwrap();
    assert!(post.contains("409 sessions, 4 active days"), "{post}");
    let html = w.get(team["url"].as_str().unwrap()).await.text().await.unwrap();
    assert!(!html.contains(OTHER_NAME) && !html.contains("annika") && !html.contains("Acme"), "{html}");
}

async fn cards_are_listed_and_revoked_only_by_their_maker_or_an_admin(backend: &str) {
    let w = world(backend).await;
    let ws = w.ws.to_string();
    let annikas = w.annikas_card().await;
    let bart_card = w.create(&w.bart, json!({ "kind": "PERSON", "figures": ["ACTIVE_DAYS"] })).await;
    let barts_id = bart_card["data"]["createShareCard"]["card"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{bart_card}"))
        .to_owned();
    let annikas_id = annikas["card"]["id"].as_str().unwrap().to_owned();
    let list = "query($ws: ID!) { shareCards(workspaceId: $ws) { id title } }";
    let ids = |v: &Value| -> Vec<String> {
        v["data"]["shareCards"]
            .as_array()
            .unwrap_or_else(|| panic!("{v}"))
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&w.ask(&w.annika, list, json!({ "ws": ws })).await), vec![annikas_id.as_str()]);
    assert_eq!(ids(&w.ask(&w.bart, list, json!({ "ws": ws })).await), vec![barts_id.as_str()]);
    assert_eq!(
        ids(&w.ask(&w.owner, list, json!({ "ws": ws })).await),
        vec![barts_id.as_str(), annikas_id.as_str()]
    );

    // Someone of another workspace sees and revokes nothing.
    let stranger = w.app.sign_up("stranger@y.io").await;
    w.app.create_workspace(&stranger, "Elsewhere").await;
    assert_eq!(code(&w.ask(&stranger, list, json!({ "ws": ws })).await), Some("FORBIDDEN"));
    let revoke = "mutation($id: ID!) { revokeShareCard(id: $id) { id revokedAt } }";
    let refused = w.ask(&stranger, revoke, json!({ "id": annikas_id })).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    // Nor does another member; an unknown id reads the same.
    let refused = w.ask(&w.bart, revoke, json!({ "id": annikas_id })).await;
    assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    assert_eq!(code(&w.ask(&w.bart, revoke, json!({ "id": "987654" })).await), Some("FORBIDDEN"));
    assert_eq!(w.get(annikas["url"].as_str().unwrap()).await.status(), 200);
    // The workspace's admin may.
    let revoked = w.ask(&w.owner, revoke, json!({ "id": annikas_id })).await;
    assert!(revoked["data"]["revokeShareCard"]["revokedAt"].is_string(), "{revoked}");
    assert_eq!(w.get(annikas["url"].as_str().unwrap()).await.status(), 404);

    // Both actions are in the audit log.
    let audit = w
        .ask(
            &w.owner,
            "query($ws: ID!) { auditLog(workspaceId: $ws) { events { action } } }",
            json!({ "ws": ws }),
        )
        .await;
    let actions = audit.to_string();
    assert!(actions.contains("createShareCard") && actions.contains("revokeShareCard"), "{audit}");
    // The list never shows a link.
    assert!(!w.ask(&w.owner, list, json!({ "ws": ws })).await.to_string().contains("/s/"));
}

on_both_backends!(
    a_person_card_shows_frozen_own_figures_with_absolute_meta_tags,
    a_link_stops_working_the_same_way_for_every_reason,
    team_cards_are_for_admins_and_large_enough_teams_only,
    cards_are_listed_and_revoked_only_by_their_maker_or_an_admin,
);
