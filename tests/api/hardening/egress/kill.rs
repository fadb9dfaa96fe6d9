//! Done-when item of issue #10: `kill -9` the real binary during a backfill, restart it with the
//! same instance id and data: the run is taken over at start and finishes, nothing lost or
//! doubled. Runs `ai-usage serve` as a child process on both backends.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ai_usage::crypto::generate_key_base64;
use ai_usage::domain::SyncRunStatus;
use ai_usage::storage::sync_runs;
use serde_json::json;

use crate::common::TestDb;
use crate::sync_support::{ClaudeFake, DayScript, GOOD_KEY, Totals, days_ago, row, stored};

/// The child process; killed (SIGKILL) when dropped, so a failing test leaves nothing behind.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Setup {
    db: TestDb,
    data: tempfile::TempDir,
    key: String,
    fake: ClaudeFake,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn serve(s: &Setup) -> Server {
    let listen = format!("127.0.0.1:{}", free_port());
    let fake_port = s.fake.base_url.rsplit(':').next().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .arg("serve")
        .env("DATABASE_URL", &s.db.url)
        .env("AI_USAGE_DATA_DIR", s.data.path())
        .env("AI_USAGE_ENCRYPTION_KEY", &s.key)
        .env("AI_USAGE_LISTEN", &listen)
        .env("AI_USAGE_SIGNUP", "open")
        .env("AI_USAGE_BACKFILL_DAYS", "5")
        .env("AI_USAGE_ALLOWED_VENDOR_HOSTS", format!("127.0.0.1:{fake_port}"))
        .env("AI_USAGE_INSTANCE_ID", "kill-test-node")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start ai-usage");
    let server = Server { child, base: format!("http://{listen}") };
    let started = Instant::now();
    while reqwest::get(format!("{}/healthz", server.base)).await.map(|r| r.status().is_success()).ok()
        != Some(true)
    {
        assert!(started.elapsed() < Duration::from_secs(30), "the server did not come up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server
}

async fn gql(
    server: &Server,
    token: Option<&str>,
    query: &str,
    variables: serde_json::Value,
) -> serde_json::Value {
    let mut request = reqwest::Client::new().post(format!("{}/graphql", server.base));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let body = json!({ "query": query, "variables": variables });
    request.json(&body).send().await.unwrap().json().await.unwrap()
}

/// Day `n` days ago has one row: alice, `n + 1` sessions, `100 × (n + 1)` tokens, `n + 1` cents.
fn expected(from: chrono::NaiveDate, to: chrono::NaiveDate) -> Totals {
    let mut t = Totals::default();
    for day in from.iter_days().take_while(|d| *d <= to) {
        let n = (days_ago(0) - day).num_days() + 1;
        t.rows += 1;
        t.sessions += n;
        t.input_tokens += 100 * n;
        t.cost_millicents += 1_000 * n;
    }
    t
}

async fn kill_9_during_a_backfill_then_restart_finishes_it_exactly(backend: &str) {
    let fake = ClaudeFake::start().await;
    for n in 0..10i64 {
        let day = days_ago(n);
        let rows = DayScript::Rows(vec![row(day, "alice@x.io", n + 1, 100 * (n + 1), n + 1)]);
        fake.set_day(day, DayScript::Slow(Duration::from_millis(400), Box::new(rows)));
    }
    let s = Setup {
        db: TestDb::of(backend).await,
        data: tempfile::tempdir().unwrap(),
        key: generate_key_base64(),
        fake,
    };

    let server = serve(&s).await;
    let signed_up = gql(
        &server,
        None,
        "mutation { signUp(email: \"op@example.com\", password: \"correct horse battery\") { token } }",
        json!({}),
    )
    .await;
    let token =
        signed_up["data"]["signUp"]["token"].as_str().unwrap_or_else(|| panic!("{signed_up}")).to_owned();
    let ws = gql(&server, Some(&token), "{ workspaces { id } }", json!({})).await;
    let workspace = ws["data"]["workspaces"][0]["id"].as_str().unwrap().to_owned();
    let connect = "mutation($w: ID!, $u: String, $k: String!) { connectIntegration(workspaceId: $w, \
        input: {provider: CLAUDE_CODE, displayName: \"Claude\", apiKey: $k, baseUrl: $u}) { id } }";
    let r =
        gql(&server, Some(&token), connect, json!({ "w": workspace, "u": s.fake.base_url, "k": GOOD_KEY }))
            .await;
    let id: i64 =
        r["data"]["connectIntegration"]["id"].as_str().unwrap_or_else(|| panic!("{r}")).parse().unwrap();

    // Wait for two committed days of the backfill, then SIGKILL.
    let started = Instant::now();
    let run = loop {
        let runs = sync_runs::recent(&s.db.db, id, 5).await.unwrap();
        if let Some(run) = runs.into_iter().find(|r| r.days_done >= 2) {
            break run;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "the backfill did not progress");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    drop(server); // kill -9
    let dead = sync_runs::get(&s.db.db, run.id).await.unwrap();
    assert_eq!(dead.status, SyncRunStatus::Running, "{dead:?}");
    assert!(dead.days_done < dead.days_total, "killed mid-backfill: {dead:?}");

    let server = serve(&s).await;
    let started = Instant::now();
    let finished = loop {
        let run = sync_runs::get(&s.db.db, run.id).await.unwrap();
        if run.status != SyncRunStatus::Running {
            break run;
        }
        // Taken over at start: well within one default lease (60 s).
        assert!(started.elapsed() < Duration::from_secs(30), "the run was not taken over: {run:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(
        (finished.status, finished.error.as_deref()),
        (SyncRunStatus::Succeeded, None),
        "{finished:?}"
    );
    assert_eq!(finished.days_done, finished.days_total);
    let runs = sync_runs::recent(&s.db.db, id, 10).await.unwrap();
    assert_eq!(runs.len(), 1, "one run, taken over, not a second one: {runs:?}");
    assert_eq!(stored(&s.db.db, id).await.0, expected(finished.range_from, finished.range_to));
    // A day committed before the kill was not fetched again.
    assert_eq!(s.fake.fetches_of(finished.range_from), 1);
    drop(server);
}

on_both_backends!(kill_9_during_a_backfill_then_restart_finishes_it_exactly);
