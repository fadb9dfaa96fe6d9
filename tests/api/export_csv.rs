//! The CSV exports (issue #16) over real HTTP on both backends: each file parsed back with the
//! `csv` crate, its figures checked against sums worked out by hand from the rows written here
//! and against what GraphQL answers for the same parameters; formula neutralisation; who may
//! download what; keyset paging across page boundaries; the download headers.

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, Provider, ProviderDay,
};
use ai_usage::storage::{self, Db, day_writer};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{Account, TestApp};

const RANGE: &str = "from=2024-03-01&to=2024-03-31";
const HYPERLINK: &str = "=HYPERLINK(\"http://x\",\"y\")";

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

async fn integration(db: &Db, workspace_id: i64, provider: Provider) -> i64 {
    let now = Utc::now().naive_utc();
    let new = storage::integrations::NewIntegration {
        workspace_id,
        provider,
        display_name: provider.as_str(),
        scope_kind: None,
        scope_slug: None,
        base_url: None,
        secret_ciphertext: b"x",
        secret_hint: "…",
        schedule: "0 2 * * *",
        next_sync_at: None,
        created_at: now,
        updated_at: now,
    };
    storage::integrations::create(db, &new).await.unwrap().id
}

fn actor(kind: ActorKind, who: &str, measures: Measures, model: Option<&str>) -> ActorDay {
    let breakdowns = model
        .map(|m| vec![Breakdown { dimension: Dimension::Model, value: m.into(), measures }])
        .unwrap_or_default();
    ActorDay {
        actor: ActorKey { kind, identifier: who.into(), external_id: None },
        active: true,
        measures,
        breakdowns,
        teams: vec![],
    }
}

async fn write(db: &Db, integration_id: i64, on: &str, actors: Vec<ActorDay>) {
    let provider_day = ProviderDay { day: day(on), actors, raw: vec![] };
    day_writer::write_day(db, integration_id, &provider_day, "USD", Utc::now().naive_utc()).await.unwrap();
}

struct World {
    app: TestApp,
    ws: i64,
    owner: Account,
    viewer: Account,
    member: Account,
    outsider: Account,
}

impl World {
    /// Two tools, four identities, three days (the sums the tests expect are worked out from these):
    /// - Claude Code, Mon 2024-03-04: ann@x.io sessions 2, input 100, output 10, cost 500, lines
    ///   added 7 (model `claude-x`); the identity named `=HYPERLINK(…)` sessions 1, cost −12 (a
    ///   credit), model `=cmd`.
    /// - Copilot, Tue 2024-03-05: ann-gh interactions 5, shown 20, accepted 8, lines accepted 6.
    /// - Copilot, Tue 2024-03-12: ben-gh interactions 3, shown 4.
    async fn new(backend: &str) -> World {
        let app = TestApp::spawn(backend).await;
        let owner = app.sign_up("owner@x.io").await;
        let viewer = app.sign_up("viewer@x.io").await;
        let member = app.sign_up("member@x.io").await;
        let outsider = app.sign_up("outsider@x.io").await;
        let ws = app.create_workspace(&owner, "Exports").await;
        app.add_member(&owner, ws, &viewer, "viewer@x.io", "VIEWER").await;
        app.add_member(&owner, ws, &member, "member@x.io", "MEMBER").await;
        let db = app.db().clone();
        let claude = integration(&db, ws, Provider::ClaudeCode).await;
        let copilot = integration(&db, ws, Provider::Copilot).await;
        let ann = Measures {
            sessions: 2,
            input_tokens: 100,
            output_tokens: 10,
            cost_millicents: 500,
            lines_added: 7,
            ..Measures::default()
        };
        let link = Measures { sessions: 1, cost_millicents: -12, ..Measures::default() };
        write(
            &db,
            claude,
            "2024-03-04",
            vec![
                actor(ActorKind::Email, "ann@x.io", ann, Some("claude-x")),
                actor(ActorKind::Email, HYPERLINK, link, Some("=cmd")),
            ],
        )
        .await;
        let ann_gh = Measures {
            interactions: 5,
            suggestions_shown: 20,
            suggestions_accepted: 8,
            lines_accepted: 6,
            ..Measures::default()
        };
        write(&db, copilot, "2024-03-05", vec![actor(ActorKind::Login, "ann-gh", ann_gh, None)]).await;
        let ben_gh = Measures { interactions: 3, suggestions_shown: 4, ..Measures::default() };
        write(&db, copilot, "2024-03-12", vec![actor(ActorKind::Login, "ben-gh", ben_gh, None)]).await;
        World { app, ws, owner, viewer, member, outsider }
    }

    async fn get(&self, who: Option<&Account>, path: &str) -> reqwest::Response {
        let mut request = self.app.http.get(self.app.url(path));
        if let Some(who) = who {
            request = request.bearer_auth(&who.token);
        }
        request.send().await.unwrap()
    }

    /// The file at `/export/{file}?workspace=…&{params}` downloaded by the owner, parsed.
    async fn csv(&self, file: &str, params: &str) -> Table {
        let path = format!("/export/{file}?workspace={}&{params}", self.ws);
        let response = self.get(Some(&self.owner), &path).await;
        assert_eq!(response.status(), 200, "{path}");
        Table::parse(&response.bytes().await.unwrap())
    }

    async fn gql(&self, doc: &str) -> Value {
        let answer =
            self.app.gql_as(Some(&self.owner.token), doc, json!({ "ws": self.ws.to_string() })).await;
        assert!(answer["errors"].is_null(), "{answer}");
        answer["data"].clone()
    }
}

/// A parsed CSV file: its header and rows.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn parse(bytes: &[u8]) -> Table {
        let mut reader = csv::Reader::from_reader(bytes);
        let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        Table { header, rows }
    }

    fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"))
    }

    /// The cell of `row` in column `name`.
    fn cell<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        &row[self.col(name)]
    }

    /// The rows whose `key` column is `value`.
    fn find(&self, key: &str, value: &str) -> Vec<&Vec<String>> {
        let col = self.col(key);
        self.rows.iter().filter(|r| r[col] == value).collect()
    }
}

/// A CSV number cell as GraphQL would give it: empty is null.
fn number(cell: &str) -> Value {
    if cell.is_empty() { Value::Null } else { json!(cell.parse::<i64>().unwrap()) }
}

/// The measure columns and their `UsageTotals` fields, in file order.
const MEASURES: [(&str, &str); 18] = [
    ("sessions", "sessions"),
    ("interactions", "interactions"),
    ("input_tokens", "inputTokens"),
    ("output_tokens", "outputTokens"),
    ("cache_read_tokens", "cacheReadTokens"),
    ("cache_write_tokens", "cacheWriteTokens"),
    ("total_tokens", "totalTokens"),
    ("cost_usd_millicents", "costMillicents"),
    ("lines_added", "linesAdded"),
    ("lines_removed", "linesRemoved"),
    ("lines_suggested", "linesSuggested"),
    ("lines_accepted", "linesAccepted"),
    ("suggestions_shown", "suggestionsShown"),
    ("suggestions_accepted", "suggestionsAccepted"),
    ("tool_accepted", "toolAccepted"),
    ("tool_rejected", "toolRejected"),
    ("commits", "commits"),
    ("pull_requests", "pullRequests"),
];

fn totals_selection() -> String {
    MEASURES.iter().map(|(_, field)| *field).collect::<Vec<_>>().join(" ")
}

/// Every measure cell of `row` equals the GraphQL `totals` object.
fn assert_measures(table: &Table, row: &[String], totals: &Value, what: &str) {
    assert_some_measures(table, row, totals, &MEASURES, what);
}

/// The cells of `measures` in `row` equal the GraphQL `totals` object.
fn assert_some_measures(
    table: &Table,
    row: &[String],
    totals: &Value,
    measures: &[(&str, &str)],
    what: &str,
) {
    for (column, field) in measures {
        assert_eq!(number(table.cell(row, column)), totals[field], "{what}: {column}");
    }
}

/// The measures compared with `dailyUsage`: a few, as its cost allows 10,000 rows of them.
const DAILY_MEASURES: [(&str, &str); 4] = [
    ("sessions", "sessions"),
    ("interactions", "interactions"),
    ("cost_usd_millicents", "costMillicents"),
    ("suggestions_shown", "suggestionsShown"),
];

async fn usage_per_week_and_tool(backend: &str) {
    let w = World::new(backend).await;
    let t = w.csv("usage.csv", &format!("{RANGE}&granularity=WEEK")).await;
    // March 2024 in ISO weeks: Feb 26, Mar 4, 11, 18, 25 — five buckets × two connected tools.
    assert_eq!(t.rows.len(), 10);
    let row = |start: &str, tool: Provider| {
        let found: Vec<_> = t
            .find("bucket_start", start)
            .into_iter()
            .filter(|r| t.cell(r, "provider") == tool.as_str())
            .collect();
        assert_eq!(found.len(), 1, "{start} {tool}");
        found[0].clone()
    };
    let claude = row("2024-03-04", Provider::ClaudeCode);
    assert_eq!(t.cell(&claude, "bucket_end"), "2024-03-10");
    assert_eq!(t.cell(&claude, "granularity"), "WEEK");
    assert_eq!(t.cell(&claude, "active_people"), "2", "ann and the hyperlink identity");
    assert_eq!(t.cell(&claude, "sessions"), "3", "2 + 1");
    assert_eq!(t.cell(&claude, "input_tokens"), "100");
    assert_eq!(t.cell(&claude, "total_tokens"), "110", "100 in + 10 out");
    assert_eq!(t.cell(&claude, "cost_usd_millicents"), "488", "500 − 12: a negative stays a number");
    assert_eq!(t.cell(&claude, "interactions"), "", "Claude Code does not report interactions");
    assert_eq!(t.cell(&claude, "suggestions_shown"), "", "nor completions shown");
    let copilot = row("2024-03-04", Provider::Copilot);
    assert_eq!(t.cell(&copilot, "interactions"), "5");
    assert_eq!(t.cell(&copilot, "suggestions_shown"), "20");
    assert_eq!(t.cell(&copilot, "cost_usd_millicents"), "", "Copilot reports no cost");
    let later = row("2024-03-11", Provider::Copilot);
    assert_eq!(t.cell(&later, "interactions"), "3");
    assert_eq!(t.cell(&later, "active_days"), "1");
    let empty = row("2024-03-25", Provider::Copilot);
    assert_eq!(t.cell(&empty, "interactions"), "0", "a week without use is zeros");

    // The same figures as `usageSeries` for the same parameters, cell by cell.
    let metrics = ["ACTIVE_USERS", "ACTIVE_DAYS"]
        .into_iter()
        .map(str::to_owned)
        .chain(MEASURES.iter().map(|(column, _)| match *column {
            "cost_usd_millicents" => "COST_MILLICENTS".to_owned(),
            other => other.to_ascii_uppercase(),
        }))
        .collect::<Vec<_>>()
        .join(", ");
    let doc = format!(
        "query($ws: ID!) {{ usageSeries(workspaceId: $ws, range: {{from: \"2024-03-01\", to: \"2024-03-31\"}},
         granularity: WEEK, metrics: [{metrics}], splitByProvider: true) {{ lines {{ provider points {{ start values }} }} }} }}"
    );
    let data = w.gql(&doc).await;
    let columns: Vec<&str> =
        ["active_people", "active_days"].into_iter().chain(MEASURES.iter().map(|(c, _)| *c)).collect();
    let mut compared = 0;
    for line in data["usageSeries"]["lines"].as_array().unwrap() {
        let Some(tool) = line["provider"].as_str() else { continue };
        let tool: Provider = match tool {
            "CLAUDE_CODE" => Provider::ClaudeCode,
            "COPILOT" => Provider::Copilot,
            _ => Provider::Cursor,
        };
        for point in line["points"].as_array().unwrap() {
            let start = point["start"].as_str().unwrap();
            let rows: Vec<_> = t
                .find("bucket_start", start)
                .into_iter()
                .filter(|r| t.cell(r, "provider") == tool.as_str())
                .collect();
            if tool == Provider::Cursor {
                assert!(rows.is_empty(), "no Cursor integration: no Cursor rows");
                continue;
            }
            for (i, column) in columns.iter().enumerate() {
                assert_eq!(number(t.cell(rows[0], column)), point["values"][i], "{start} {tool} {column}");
            }
            compared += 1;
        }
    }
    assert_eq!(compared, 10);
}

async fn usage_per_breakdown_value(backend: &str) {
    let w = World::new(backend).await;
    let t = w.csv("usage.csv", &format!("{RANGE}&breakdown=MODEL")).await;
    // Two models, one active day each; ties go by key: `=cmd` before `claude-x`.
    assert_eq!(t.rows.len(), 2);
    let claude_x = &t.find("key", "claude-x")[0];
    assert_eq!(t.cell(claude_x, "active_days"), "1");
    assert_eq!(t.cell(claude_x, "input_tokens"), "100");
    assert_eq!(t.cell(claude_x, "share"), "0.5");
    let cmd = &t.find("key", "'=cmd")[0];
    assert_eq!(t.cell(cmd, "cost_usd_millicents"), "-12", "a negative number is not neutralised");
    assert_eq!(t.cell(cmd, "label"), "'=cmd");

    // PERSON rows as `breakdown` gives them, with labels; the formula name is neutralised.
    let t = w.csv("usage.csv", &format!("{RANGE}&breakdown=PERSON")).await;
    let doc = format!(
        "query($ws: ID!) {{ breakdown(workspaceId: $ws, range: {{from: \"2024-03-01\", to: \"2024-03-31\"}},
         dimension: PERSON, top: 1000) {{ total rows {{ key value subject {{ label }} totals {{ {} }} }} other {{ key }} }} }}",
        totals_selection()
    );
    let data = w.gql(&doc).await;
    let rows = data["breakdown"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4, "ann@x.io, the hyperlink identity, ann-gh, ben-gh");
    assert!(data["breakdown"]["other"].is_null());
    assert_eq!(t.rows.len(), 4);
    for (csv_row, gql_row) in t.rows.iter().zip(rows) {
        assert_eq!(t.cell(csv_row, "key"), gql_row["key"].as_str().unwrap());
        assert_eq!(number(t.cell(csv_row, "active_days")), gql_row["value"]);
        let label = gql_row["subject"]["label"].as_str().unwrap();
        let expected = if label == HYPERLINK { format!("'{HYPERLINK}") } else { label.to_owned() };
        assert_eq!(t.cell(csv_row, "label"), expected);
        assert_measures(&t, csv_row, &gql_row["totals"], label);
    }
    assert_eq!(t.find("label", &format!("'{HYPERLINK}")).len(), 1);
}

async fn people_mirror_the_leaderboard(backend: &str) {
    let w = World::new(backend).await;
    let t = w.csv("people.csv", RANGE).await;
    let doc = format!(
        "query($ws: ID!) {{ people(workspaceId: $ws, range: {{from: \"2024-03-01\", to: \"2024-03-31\"}}, first: 1000) {{
           total rows {{ rank value subject {{ personId actorId label }} totals {{ {} }}
           tools {{ provider activeDays lastActiveDay }} }} }} }}",
        totals_selection()
    );
    let data = w.gql(&doc).await;
    let rows = data["people"]["rows"].as_array().unwrap();
    // Four identities, each active one day: ranks 1–4, value 1.
    assert_eq!(data["people"]["total"], 4);
    assert_eq!(t.rows.len(), 4);
    for (csv_row, gql_row) in t.rows.iter().zip(rows) {
        assert_eq!(number(t.cell(csv_row, "rank")), gql_row["rank"]);
        assert_eq!(t.cell(csv_row, "active_days"), "1");
        assert_eq!(number(t.cell(csv_row, "active_days")), gql_row["value"]);
        let id = |field: &str| gql_row["subject"][field].as_str().unwrap_or("").to_owned();
        assert_eq!(t.cell(csv_row, "actor_id"), id("actorId"));
        assert_eq!(t.cell(csv_row, "person_id"), id("personId"));
        let label = gql_row["subject"]["label"].as_str().unwrap();
        let expected = if label == HYPERLINK { format!("'{HYPERLINK}") } else { label.to_owned() };
        assert_eq!(t.cell(csv_row, "name"), expected);
        assert_measures(&t, csv_row, &gql_row["totals"], label);
        for tool in gql_row["tools"].as_array().unwrap() {
            let prefix = match tool["provider"].as_str().unwrap() {
                "CLAUDE_CODE" => Provider::ClaudeCode.as_str(),
                _ => Provider::Copilot.as_str(),
            };
            assert_eq!(number(t.cell(csv_row, &format!("{prefix}_active_days"))), tool["activeDays"]);
            assert_eq!(
                t.cell(csv_row, &format!("{prefix}_last_active_day")),
                tool["lastActiveDay"].as_str().unwrap()
            );
        }
    }
    let link = &t.find("name", &format!("'{HYPERLINK}"))[0];
    assert_eq!(t.cell(link, "cost_usd_millicents"), "-12", "the credit stays a number");
    assert_eq!(
        t.cell(link, "email_address"),
        format!("'{HYPERLINK}"),
        "an email identity's address, neutralised"
    );
    assert_eq!(t.cell(link, &format!("{}_last_active_day", Provider::ClaudeCode.as_str())), "2024-03-04");
    assert_eq!(t.cell(link, &format!("{}_active_days", Provider::Copilot.as_str())), "", "no Copilot use");
}

async fn daily_rows_across_pages(backend: &str) {
    let w = World::new(backend).await;
    // Seven more Claude Code days for ann@x.io: eleven rows in all, four pages of three.
    let claude: i64 = storage::integrations::list_for_workspace(w.app.db(), w.ws)
        .await
        .unwrap()
        .iter()
        .find(|i| i.provider == Provider::ClaudeCode)
        .unwrap()
        .id;
    for d in 20..27 {
        let m = Measures { sessions: d, ..Measures::default() };
        write(
            w.app.db(),
            claude,
            &format!("2024-03-{d}"),
            vec![actor(ActorKind::Email, "ann@x.io", m, None)],
        )
        .await;
    }
    ai_usage::export::daily_csv::set_page_rows(3);
    let t = w.csv("daily.csv", RANGE).await;
    assert_eq!(t.rows.len(), 11);
    let keys: Vec<(i64, i64, String)> = t
        .rows
        .iter()
        .map(|r| {
            let id = |c: &str| t.cell(r, c).parse::<i64>().unwrap();
            (id("integration_id"), id("actor_id"), t.cell(r, "day").to_owned())
        })
        .collect();
    assert!(keys.windows(2).all(|k| k[0] < k[1]), "ordered, no duplicates: {keys:?}");
    // Sessions of ann@x.io's seven added days: 20 + 21 + … + 26 = 161, plus 2 on 2024-03-04.
    let ann: i64 =
        t.find("actor", "ann@x.io").iter().map(|r| t.cell(r, "sessions").parse::<i64>().unwrap()).sum();
    assert_eq!(ann, 163);

    // Every row equals its `dailyUsage` row.
    let doc = format!(
        "query($ws: ID!) {{ dailyUsage(workspaceId: $ws, from: \"2024-03-01\", to: \"2024-03-31\") {{
           day integrationId actorId actor totals {{ {} }} }} }}",
        DAILY_MEASURES.iter().map(|(_, field)| *field).collect::<Vec<_>>().join(" ")
    );
    let data = w.gql(&doc).await;
    let gql_rows = data["dailyUsage"].as_array().unwrap();
    assert_eq!(gql_rows.len(), 11);
    for g in gql_rows {
        let found: Vec<_> = t
            .rows
            .iter()
            .filter(|r| {
                t.cell(r, "day") == g["day"].as_str().unwrap()
                    && t.cell(r, "actor_id") == g["actorId"].as_str().unwrap()
                    && t.cell(r, "integration_id") == g["integrationId"].as_str().unwrap()
            })
            .collect();
        assert_eq!(found.len(), 1, "{g}");
        let actor = g["actor"].as_str().unwrap();
        let expected = if actor == HYPERLINK { format!("'{HYPERLINK}") } else { actor.to_owned() };
        assert_eq!(t.cell(found[0], "actor"), expected);
        assert_eq!(t.cell(found[0], "active_that_day"), "true");
        assert_some_measures(&t, found[0], &g["totals"], &DAILY_MEASURES, actor);
    }
    let link = &t.find("actor", &format!("'{HYPERLINK}"))[0];
    assert_eq!(t.cell(link, "cost_usd_millicents"), "-12");
    assert_eq!(t.cell(link, "interactions"), "", "Claude Code does not report interactions");
}

async fn who_may_download_what(backend: &str) {
    let w = World::new(backend).await;
    let ws = w.ws;
    for file in ["usage.csv", "people.csv", "daily.csv"] {
        // Anonymous: 401 before any parameter is looked at, even garbage.
        for query in [format!("workspace={ws}"), "%%%&&=x&frm=no".to_owned()] {
            let response = w.get(None, &format!("/export/{file}?{query}")).await;
            assert_eq!(response.status(), 401, "{file}?{query}");
        }
        let response = w.get(Some(&w.outsider), &format!("/export/{file}?workspace={ws}")).await;
        assert_eq!(response.status(), 403, "{file}: another workspace's");
        let response =
            w.get(Some(&w.owner), &format!("/export/{file}?workspace={ws}&granularity=HOUR")).await;
        assert_eq!(response.status(), 400, "{file}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{body}");
    }
    let viewer = |file: &str| format!("/export/{file}?workspace={ws}&{RANGE}");
    assert_eq!(w.get(Some(&w.viewer), &viewer("usage.csv")).await.status(), 200);
    let by = |dimension: &str| format!("{}&breakdown={dimension}", viewer("usage.csv"));
    assert_eq!(w.get(Some(&w.viewer), &by("MODEL")).await.status(), 200);
    assert_eq!(w.get(Some(&w.viewer), &by("PERSON")).await.status(), 403, "PERSON rows are per-person data");
    assert_eq!(w.get(Some(&w.viewer), &viewer("people.csv")).await.status(), 403);
    assert_eq!(w.get(Some(&w.viewer), &viewer("daily.csv")).await.status(), 403);
    // A member's per-person files hold their own rows only: they have no identity here.
    let own = w.get(Some(&w.member), &viewer("daily.csv")).await;
    assert_eq!(own.status(), 200);
    assert_eq!(Table::parse(&own.bytes().await.unwrap()).rows.len(), 0);
    // A DAY series over four years is refused as `usageSeries` refuses it, with a status code.
    let long = format!("/export/usage.csv?workspace={ws}&from=2020-01-01&to=2023-12-31&granularity=DAY");
    assert_eq!(w.get(Some(&w.owner), &long).await.status(), 400);
}

async fn download_headers_and_bom(backend: &str) {
    let w = World::new(backend).await;
    let response =
        w.get(Some(&w.owner), &format!("/export/daily.csv?workspace={}&{RANGE}&bom=1", w.ws)).await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(header("cache-control"), "no-store");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"ai-usage-daily-2024-03-01-2024-03-31.csv\""
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFday,integration_id,"), "{:?}", &bytes[..20]);
    assert!(bytes.ends_with(b"\r\n"), "RFC 4180 line ends");
    let plain = w.get(Some(&w.owner), &format!("/export/people.csv?workspace={}&{RANGE}", w.ws)).await;
    assert!(plain.bytes().await.unwrap().starts_with(b"rank,"));
}

on_both_backends!(
    usage_per_week_and_tool,
    usage_per_breakdown_value,
    people_mirror_the_leaderboard,
    daily_rows_across_pages,
    who_may_download_what,
    download_headers_and_bom,
);
