//! The dashboard bundle at a year of a 1,000-person team, through the real GraphQL endpoint.
//!
//! Seeds 1,000 people × 3 tools × 365 days (about 80% of person-days active, one model breakdown
//! row each) with bulk SQL, builds the rollups the way `day_writer` would (grouped INSERT … SELECT,
//! a window per actor for the running totals),
//! then times summary + daily series + heatmap + provider breakdown + top-20 people over the last
//! 90 days, on PostgreSQL (`TEST_DATABASE_URL`, a fresh database) and SQLite. Also times the naive
//! way: load the raw daily rows of the range and sum them in the service.
//!
//! Run: `cargo bench --bench dashboard` (`BENCH_KEEP=1` keeps both databases for EXPLAIN).
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use ai_usage::app::{self, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::domain::Granularity;
use ai_usage::storage::analytics::sql::{Dialect, MEASURES};
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
    let pg_admin = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let name = format!("aiu_bench_{:08x}", rand::random::<u32>());
    let mut admin = AsyncPgConnection::establish(&pg_admin).await.expect("PostgreSQL at TEST_DATABASE_URL");
    admin.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
    let pg_url = format!("{}/{name}", pg_admin.rsplit_once('/').unwrap().0);
    run("PostgreSQL", &pg_url).await;
    let keep = std::env::var_os("BENCH_KEEP").is_some();
    if keep {
        println!("kept PostgreSQL database {name}");
    } else {
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.unwrap();
    }

    let dir = tempfile::tempdir().unwrap();
    let dir = if keep { dir.keep() } else { dir.path().to_owned() };
    run("SQLite", &format!("sqlite://{}", dir.join("bench.db").display())).await;
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
    let signed = gql(
        None,
        r#"mutation { signUp(email: "admin@bench.io", password: "correct horse battery") { token } }"#,
        json!({}),
    )
    .await;
    let token = signed["signUp"]["token"].as_str().unwrap().to_owned();
    let ws = gql(Some(&token), r#"mutation { createWorkspace(name: "Bench") { id } }"#, json!({})).await;
    let ws: i64 = ws["createWorkspace"]["id"].as_str().unwrap().parse().unwrap();

    let started = Instant::now();
    seed(&db, ws).await;
    println!("{label}: seeded in {:.1} s", started.elapsed().as_secs_f64());

    let to = NaiveDate::parse_from_str(FIRST_DAY, "%Y-%m-%d").unwrap() + Days::new(DAYS as u64 - 1);
    let from = to - Days::new(89);
    let vars = json!({ "ws": ws.to_string(), "r": { "from": from.to_string(), "to": to.to_string() } });
    for _ in 0..5 {
        gql(Some(&token), BUNDLE, vars.clone()).await;
    }
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
        "{label}: dashboard bundle over 90 days, {RUNS} runs: p50 {:.1} ms, p99 {:.1} ms; naive (load raw rows, sum in the service): p50 {:.1} ms; naive/rollups = {:.1}x",
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

/// Bulk seed: persons, one email actor per person and tool, daily rows, one model breakdown per
/// row, then every rollup in one grouped statement each.
async fn seed(db: &Db, ws: i64) {
    let backend = db.backend();
    let d = Dialect(backend);
    let first = NaiveDate::parse_from_str(FIRST_DAY, "%Y-%m-%d").unwrap();
    let (numbers, days) = match backend {
        Backend::Postgres => (
            format!("SELECT g AS n FROM generate_series(1, {PEOPLE}) g"),
            format!(
                "SELECT (DATE '{FIRST_DAY}' + g) AS day, g AS dn FROM generate_series(0, {}) g",
                DAYS - 1
            ),
        ),
        Backend::Sqlite => (
            format!(
                "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {PEOPLE}) SELECT n FROM s"
            ),
            format!(
                "WITH RECURSIVE s(dn) AS (SELECT 0 UNION ALL SELECT dn + 1 FROM s WHERE dn < {}) \
                 SELECT date('{FIRST_DAY}', '+' || dn || ' days') AS day, dn FROM s",
                DAYS - 1
            ),
        ),
    };
    let measures = MEASURES.join(", ");
    let sums = MEASURES.iter().map(|m| format!("SUM(du.{m})")).collect::<Vec<_>>().join(", ");
    let running = MEASURES
        .iter()
        .map(|m| format!("COALESCE(SUM(du.{m}) OVER w, 0) AS {m}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = first;
    let statements = vec![
        format!(
            "INSERT INTO integrations (workspace_id, provider, display_name, secret_ciphertext, secret_hint) VALUES \
             ({ws}, 'claude_code', 'Claude Code', {b}, '…'), ({ws}, 'copilot', 'Copilot', {b}, '…'), ({ws}, 'cursor', 'Cursor', {b}, '…')",
            b = match backend {
                Backend::Postgres => "'\\x00'::bytea",
                Backend::Sqlite => "x'00'",
            }
        ),
        format!(
            "INSERT INTO persons (workspace_id, display_name, email) SELECT {ws}, 'Person ' || n, 'p' || n || '@bench.io' FROM ({numbers}) nums"
        ),
        format!(
            "INSERT INTO actors (integration_id, kind, identifier, person_id) \
             SELECT i.id, 'email', p.email, p.id FROM persons p CROSS JOIN integrations i \
             WHERE p.workspace_id = {ws} AND i.workspace_id = {ws}"
        ),
        format!(
            "INSERT INTO daily_usage (integration_id, actor_id, day, active, sessions, interactions, input_tokens, output_tokens, \
             cost_millicents, lines_added, lines_accepted, suggestions_shown, suggestions_accepted) \
             SELECT a.integration_id, a.id, dd.day, TRUE, 1, 1 + (a.id * 7 + dd.dn) % 40, 1000 + (a.id + dd.dn) % 500, \
             200 + (a.id * 3 + dd.dn) % 300, 10 + (a.id + dd.dn * 5) % 90, (a.id + dd.dn) % 50, (a.id + dd.dn) % 20, \
             (a.id * 11 + dd.dn) % 30, (a.id * 11 + dd.dn) % 12 \
             FROM actors a CROSS JOIN ({days}) dd \
             WHERE a.integration_id IN (SELECT id FROM integrations WHERE workspace_id = {ws}) AND (a.id + dd.dn) % 5 <> 0"
        ),
        format!(
            "INSERT INTO usage_breakdowns (integration_id, actor_id, day, dimension, value, interactions, output_tokens) \
             SELECT du.integration_id, du.actor_id, du.day, 'model', 'model-' || (du.actor_id % 4), du.interactions, du.output_tokens \
             FROM daily_usage du"
        ),
        format!(
            "INSERT INTO usage_rollup_daily (integration_id, day, workspace_id, provider, actors, active_actors, {measures}) \
             SELECT du.integration_id, du.day, {ws}, i.provider, COUNT(*), SUM(CASE WHEN du.active THEN 1 ELSE 0 END), {sums} \
             FROM daily_usage du JOIN integrations i ON i.id = du.integration_id GROUP BY du.integration_id, du.day, i.provider"
        ),
        format!(
            "INSERT INTO usage_rollup_breakdown_daily (integration_id, day, dimension, value, workspace_id, provider, interactions, output_tokens) \
             SELECT du.integration_id, du.day, du.dimension, du.value, {ws}, i.provider, SUM(du.interactions), SUM(du.output_tokens) \
             FROM usage_breakdowns du JOIN integrations i ON i.id = du.integration_id \
             GROUP BY du.integration_id, du.day, du.dimension, du.value, i.provider"
        ),
        // Running totals per actor on every written day from its first row, as day_writer leaves them
        // (in day order, as a day-by-day backfill inserts them).
        format!(
            "INSERT INTO usage_rollup_actor_cumulative (actor_id, day, integration_id, workspace_id, provider, row_days, \
             active_days, last_active_day, {measures}) \
             SELECT s.actor_id, s.day, s.integration_id, {ws}, s.provider, s.row_days, s.active_days, s.last_active_day, {measures} \
             FROM (SELECT a.id AS actor_id, r.day AS day, r.integration_id AS integration_id, r.provider AS provider, \
             SUM(CASE WHEN du.actor_id IS NULL THEN 0 ELSE 1 END) OVER w AS row_days, \
             SUM(CASE WHEN du.active THEN 1 ELSE 0 END) OVER w AS active_days, \
             MAX(CASE WHEN du.active THEN du.day END) OVER w AS last_active_day, {running} \
             FROM actors a JOIN usage_rollup_daily r ON r.integration_id = a.integration_id \
             LEFT JOIN daily_usage du ON du.actor_id = a.id AND du.day = r.day \
             WINDOW w AS (PARTITION BY a.id ORDER BY r.day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) s \
             WHERE s.row_days > 0 ORDER BY s.day, s.actor_id"
        ),
        format!(
            "INSERT INTO usage_rollup_person_day (workspace_id, day, person_key) \
             SELECT DISTINCT {ws}, du.day, COALESCE(a.person_id, -a.id) FROM daily_usage du JOIN actors a ON a.id = du.actor_id \
             WHERE du.active"
        ),
        format!(
            "INSERT INTO usage_rollup_workspace_day (workspace_id, day, active_people) \
             SELECT p.workspace_id, p.day, COUNT(*) FROM usage_rollup_person_day p GROUP BY p.workspace_id, p.day"
        ),
        format!(
            "INSERT INTO usage_rollup_person_month (workspace_id, month, person_key, days) \
             SELECT p.workspace_id, {month}, p.person_key, CAST(SUM({bit}) AS BIGINT) FROM usage_rollup_person_day p \
             GROUP BY p.workspace_id, {month}, p.person_key",
            month = d.bucket_start("p.day", Granularity::Month),
            bit = d.day_bit("p.day"),
        ),
        // What autovacuum does after a bulk load: statistics, and (PostgreSQL) the visibility map
        // that lets index-only scans skip the heap.
        match backend {
            Backend::Postgres => "VACUUM ANALYZE".to_owned(),
            Backend::Sqlite => "ANALYZE".to_owned(),
        },
    ];
    ai_usage::storage::analytics::bulk_execute(db, statements).await.unwrap();
}
