//! The CSV exports (issue #16) over real HTTP on both backends: each file parsed back with the
//! `csv` crate, its figures checked against sums worked out by hand from the rows written here
//! and against what GraphQL answers for the same parameters; formula neutralisation; who may
//! download what; keyset paging across page boundaries; the download headers.

mod access;
mod rows;
mod usage;

use ai_usage::domain::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, Provider, ProviderDay,
};
use ai_usage::storage::{Db, day_writer};
use chrono::{NaiveDate, Utc};
use serde_json::{Value, json};

use crate::common::{Account, TestApp, keyless_integration};

pub(super) const RANGE: &str = "from=2024-03-01&to=2024-03-31";
pub(super) const HYPERLINK: &str = "=HYPERLINK(\"http://x\",\"y\")";

pub(super) fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub(super) fn actor(kind: ActorKind, who: &str, measures: Measures, model: Option<&str>) -> ActorDay {
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

pub(super) async fn write(db: &Db, integration_id: i64, on: &str, actors: Vec<ActorDay>) {
    let provider_day = ProviderDay { day: day(on), actors, raw: vec![] };
    day_writer::write_day(db, integration_id, &provider_day, "USD", Utc::now().naive_utc()).await.unwrap();
}

pub(super) struct World {
    pub(super) app: TestApp,
    pub(super) ws: i64,
    pub(super) owner: Account,
    pub(super) viewer: Account,
    pub(super) member: Account,
    pub(super) outsider: Account,
}

impl World {
    /// Two tools, four identities, three days (the sums the tests expect are worked out from these):
    /// - Claude Code, Mon 2024-03-04: ann@x.io sessions 2, input 100, output 10, cost 500, lines
    ///   added 7 (model `claude-x`); the identity named `=HYPERLINK(…)` sessions 1, cost −12 (a
    ///   credit), model `=cmd`.
    /// - Copilot, Tue 2024-03-05: ann-gh interactions 5, shown 20, accepted 8, lines accepted 6.
    /// - Copilot, Tue 2024-03-12: ben-gh interactions 3, shown 4.
    pub(super) async fn new(backend: &str) -> World {
        let app = TestApp::spawn(backend).await;
        let owner = app.sign_up("owner@x.io").await;
        let viewer = app.sign_up("viewer@x.io").await;
        let member = app.sign_up("member@x.io").await;
        let outsider = app.sign_up("outsider@x.io").await;
        let ws = app.create_workspace(&owner, "Exports").await;
        app.add_member(&owner, ws, &viewer, "viewer@x.io", "VIEWER").await;
        app.add_member(&owner, ws, &member, "member@x.io", "MEMBER").await;
        let db = app.db().clone();
        let claude = keyless_integration(&db, ws, Provider::ClaudeCode).await;
        let copilot = keyless_integration(&db, ws, Provider::Copilot).await;
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

    pub(super) async fn get(&self, who: Option<&Account>, path: &str) -> reqwest::Response {
        let mut request = self.app.http.get(self.app.url(path));
        if let Some(who) = who {
            request = request.bearer_auth(&who.token);
        }
        request.send().await.unwrap()
    }

    /// The file at `/export/{file}?workspace=…&{params}` downloaded by the owner, parsed.
    pub(super) async fn csv(&self, file: &str, params: &str) -> Table {
        let path = format!("/export/{file}?workspace={}&{params}", self.ws);
        let response = self.get(Some(&self.owner), &path).await;
        assert_eq!(response.status(), 200, "{path}");
        Table::parse(&response.bytes().await.unwrap())
    }

    pub(super) async fn gql(&self, doc: &str) -> Value {
        let answer =
            self.app.gql_as(Some(&self.owner.token), doc, json!({ "ws": self.ws.to_string() })).await;
        assert!(answer["errors"].is_null(), "{answer}");
        answer["data"].clone()
    }
}

/// A parsed CSV file: its header and rows.
pub(super) struct Table {
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<Vec<String>>,
}

impl Table {
    pub(super) fn parse(bytes: &[u8]) -> Table {
        let mut reader = csv::Reader::from_reader(bytes);
        let header = reader.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        Table { header, rows }
    }

    pub(super) fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"))
    }

    /// The cell of `row` in column `name`.
    pub(super) fn cell<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        &row[self.col(name)]
    }

    /// The rows whose `key` column is `value`.
    pub(super) fn find(&self, key: &str, value: &str) -> Vec<&Vec<String>> {
        let col = self.col(key);
        self.rows.iter().filter(|r| r[col] == value).collect()
    }
}

/// A CSV number cell as GraphQL would give it: empty is null.
pub(super) fn number(cell: &str) -> Value {
    if cell.is_empty() { Value::Null } else { json!(cell.parse::<i64>().unwrap()) }
}

/// The measure columns and their `UsageTotals` fields, in file order.
pub(super) const MEASURES: [(&str, &str); 18] = [
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

pub(super) fn totals_selection() -> String {
    MEASURES.iter().map(|(_, field)| *field).collect::<Vec<_>>().join(" ")
}

/// Every measure cell of `row` equals the GraphQL `totals` object.
pub(super) fn assert_measures(table: &Table, row: &[String], totals: &Value, what: &str) {
    assert_some_measures(table, row, totals, &MEASURES, what);
}

/// The cells of `measures` in `row` equal the GraphQL `totals` object.
pub(super) fn assert_some_measures(
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
pub(super) const DAILY_MEASURES: [(&str, &str); 4] = [
    ("sessions", "sessions"),
    ("interactions", "interactions"),
    ("cost_usd_millicents", "costMillicents"),
    ("suggestions_shown", "suggestionsShown"),
];
