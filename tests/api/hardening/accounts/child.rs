//! The real `ai-usage` binary as a child process on a test database, with its log captured and
//! its memory readable from `/proc`.

use std::net::SocketAddr;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::AsyncBufReadExt;

use crate::common::TestDb;

pub struct Child {
    pub addr: SocketAddr,
    pub http: reqwest::Client,
    process: tokio::process::Child,
    log: Arc<Mutex<String>>,
    _data: tempfile::TempDir,
}

impl Child {
    /// Starts `ai-usage serve` on `db` with `signup` mode and waits until it is ready.
    pub async fn start(db: &TestDb, signup: &str) -> Child {
        let data = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let key = ai_usage::crypto::MasterKey::generate().to_base64().to_string();
        let mut process = tokio::process::Command::new(env!("CARGO_BIN_EXE_ai-usage"))
            .arg("serve")
            .env("DATABASE_URL", &db.url)
            .env("AI_USAGE_DATA_DIR", data.path())
            .env("AI_USAGE_LISTEN", addr.to_string())
            .env("AI_USAGE_ENCRYPTION_KEY", key)
            .env("AI_USAGE_SIGNUP", signup)
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let mut lines = tokio::io::BufReader::new(process.stderr.take().unwrap()).lines();
        let sink = log.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let http = reqwest::Client::new();
        for _ in 0..200 {
            if http.get(format!("http://{addr}/readyz")).send().await.is_ok_and(|r| r.status().is_success()) {
                return Child { addr, http, process, log, _data: data };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("ai-usage on {addr} did not become ready: {}", log.lock().unwrap());
    }

    /// What the child has logged so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// A `/proc/PID/status` field in KiB (`VmRSS`, `VmHWM`).
    pub fn memory_kib(&self, field: &str) -> u64 {
        let pid = self.process.id().expect("child running");
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        status
            .lines()
            .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"))
    }

    /// POSTs a GraphQL document, as `token` when given.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .http
            .post(format!("http://{}/graphql", self.addr))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("graphql request").json().await.expect("graphql json")
    }

    /// Whether `/healthz` answers with success.
    pub async fn healthy(&self) -> bool {
        self.http
            .get(format!("http://{}/healthz", self.addr))
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    }
}
