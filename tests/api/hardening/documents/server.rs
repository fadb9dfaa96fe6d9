//! The real `ai-usage` binary as a child process on a temporary SQLite data dir, with what the
//! hostile document tests measure: its resident memory and whether `/healthz` keeps answering.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Generous liveness bound for one request; the tests measure nothing by it.
const LIVENESS: Duration = Duration::from_secs(30);

pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub http: reqwest::Client,
    _data: tempfile::TempDir,
}

impl Server {
    /// Starts `ai-usage serve` on a free port and waits for it to say where it listens.
    pub fn start() -> Server {
        let data = tempfile::tempdir().expect("temp dir");
        let mut child = Command::new(env!("CARGO_BIN_EXE_ai-usage"))
            .args(["serve", "--listen", "127.0.0.1:0"])
            .env("AI_USAGE_DATA_DIR", data.path())
            .env("NO_COLOR", "1")
            .env("RUST_LOG", "warn,ai_usage::app=info")
            .env_remove("DATABASE_URL")
            .env_remove("AI_USAGE_ENCRYPTION_KEY")
            .env_remove("AI_USAGE_ENCRYPTION_OLD_KEYS")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start ai-usage");
        let (found, addr) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        // Keeps draining the log so the child never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    let addr: SocketAddr = rest.split_whitespace().next().unwrap().parse().unwrap();
                    let _ = found.send(addr);
                }
                if line.contains("panicked") {
                    eprintln!("child: {line}");
                }
            }
        });
        let addr = addr.recv_timeout(LIVENESS).expect("ai-usage did not start");
        let http = reqwest::Client::builder().timeout(LIVENESS).build().unwrap();
        Server { child, addr, http, _data: data }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// POSTs a document; the JSON answer and its size in bytes.
    pub async fn post(&self, token: Option<&str>, query: &str, variables: Value) -> (Value, usize) {
        let mut request =
            self.http.post(self.url("/graphql")).json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let body = request.send().await.expect("the server answers").bytes().await.expect("a body");
        (
            serde_json::from_slice(&body)
                .unwrap_or_else(|_| json!({ "raw": String::from_utf8_lossy(&body) })),
            body.len(),
        )
    }

    /// The same document over GET.
    pub async fn get(&self, query: &str) -> Value {
        let url = reqwest::Url::parse_with_params(&self.url("/graphql"), [("query", query)]).unwrap();
        let response = self.http.get(url).send().await;
        response.expect("the server answers").json().await.expect("a JSON answer")
    }

    /// Signs up (the first account of an instance needs no invitation); its token and personal
    /// workspace id.
    pub async fn sign_up(&self, email: &str) -> (String, String) {
        let (answer, _) = self
            .post(
                None,
                "mutation($e: String!) { signUp(email: $e, password: \"correct horse battery\") { token } }",
                json!({ "e": email }),
            )
            .await;
        let token =
            answer["data"]["signUp"]["token"].as_str().unwrap_or_else(|| panic!("{answer}")).to_owned();
        let (workspaces, _) = self.post(Some(&token), "{ workspaces { id } }", json!({})).await;
        let id = workspaces["data"]["workspaces"][0]["id"].as_str().unwrap().to_owned();
        (token, id)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Resident memory now, in KiB (`VmRSS`).
    pub fn rss_kib(&self) -> u64 {
        proc_status_kib(self.pid(), "VmRSS:")
    }

    /// Whether the child is still running.
    pub fn alive(&mut self) -> bool {
        self.child.try_wait().expect("try_wait").is_none()
    }

    /// Polls `/healthz` every 20 ms until the returned guard is finished.
    pub fn poll_health(&self) -> HealthPoller {
        let stop = Arc::new(AtomicBool::new(false));
        let failures = Arc::new(AtomicU64::new(0));
        let polls = Arc::new(AtomicU64::new(0));
        let (http, url) = (self.http.clone(), self.url("/healthz"));
        let task = tokio::spawn({
            let (stop, failures, polls) = (stop.clone(), failures.clone(), polls.clone());
            async move {
                let mut slowest = Duration::ZERO;
                while !stop.load(Ordering::Relaxed) {
                    let started = Instant::now();
                    let ok = matches!(http.get(&url).send().await, Ok(r) if r.status().is_success());
                    slowest = slowest.max(started.elapsed());
                    polls.fetch_add(1, Ordering::Relaxed);
                    if !ok {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                slowest
            }
        });
        HealthPoller { stop, failures, polls, task }
    }

    /// Asserts the child lives and its memory came back within 30 MB of `baseline_kib`, waiting
    /// a few seconds for it to settle.
    pub async fn assert_recovered(&mut self, baseline_kib: u64) {
        assert!(self.alive(), "the server died");
        let mut rss = self.rss_kib();
        for _ in 0..25 {
            if rss <= baseline_kib + 30 * 1024 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
            rss = self.rss_kib();
        }
        eprintln!(
            "RSS {rss} KiB after, baseline {baseline_kib} KiB, peak {} KiB",
            proc_status_kib(self.pid(), "VmHWM:")
        );
        assert!(rss <= baseline_kib + 30 * 1024, "RSS {rss} KiB, baseline {baseline_kib} KiB");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct HealthPoller {
    stop: Arc<AtomicBool>,
    failures: Arc<AtomicU64>,
    polls: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<Duration>,
}

impl HealthPoller {
    /// Stops polling; asserts every poll answered (within the client's liveness timeout).
    pub async fn finish(self) -> Duration {
        self.stop.store(true, Ordering::Relaxed);
        let slowest = self.task.await.unwrap();
        let polls = self.polls.load(Ordering::Relaxed);
        assert!(polls > 0, "/healthz was never polled");
        assert_eq!(self.failures.load(Ordering::Relaxed), 0, "/healthz failed during the attack");
        slowest
    }
}

/// A `kB` line of `/proc/PID/status`.
pub fn proc_status_kib(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
    let line = status.lines().find(|l| l.starts_with(key)).expect("status line");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The `extensions.code` of the first error, or a description of what came back instead.
pub fn code(answer: &Value) -> String {
    answer["errors"][0]["extensions"]["code"].as_str().map_or_else(
        || format!("no code in {}", answer.to_string().chars().take(300).collect::<String>()),
        str::to_owned,
    )
}
