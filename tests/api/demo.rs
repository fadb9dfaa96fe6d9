//! `ai-usage demo` as a stranger runs it: the real binary on a free port and a temporary data
//! dir, logged into over GraphQL with the printed credentials. The demo workspace must show
//! figures from all three tools (synced from the built-in fakes through the real connect and
//! sync path), name its people, and move on at every tick.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common;

const BIN: &str = env!("CARGO_BIN_EXE_ai-usage");

/// Kills the demo when the test ends, passed or not.
struct Demo(Child);

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What the demo printed: the URL, e-mail and password.
struct Login {
    url: String,
    email: String,
    password: String,
}

/// Starts the demo on `data_dir`, on `database_url` when given (else its SQLite file there).
fn start_demo(data_dir: &std::path::Path, database_url: Option<&str>) -> (Demo, Login) {
    let mut command = Command::new(BIN);
    command.args(["demo", "--listen", "127.0.0.1:0", "--tick-seconds", "2", "--data-dir"]).arg(data_dir);
    if let Some(url) = database_url {
        command.args(["--database-url", url]);
    }
    let mut child = command
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "ai_usage=info")
        .stdout(Stdio::piped())
        // Its log goes to a file in the data dir, shown when the demo does not come up.
        .stderr(std::fs::File::create(data_dir.join("demo.log")).expect("demo log file"))
        .spawn()
        .expect("start ai-usage demo");
    let stdout = child.stdout.take().expect("stdout");
    let demo = Demo(child);
    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        // Read to the end even once nobody listens: a closed pipe would make the demo's next
        // write fail.
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let (mut url, mut email, mut password) = (None, None, None);
    // Generous: on a cold CI machine the demo starts while the rest of the suite and Chromium
    // compete for two cores (it took more than 20 s there once).
    let deadline = Instant::now() + Duration::from_secs(90);
    while password.is_none() {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = received.recv_timeout(left).unwrap_or_else(|e| {
            let log = std::fs::read_to_string(data_dir.join("demo.log")).unwrap_or_default();
            panic!("the demo did not print its URL and log-in ({e}); its log:\n{log}")
        });
        let value = |label: &str| line.trim().strip_prefix(label).map(|v| v.trim().to_owned());
        url = url.or(value("open"));
        email = email.or(value("e-mail"));
        password = password.or(value("password"));
    }
    let login = Login {
        url: url.expect("an `open` line"),
        email: email.expect("an `e-mail` line"),
        password: password.expect("a `password` line"),
    };
    (demo, login)
}

struct Client {
    http: reqwest::Client,
    url: String,
    token: String,
}

impl Client {
    async fn gql(&self, query: &str, variables: Value) -> Value {
        let response: Value = self
            .http
            .post(format!("{}graphql", self.url))
            .bearer_auth(&self.token)
            .json(&json!({"query": query, "variables": variables}))
            .send()
            .await
            .expect("graphql request")
            .json()
            .await
            .expect("graphql json");
        assert!(response.get("errors").is_none(), "{query}: {response}");
        response["data"].clone()
    }
}

/// Polls `check` every 250 ms until it returns `Some`, for at most `limit`.
async fn eventually<T, F, Fut>(limit: Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + limit;
    loop {
        if let Some(found) = check().await {
            return found;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

const SUMMARY: &str = "query($w: ID!, $p: [Provider!], $r: DateRange) {
    usageSummary(workspaceId: $w, range: $r, filter: {providers: $p}) {
        current { activeUsers totals { linesAdded interactions totalTokens } } } }";

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_serves_a_live_workspace_on_its_own_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_demo, login) = start_demo(dir.path(), None);
    assert!(dir.path().join("ai-usage.db").exists(), "the demo's SQLite file is in its data dir");
    check_live_workspace(&login).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_serves_a_live_workspace_on_postgres() {
    // Declared first so it is dropped last, after the demo has stopped using it.
    let database = common::TestDb::of("postgres").await;
    let dir = tempfile::tempdir().unwrap();
    let (_demo, login) = start_demo(dir.path(), Some(&database.url));
    assert!(!dir.path().join("ai-usage.db").exists(), "no SQLite file when a database is given");
    check_live_workspace(&login).await;
}

/// Logs in with what the demo printed and checks its workspace: all three tools, named people,
/// seats, and figures that move with the ticks.
async fn check_live_workspace(login: &Login) {
    assert!(login.url.starts_with("http://127.0.0.1:"), "{}", login.url);

    let http = reqwest::Client::new();
    let logged_in: Value = http
        .post(format!("{}graphql", login.url))
        .json(&json!({"query": "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }",
                      "variables": {"e": login.email, "p": login.password}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = logged_in["data"]["logIn"]["token"].as_str().unwrap_or_else(|| panic!("log-in: {logged_in}"));
    let client = Client { http, url: login.url.clone(), token: token.to_owned() };

    let workspaces = client.gql("{ workspaces { id name } }", json!({})).await;
    let workspace = workspaces["workspaces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["name"] == "Northwind Robotics (demo)")
        .unwrap_or_else(|| panic!("no demo workspace in {workspaces}"))["id"]
        .clone();

    // Every tool has people and lines in the default range once its backfill is in.
    for provider in ["CLAUDE_CODE", "COPILOT", "CURSOR"] {
        eventually(Duration::from_secs(60), &format!("{provider} figures"), || async {
            let data = client.gql(SUMMARY, json!({"w": workspace, "p": [provider]})).await;
            let current = &data["usageSummary"]["current"];
            let lines = current["totals"]["linesAdded"].as_i64().unwrap_or(0);
            (current["activeUsers"].as_i64().unwrap_or(0) > 0 && lines > 0).then_some(())
        })
        .await;
    }

    // People carry their names, non-ASCII ones included; the Copilot-only person appears once
    // the demo linked the GitHub logins; the CI pipeline is a service, not a person.
    let people = "query($w: ID!) { people(workspaceId: $w, first: 50) { rows { subject { label } } seats { assigned idle30Days } } }";
    let labels = eventually(Duration::from_secs(60), "named people", || async {
        let data = client.gql(people, json!({"w": workspace})).await;
        let labels: Vec<String> = data["people"]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["subject"]["label"].as_str().unwrap_or_default().to_owned())
            .collect();
        labels.iter().any(|l| l == "José Álvarez").then_some((labels, data["people"]["seats"].clone()))
    })
    .await;
    let (labels, seats) = labels;
    for name in
        ["Zoë Müller", "Łukasz Wróbel", "Дмитрий Волков", "田中 博 (Hiroshi Tanaka)", "Priya Raghunathan"]
    {
        assert!(labels.iter().any(|l| l == name), "{name} missing from {labels:?}");
    }
    assert!(labels.iter().any(|l| l == "amelie-laurent"), "one login is left as a suggestion: {labels:?}");
    assert!(!labels.iter().any(|l| l.contains("ci-release-pipeline")), "the CI key is a service: {labels:?}");
    assert!(
        seats["assigned"].as_i64().unwrap() >= 10 && seats["idle30Days"].as_i64().unwrap() >= 1,
        "{seats}"
    );

    // A tick adds work to today and syncs it: new scheduled runs, and today's figures grow.
    let integrations =
        client.gql("query($w: ID!) { integrations(workspaceId: $w) { id } }", json!({"w": workspace})).await;
    let claude = integrations["integrations"][0]["id"].clone();
    let runs = "query($i: ID!) { syncRuns(integrationId: $i, limit: 100) { trigger status } }";
    let today = chrono::Utc::now().date_naive().to_string();
    let today_range = json!({"from": today, "to": today});
    let interactions_today = || async {
        let data = client.gql(SUMMARY, json!({"w": workspace, "p": ["CURSOR"], "r": today_range})).await;
        data["usageSummary"]["current"]["totals"]["interactions"].as_i64().unwrap_or(0)
    };
    let before = interactions_today().await;
    let scheduled = |data: &Value| {
        data["syncRuns"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["trigger"] == "SCHEDULE" && r["status"] == "SUCCEEDED")
            .count()
    };
    let runs_before = scheduled(&client.gql(runs, json!({"i": claude})).await);
    eventually(Duration::from_secs(10), "a tick's sync run", || async {
        (scheduled(&client.gql(runs, json!({"i": claude})).await) > runs_before).then_some(())
    })
    .await;
    eventually(Duration::from_secs(10), "today's figures to grow", || async {
        (interactions_today().await > before).then_some(())
    })
    .await;
}

#[test]
fn demo_help_says_what_it_does_and_where_the_data_goes() {
    let output = Command::new(BIN).args(["demo", "--help"]).output().expect("run demo --help");
    let help = String::from_utf8_lossy(&output.stdout);
    for phrase in [
        "fake Claude Code, GitHub Copilot and Cursor",
        "Nothing leaves the machine",
        "./demo-data",
        "--tick-seconds",
        "--database-url",
    ] {
        assert!(help.contains(phrase), "`demo --help` lacks {phrase:?}:\n{help}");
    }
}
