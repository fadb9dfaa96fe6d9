//! The dashboard bundle at a year of a 1,000-person team, through the real GraphQL endpoint.
//!
//! Seeds 1,000 people × 3 tools × 365 days (about 80% of person-days active, one model breakdown
//! row each) with bulk SQL, builds the rollups the way `day_writer` would (grouped INSERT … SELECT,
//! a window per actor for the running totals),
//! then times summary + daily series + heatmap + provider breakdown + top-20 people over the last
//! 90 days, on PostgreSQL (`TEST_DATABASE_URL`, a fresh database) and SQLite. Also times the naive
//! way: load the raw daily rows of the range and sum them in the service.
//!
//! Run: `cargo bench --bench dashboard` (`BENCH_KEEP=1` keeps both databases for EXPLAIN;
//! `BENCH_BACKENDS=sqlite` or `=postgres` runs one backend; `BENCH_SEEDED=PATH` runs SQLite on a
//! copy of a database an earlier run kept, without seeding, for quick before/after pairs).
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use ai_usage::app::{self, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::storage::{Backend, Db};
use chrono::{Days, NaiveDate};
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use serde_json::{Value, json};

const PEOPLE: i64 = 1_000;
const FIRST_DAY: &str = "2025-11-27";
const DAYS: i64 = 365;
const RUNS: usize = 60;

const BUNDLE: &str = r#"query($ws: ID!, $r: DateRange) {
  usageSummary(workspaceId: $ws, range: $r) { current { totals { interactions costMillicents totalTokens } activeUsers dau wau mau currentStreak longestStreak topTool acceptanceRateByCount } previous { activeUsers } change { interactions } }
  usageSeries(workspaceId: $ws, range: $r, granularity: DAY, metrics: [INTERACTIONS, ACTIVE_USERS, COST_MILLICENTS, TOTAL_TOKENS]) { lines { points { start values } } }
  activityHeatmap(workspaceId: $ws, range: $r) { cells { day level } }
  breakdown(workspaceId: $ws, range: $r, dimension: PROVIDER) { total rows { key value share } }
  people(workspaceId: $ws, range: $r, first: 20) { total rows { rank value subject { label } tools { provider lastActiveDay } } }
}"#;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backends = std::env::var("BENCH_BACKENDS").unwrap_or_else(|_| "postgres,sqlite".to_owned());
    let keep = std::env::var_os("BENCH_KEEP").is_some();
    if backends.contains("postgres") {
        on_postgres(keep).await;
    }
    if let Some(seeded) = std::env::var_os("BENCH_SEEDED") {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.db");
        std::fs::copy(seeded, &path).unwrap();
        run("SQLite (seeded copy)", &format!("sqlite://{}", path.display())).await;
    } else if backends.contains("sqlite") {
        let dir = tempfile::tempdir().unwrap();
        let dir = if keep { dir.keep() } else { dir.path().to_owned() };
        let path = dir.join("bench.db");
        run("SQLite", &format!("sqlite://{}", path.display())).await;
        if keep {
            println!("kept SQLite database {}", path.display());
        }
    }
}

async fn on_postgres(keep: bool) {
    let pg_admin = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let name = format!("aiu_bench_{:08x}", rand::random::<u32>());
    let mut admin = AsyncPgConnection::establish(&pg_admin).await.expect("PostgreSQL at TEST_DATABASE_URL");
    admin.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
    let pg_url = format!("{}/{name}", pg_admin.rsplit_once('/').unwrap().0);
    run("PostgreSQL", &pg_url).await;
    if keep {
        println!("kept PostgreSQL database {name}");
    } else {
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.unwrap();
    }
}

async fn run(label: &str, url: &str) {
    let db = Db::connect(url).await.unwrap();
    db.run_migrations().await.unwrap();
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let running = app::start(
        db.clone(),
        "127.0.0.1:0".parse().unwrap(),
        Settings {
            signup_mode: SignupMode::Open,
            keyring,
            engine: Default::default(),
            scheduler: None,
            edge: Default::default(),
        },
    )
    .await
    .unwrap();
    let endpoint = format!("http://{}/graphql", running.addr);
    let http = reqwest::Client::new();
    let gql = async |token: Option<&str>, query: &str, vars: Value| -> Value {
        let mut req = http.post(&endpoint).json(&json!({ "query": query, "variables": vars }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        assert!(v["errors"].is_null(), "{v}");
        v["data"].clone()
    };
    let credentials = r#"email: "admin@bench.io", password: "correct horse battery""#;
    let (token, ws) = if db.backend() == Backend::Sqlite && std::env::var_os("BENCH_SEEDED").is_some() {
        let logged = gql(None, &format!("mutation {{ logIn({credentials}) {{ token }} }}"), json!({})).await;
        let token = logged["logIn"]["token"].as_str().unwrap().to_owned();
        let all = gql(Some(&token), "{ workspaces { id name } }", json!({})).await;
        let bench = all["workspaces"].as_array().unwrap().iter().find(|w| w["name"] == "Bench").unwrap();
        (token, bench["id"].as_str().unwrap().parse::<i64>().unwrap())
    } else {
        let signed = gql(None, &format!("mutation {{ signUp({credentials}) {{ token }} }}"), json!({})).await;
        let token = signed["signUp"]["token"].as_str().unwrap().to_owned();
        let ws = gql(Some(&token), r#"mutation { createWorkspace(name: "Bench") { id } }"#, json!({})).await;
        let ws: i64 = ws["createWorkspace"]["id"].as_str().unwrap().parse().unwrap();
        let started = Instant::now();
        let first_day = NaiveDate::parse_from_str(FIRST_DAY, "%Y-%m-%d").unwrap();
        support::seed::seed(&db, ws, first_day, DAYS, PEOPLE).await;
        println!("{label}: seeded in {:.1} s", started.elapsed().as_secs_f64());
        (token, ws)
    };

    let to = NaiveDate::parse_from_str(FIRST_DAY, "%Y-%m-%d").unwrap() + Days::new(DAYS as u64 - 1);
    let from = to - Days::new(89);
    let vars = json!({ "ws": ws.to_string(), "r": { "from": from.to_string(), "to": to.to_string() } });
    for _ in 0..5 {
        gql(Some(&token), BUNDLE, vars.clone()).await;
    }
    let statements_before = ai_usage::storage::statements_executed(url);
    gql(Some(&token), BUNDLE, vars.clone()).await;
    let statements = ai_usage::storage::statements_executed(url) - statements_before;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        let data = gql(Some(&token), BUNDLE, vars.clone()).await;
        times.push(t.elapsed());
        assert_eq!(data["people"]["rows"].as_array().unwrap().len(), 20);
    }
    let (p50, p99) = percentiles(&mut times);

    let mut naive = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        naive_bundle(&db, ws, from, to).await;
        naive.push(t.elapsed());
    }
    let (naive_p50, _) = percentiles(&mut naive);
    println!(
        "{label}: dashboard bundle over 90 days ({statements} statements), {RUNS} runs: p50 {:.1} ms, p99 {:.1} ms; naive (load raw rows, sum in the service): p50 {:.1} ms; naive/rollups = {:.1}x",
        ms(p50),
        ms(p99),
        ms(naive_p50),
        naive_p50.as_secs_f64() / p50.as_secs_f64()
    );
    running.stop().await.unwrap();
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentiles(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
    (at(0.50), at(0.99))
}

/// The naive bundle: every raw row of the range into the service, summed there.
async fn naive_bundle(db: &Db, ws: i64, from: NaiveDate, to: NaiveDate) {
    let rows =
        ai_usage::storage::usage::list_daily_for_workspace(db, ws, from, to, None, i64::MAX).await.unwrap();
    let mut per_day = std::collections::BTreeMap::<NaiveDate, (i64, std::collections::HashSet<i64>)>::new();
    let mut per_person = std::collections::HashMap::<i64, i64>::new();
    for (usage, actor) in &rows {
        let e = per_day.entry(usage.day).or_default();
        e.0 += usage.interactions;
        e.1.insert(actor.person_id.unwrap_or(-actor.id));
        *per_person.entry(actor.person_id.unwrap_or(-actor.id)).or_default() += usage.interactions;
    }
    let mut top: Vec<_> = per_person.into_iter().collect();
    top.sort_by_key(|p| std::cmp::Reverse(p.1));
    std::hint::black_box((per_day.len(), top.first()));
}
