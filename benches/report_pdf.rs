//! The PDF report of a year of a 1,000-person team: 1,000 people × 3 tools × 365 days (the
//! dashboard bench's bulk seed), the report of the whole year as the workspace's owner (every
//! section, the people table of 1,000 rows included). Times figure gathering
//! (`export::pdf::gather`) and rendering (`export::pdf::render`) separately, median of 5, on
//! SQLite and PostgreSQL (`TEST_DATABASE_URL`, a fresh database). Target: render ≤ 3 s.
//!
//! Run: `cargo bench --bench report_pdf` (`BENCH_BACKEND=sqlite` or `postgres` runs one;
//! `BENCH_PDF_OUT=path.pdf` keeps the last report).
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ai_usage::app::{self, Settings};
use ai_usage::auth::{Caller, SignupMode};
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::export::ExportQuery;
use ai_usage::export::pdf;
use ai_usage::export::query::Paper;
use ai_usage::storage::Db;
use chrono::{Days, NaiveDate};
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use serde_json::{Value, json};

const PEOPLE: i64 = 1_000;
const FIRST_DAY: &str = "2025-11-27";
const DAYS: i64 = 365;
const RUNS: usize = 5;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let only = std::env::var("BENCH_BACKEND").ok();
    if only.as_deref().is_none_or(|b| b == "postgres") {
        let pg_admin = std::env::var("TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
        let name = format!("aiu_bench_pdf_{:08x}", rand::random::<u32>());
        let mut admin =
            AsyncPgConnection::establish(&pg_admin).await.expect("PostgreSQL at TEST_DATABASE_URL");
        admin.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
        let pg_url = format!("{}/{name}", pg_admin.rsplit_once('/').unwrap().0);
        run("PostgreSQL", &pg_url).await;
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.unwrap();
    }
    if only.as_deref().is_none_or(|b| b == "sqlite") {
        let dir = tempfile::tempdir().unwrap();
        run("SQLite", &format!("sqlite://{}", dir.path().join("bench.db").display())).await;
    }
}

async fn run(label: &str, url: &str) {
    let db = Db::connect(url).await.unwrap();
    db.run_migrations().await.unwrap();
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let settings = Settings {
        signup_mode: SignupMode::Open,
        keyring,
        engine: Default::default(),
        scheduler: None,
        edge: Default::default(),
    };
    let running = app::start(db.clone(), "127.0.0.1:0".parse().unwrap(), settings).await.unwrap();
    let endpoint = format!("http://{}/graphql", running.addr);
    let http = reqwest::Client::new();
    let gql = async |token: Option<&str>, query: &str| -> Value {
        let mut req = http.post(&endpoint).json(&json!({ "query": query }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        assert!(v["errors"].is_null(), "{v}");
        v["data"].clone()
    };
    let signed = gql(
        None,
        r#"mutation { signUp(email: "admin@bench.io", password: "correct horse battery") { token user { id } } }"#,
    )
    .await;
    let token = signed["signUp"]["token"].as_str().unwrap().to_owned();
    let user_id: i64 = signed["signUp"]["user"]["id"].as_str().unwrap().parse().unwrap();
    let ws = gql(Some(&token), r#"mutation { createWorkspace(name: "Bench") { id } }"#).await;
    let ws: i64 = ws["createWorkspace"]["id"].as_str().unwrap().parse().unwrap();

    let first = NaiveDate::parse_from_str(FIRST_DAY, "%Y-%m-%d").unwrap();
    let started = Instant::now();
    support::seed::seed(&db, ws, first, DAYS, PEOPLE).await;
    println!(
        "{label}: seeded {PEOPLE} people × 3 tools × {DAYS} days in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let to = first + Days::new(DAYS as u64 - 1);
    let query = ExportQuery::parse(Some(&format!("workspace={ws}&from={first}&to={to}"))).unwrap();
    let caller = Caller { user_id, email: "admin@bench.io".into(), token_id: 0, instance_admin: false };
    let (mut gathering, mut rendering) = (Vec::new(), Vec::new());
    let mut last = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let figures = pdf::gather(&db, &caller, &query).await.unwrap();
        gathering.push(t.elapsed());
        let t = Instant::now();
        let bytes =
            tokio::task::spawn_blocking(move || pdf::render(&figures, Paper::A4)).await.unwrap().unwrap();
        rendering.push(t.elapsed());
        last = bytes;
    }
    println!(
        "{label}: year report ({PEOPLE} people), median of {RUNS}: gather {:.0} ms, render {:.0} ms; {:.1} MB PDF",
        ms(median(&mut gathering)),
        ms(median(&mut rendering)),
        last.len() as f64 / 1e6
    );
    if let Some(path) = std::env::var_os("BENCH_PDF_OUT") {
        std::fs::write(path, &last).unwrap();
    }
    running.stop().await.unwrap();
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
