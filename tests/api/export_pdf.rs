//! `GET /export/report.pdf` over real HTTP on both backends: the headline figures (computed by
//! hand below, and checked against GraphQL), a non-ASCII name, embedded fonts, no raster image,
//! page counts and sizes for A4 and Letter (poppler reads the files), the viewer's report without
//! people, 401/403, and the render limits while `/healthz` keeps answering.

use std::process::Command;
use std::time::{Duration, Instant};

use ai_usage::domain::{ActorDay, ActorKey, ActorKind, Measures, ProviderDay};
use ai_usage::storage::{self, Db, day_writer};
use chrono::{NaiveDate, Utc};
use serde_json::json;

use crate::common::{Account, TestApp};

/// The person whose name must survive into the PDF: Latin accents, Greek and Cyrillic (DejaVu
/// Sans, the bundled font, has no CJK glyphs, so no Han characters here).
const NAME: &str = "Zoë Ångström Σοφία Дмитриева";
const RANGE: &str = "from=2026-03-01&to=2026-03-10";

struct World {
    app: TestApp,
    ws: i64,
    owner: Account,
    viewer: Account,
    member: Account,
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// One Cursor actor-day: interactions, input and output tokens, cost (millicents), lines added,
/// suggestions shown and accepted.
fn usage(who: &str, [interactions, input, output, cost, lines, shown, accepted]: [i64; 7]) -> ActorDay {
    ActorDay {
        actor: ActorKey { kind: ActorKind::Email, identifier: who.into(), external_id: None },
        active: true,
        measures: Measures {
            interactions,
            input_tokens: input,
            output_tokens: output,
            cost_millicents: cost,
            lines_added: lines,
            suggestions_shown: shown,
            suggestions_accepted: accepted,
            ..Measures::default()
        },
        breakdowns: vec![],
        teams: vec![],
    }
}

async fn write(db: &Db, integration: i64, on: &str, actors: Vec<ActorDay>) {
    let provider_day = ProviderDay { day: day(on), actors, raw: vec![] };
    day_writer::write_day(db, integration, &provider_day, "USD", Utc::now().naive_utc()).await.unwrap();
}

impl World {
    /// Range 2026-03-01..=2026-03-10 (previous period 2026-02-19..=2026-02-28), one Cursor
    /// integration:
    /// - zoe@x.io (the person [`NAME`]) on 03-01, 03-02, 03-03, each day 10 interactions,
    ///   1,000 + 500 tokens, 250,000 millicents, 40 lines added, 20 suggestions shown, 15 accepted;
    /// - ben@x.io on 03-02: 5 interactions, 200 + 100 tokens, 100,000 millicents, 10 lines, 10
    ///   shown, 5 accepted; and on 02-20 (previous period): 4, 100 + 50, 50,000, 4 lines, 4 shown,
    ///   2 accepted.
    async fn new(backend: &str) -> World {
        let app = TestApp::spawn(backend).await;
        let owner = app.sign_up("owner@x.io").await;
        let viewer = app.sign_up("viewer@x.io").await;
        let member = app.sign_up("member@x.io").await;
        let ws = app.create_workspace(&owner, "Report Ωmega").await;
        app.add_member(&owner, ws, &viewer, "viewer@x.io", "VIEWER").await;
        app.add_member(&owner, ws, &member, "member@x.io", "MEMBER").await;
        let db = app.db().clone();
        storage::persons::create_person(&db, ws, NAME, Some("zoe@x.io"), Utc::now().naive_utc())
            .await
            .unwrap();
        let cursor = cursor_integration(&db, ws).await;
        for on in ["2026-03-01", "2026-03-02", "2026-03-03"] {
            let mut actors = vec![usage("zoe@x.io", [10, 1_000, 500, 250_000, 40, 20, 15])];
            if on == "2026-03-02" {
                actors.push(usage("ben@x.io", [5, 200, 100, 100_000, 10, 10, 5]));
            }
            write(&db, cursor, on, actors).await;
        }
        write(&db, cursor, "2026-02-20", vec![usage("ben@x.io", [4, 100, 50, 50_000, 4, 4, 2])]).await;
        World { app, ws, owner, viewer, member }
    }

    async fn get(&self, token: Option<&str>, query: &str) -> reqwest::Response {
        let mut request = self.app.http.get(self.app.url(&format!("/export/report.pdf?{query}")));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap()
    }

    /// The report of the fixture's range as `who`, checked to be a PDF download.
    async fn pdf(&self, who: &Account, paper: &str) -> Vec<u8> {
        let response =
            self.get(Some(&who.token), &format!("workspace={}&{RANGE}&paper={paper}", self.ws)).await;
        assert_eq!(response.status(), 200, "{:?}", response.text().await);
        let headers = response.headers();
        assert_eq!(headers["content-type"], "application/pdf");
        assert_eq!(headers["cache-control"], "no-store");
        assert_eq!(
            headers["content-disposition"],
            "attachment; filename=\"ai-usage-report-2026-03-01-2026-03-10.pdf\""
        );
        response.bytes().await.unwrap().to_vec()
    }
}

async fn cursor_integration(db: &Db, workspace_id: i64) -> i64 {
    let new =
        storage::integrations::NewIntegration::builder(workspace_id, ai_usage::domain::Provider::Cursor)
            .display_name("Cursor team")
            .sealed(b"x", "…");
    storage::integrations::create(db, &new).await.unwrap().id
}

/// Runs a poppler tool on `pdf` (written to a temp file) and returns its standard output.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut command = Command::new(tool);
    command.args(args).arg(&path);
    if tool == "pdftotext" || tool == "pdftoppm" {
        command.arg(dir.path().join("out"));
    }
    let output = command.output().unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed: {e}"));
    assert!(output.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
    if tool == "pdftotext" {
        return std::fs::read_to_string(dir.path().join("out")).unwrap();
    }
    if tool == "pdftoppm" {
        let pages = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("out"));
        return pages.count().to_string();
    }
    String::from_utf8(output.stdout).unwrap()
}

/// `Pages:` and `Page size:` of pdfinfo.
fn pages_and_size(pdf: &[u8]) -> (usize, String) {
    let info = poppler("pdfinfo", &[], pdf);
    let field = |name: &str| {
        info.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default().to_owned()
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

async fn admin_report_shows_the_figures_and_the_people(backend: &str) {
    let w = World::new(backend).await;
    let pdf = w.pdf(&w.owner, "a4").await;
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("Report Ωmega"), "{text}");
    assert!(text.contains("2026-03-01 to 2026-03-10 (UTC days, 10 days)"), "{text}");
    // Active people: zoe and ben (2); previous: ben (1) → +1 (+100.0%).
    assert!(text.contains("+1 (+100.0%)"), "{text}");
    // Interactions: 3 × 10 + 5 = 35; previous 4; change +31 = +775.0%.
    assert!(text.contains("+31 (+775.0%)"), "{text}");
    // Tokens: 3 × (1,000 + 500) + (200 + 100) = 4,800; previous 150; change +4,650.
    assert!(text.contains("4,800") && text.contains("+4,650"), "{text}");
    // Cost: 3 × 250,000 + 100,000 = 850,000 millicents = $8.50; previous $0.50; +$8.00 (+1600.0%).
    assert!(text.contains("$8.50") && text.contains("+$8.00 (+1600.0%)"), "{text}");
    // Lines added: 3 × 40 + 10 = 130; previous 4; +126.
    assert!(text.contains("130") && text.contains("+126"), "{text}");
    // Acceptance: (3 × 15 + 5) / (3 × 20 + 10) = 50 / 70 = 71.4%; previous 2 / 4 = 50.0%.
    assert!(text.contains("71.4%") && text.contains("+21.4 pt"), "{text}");
    // Cursor reports no sessions.
    assert!(text.contains("not reported"), "{text}");
    assert!(text.contains(NAME), "the person's name is in the text layer: {text}");
    assert!(text.contains("Metric definitions") && text.contains("Data freshness"), "{text}");
    assert!(text.contains("Page 1 of"), "{text}");

    // The same figures as GraphQL answers.
    let summary = w
        .app
        .gql_as(
            Some(&w.owner.token),
            "query($ws: ID!) { usageSummary(workspaceId: $ws, range: {from: \"2026-03-01\", to: \"2026-03-10\"}) {
                current { activeUsers activeDays acceptanceRateByCount totals { interactions totalTokens costMillicents linesAdded sessions } } } }",
            json!({ "ws": w.ws.to_string() }),
        )
        .await;
    let current = &summary["data"]["usageSummary"]["current"];
    assert_eq!(current["activeUsers"], 2, "{summary}");
    assert_eq!(current["activeDays"], 3, "{summary}");
    assert_eq!(current["totals"]["interactions"], 35, "{summary}");
    assert_eq!(current["totals"]["totalTokens"], 4_800, "{summary}");
    assert_eq!(current["totals"]["costMillicents"], 850_000, "{summary}");
    assert_eq!(current["totals"]["linesAdded"], 130, "{summary}");
    assert!(current["totals"]["sessions"].is_null(), "{summary}");

    let fonts = poppler("pdffonts", &[], &pdf);
    let font_rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert!(!font_rows.is_empty(), "{fonts}");
    for row in &font_rows {
        // Columns: name type encoding emb sub uni object ID; the name has no spaces.
        let columns: Vec<&str> = row.split_whitespace().collect();
        let emb = columns[columns.len() - 5];
        assert_eq!(emb, "yes", "every font is embedded: {fonts}");
        assert!(row.contains("DejaVu"), "{fonts}");
    }
    let images = poppler("pdfimages", &["-list"], &pdf);
    assert_eq!(images.lines().count(), 2, "a header only, no image: {images}");

    let (a4_pages, a4_size) = pages_and_size(&pdf);
    assert!(a4_size.starts_with("595 x 842 pts"), "{a4_size}");
    assert_eq!(poppler("pdftoppm", &["-r", "50", "-png"], &pdf), a4_pages.to_string());
    let letter = w.pdf(&w.owner, "letter").await;
    let (letter_pages, letter_size) = pages_and_size(&letter);
    assert!(letter_size.starts_with("612 x 792 pts"), "{letter_size}");
    assert_eq!(poppler("pdftoppm", &["-r", "50", "-png"], &letter), letter_pages.to_string());
    // The cover; the calendar and both charts; the breakdowns, people, freshness and the first
    // metric definitions; two more pages of the twenty definitions.
    assert_eq!((a4_pages, letter_pages), (EXPECTED_A4_PAGES, EXPECTED_LETTER_PAGES));

    // Over six years the per-day sections show the last three and say so; the totals cover every
    // fixture row, ben's 02-20 included: 4,800 + 150 = 4,950 tokens, 850,000 + 50,000 millicents.
    let long =
        w.get(Some(&w.owner.token), &format!("workspace={}&from=2020-01-01&to=2026-03-10", w.ws)).await;
    assert_eq!(long.status(), 200);
    let text = poppler("pdftotext", &[], &long.bytes().await.unwrap());
    assert!(text.contains("its last three years, 2023-03-11 to 2026-03-10"), "{text}");
    assert!(text.contains("4,950") && text.contains("$9.00"), "{text}");
}

const EXPECTED_A4_PAGES: usize = 5;
const EXPECTED_LETTER_PAGES: usize = 5;

async fn viewer_report_has_figures_but_no_people(backend: &str) {
    let w = World::new(backend).await;
    let text = poppler("pdftotext", &[], &w.pdf(&w.viewer, "a4").await);
    assert!(text.contains("$8.50") && text.contains("+31 (+775.0%)"), "{text}");
    assert!(text.contains("No people section"), "{text}");
    assert!(!text.contains("Zoë") && !text.contains("ben@x.io"), "no person row for a viewer: {text}");
    // A member sees the section, with their own rows only (they have none here).
    let text = poppler("pdftotext", &[], &w.pdf(&w.member, "a4").await);
    assert!(text.contains("Your role sees your own rows only"), "{text}");
    assert!(!text.contains("Zoë"), "{text}");
}

async fn anonymous_is_401_and_another_workspace_403(backend: &str) {
    let w = World::new(backend).await;
    let query = format!("workspace={}&{RANGE}", w.ws);
    assert_eq!(w.get(None, &query).await.status(), 401);
    let stranger = w.app.sign_up("stranger@x.io").await;
    let refused = w.get(Some(&stranger.token), &query).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(refused.headers()["content-type"], "application/json");
    let bad = w.get(Some(&w.owner.token), &format!("workspace={}&paper=a3", w.ws)).await;
    assert_eq!(bad.status(), 400);
}

on_both_backends!(
    admin_report_shows_the_figures_and_the_people,
    viewer_report_has_figures_but_no_people,
    anonymous_is_401_and_another_workspace_403,
);

/// Ten reports at once from three users: each answer is 200 or 429 (two render at a time, a
/// request waits a second for a slot), at least one is 200, and `/healthz` answers within half a
/// second throughout; then one user past six reports a minute gets 429 with `Retry-After`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reports_keep_the_service_answering() {
    let w = World::new("sqlite").await;
    let query = format!("workspace={}&{RANGE}", w.ws);
    let callers = [
        &w.owner, &w.owner, &w.owner, &w.owner, &w.viewer, &w.viewer, &w.viewer, &w.member, &w.member,
        &w.member,
    ];
    let running = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let probe = {
        let (http, url, running) = (w.app.http.clone(), w.app.url("/healthz"), running.clone());
        tokio::spawn(async move {
            let mut slowest = Duration::ZERO;
            let mut probes = 0;
            while running.load(std::sync::atomic::Ordering::Acquire) && probes < 2_000 {
                let started = Instant::now();
                let answer = http.get(&url).send().await.unwrap();
                assert_eq!(answer.status(), 200);
                slowest = slowest.max(started.elapsed());
                probes += 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            (slowest, probes)
        })
    };
    let requests = callers.iter().map(|who| w.get(Some(&who.token), &query));
    let statuses: Vec<u16> =
        futures_util::future::join_all(requests).await.iter().map(|r| r.status().as_u16()).collect();
    running.store(false, std::sync::atomic::Ordering::Release);
    let (slowest, probes) = probe.await.unwrap();
    assert!(statuses.iter().all(|s| *s == 200 || *s == 429), "{statuses:?}");
    assert!(statuses.contains(&200), "{statuses:?}");
    assert!(probes > 0 && slowest < Duration::from_millis(500), "healthz took {slowest:?} ({probes} probes)");

    // The owner has used four of six; the limit answers 429 within a few more.
    let mut limited = None;
    for _ in 0..8 {
        let answer = w.get(Some(&w.owner.token), &query).await;
        if answer.status() == 429 {
            limited = Some(answer);
            break;
        }
        assert_eq!(answer.status(), 200);
    }
    let limited = limited.expect("the per-user limit answers 429");
    assert!(limited.headers().contains_key("retry-after"));
    let body: serde_json::Value = limited.json().await.unwrap();
    assert_eq!(body["errors"][0]["extensions"]["code"], "RATE_LIMITED");
}
