//! The real `ai-usage` binary as a child process: configuration from the environment, the modes
//! of the files it creates, what it logs at `trace`, and the operator's `keys rotate`.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_ai-usage");

/// A running `ai-usage serve`, killed (by its own handle) when dropped.
pub struct Served {
    child: tokio::process::Child,
    pub base: String,
    pub stderr: PathBuf,
    http: reqwest::Client,
}

impl Served {
    /// Starts the binary on a free port with `data_dir`, open sign-up and `env`, and waits until
    /// `/healthz` answers.
    pub async fn start(data_dir: &Path, logs: &Path, env: &[(&str, &str)]) -> Served {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let stderr = logs.join(format!("stderr-{port}.log"));
        let mut command = tokio::process::Command::new(BIN);
        command
            .arg("serve")
            .env_clear()
            .env("AI_USAGE_DATA_DIR", data_dir)
            .env("AI_USAGE_LISTEN", format!("127.0.0.1:{port}"))
            .env("AI_USAGE_SIGNUP", "open")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&stderr).unwrap())
            .kill_on_drop(true);
        for (name, value) in env {
            command.env(name, value);
        }
        let child = command.spawn().expect("start ai-usage");
        let served =
            Served { child, base: format!("http://127.0.0.1:{port}"), stderr, http: reqwest::Client::new() };
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while served.http.get(format!("{}/healthz", served.base)).send().await.is_err() {
            assert!(tokio::time::Instant::now() < deadline, "ai-usage did not start: {}", served.logs());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        served
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    pub fn post(&self, body: Value) -> reqwest::RequestBuilder {
        self.http.post(format!("{}/graphql", self.base)).json(&body)
    }

    /// Signs up and returns the session token.
    pub async fn sign_up(&self, email: &str) -> (String, reqwest::header::HeaderMap) {
        let response = self
            .post(json!({
                "query": "mutation($e: String!) { signUp(email: $e, password: \"correct horse battery\") { token } }",
                "variables": { "e": email }
            }))
            .send()
            .await
            .unwrap();
        let headers = response.headers().clone();
        let body: Value = response.json().await.unwrap();
        (body["data"]["signUp"]["token"].as_str().unwrap_or_else(|| panic!("{body}")).to_owned(), headers)
    }

    pub async fn stop(mut self) -> String {
        let _ = self.child.kill().await;
        self.logs()
    }
}

/// `ai-usage keys rotate` against `database_url`, with a fresh master key.
pub async fn rotate_keys(database_url: &str) {
    let dir = tempfile::tempdir().unwrap();
    let generated = tokio::process::Command::new(BIN).args(["keys", "generate"]).output().await.unwrap();
    let key = String::from_utf8(generated.stdout).unwrap().trim().to_owned();
    let rotated = tokio::process::Command::new(BIN)
        .args(["keys", "rotate"])
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("AI_USAGE_DATA_DIR", dir.path())
        .env("AI_USAGE_ENCRYPTION_KEY", key)
        .output()
        .await
        .unwrap();
    assert!(rotated.status.success(), "keys rotate failed: {}", String::from_utf8_lossy(&rotated.stderr));
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn origins_public_url_and_proxies_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(
        &dir.path().join("data"),
        dir.path(),
        &[
            ("AI_USAGE_PUBLIC_URL", "https://usage.example.com"),
            ("AI_USAGE_ALLOWED_ORIGINS", "http://localhost:5173, http://127.0.0.1:5173"),
            ("AI_USAGE_TRUSTED_PROXIES", "10.0.0.0/8"),
        ],
    )
    .await;
    let (token, headers) = served.sign_up("env@example.com").await;
    assert!(headers["set-cookie"].to_str().unwrap().contains("; Secure"));
    for (origin, status) in [
        ("http://localhost:5173", StatusCode::OK),
        ("https://usage.example.com", StatusCode::OK),
        ("http://127.0.0.1:5173", StatusCode::OK),
        ("https://evil.example", StatusCode::FORBIDDEN),
    ] {
        let response = served
            .post(json!({ "query": "mutation { createApiToken(name: \"t\") { token } }" }))
            .header("cookie", format!("ai_usage_session={token}"))
            .header("origin", origin)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{origin}");
    }
    served.stop().await;

    // A malformed value stops the service at start-up, naming the variable.
    let bad = tokio::process::Command::new(BIN)
        .arg("serve")
        .env_clear()
        .env("AI_USAGE_DATA_DIR", dir.path().join("data"))
        .env("AI_USAGE_LISTEN", "127.0.0.1:0")
        .env("AI_USAGE_TRUSTED_PROXIES", "10.0.0.0/40")
        .output()
        .await
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("AI_USAGE_TRUSTED_PROXIES"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_dir_and_database_files_are_private() {
    let dir = tempfile::tempdir().unwrap();
    // A fresh data dir: created private.
    let fresh = dir.path().join("fresh");
    let served = Served::start(&fresh, dir.path(), &[]).await;
    served.sign_up("files@example.com").await;
    assert_eq!(mode(&fresh), 0o700);
    for file in ["ai-usage.db", "ai-usage.db-wal", "ai-usage.db-shm", "encryption.key"] {
        assert_eq!(mode(&fresh.join(file)), 0o600, "{file}");
    }
    served.stop().await;
    // One left readable by an older version: tightened at start.
    let old = dir.path().join("old");
    std::fs::create_dir(&old).unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::copy(fresh.join("ai-usage.db"), old.join("ai-usage.db")).unwrap();
    std::fs::set_permissions(old.join("ai-usage.db"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let served = Served::start(&old, dir.path(), &[]).await;
    assert_eq!(mode(&old), 0o700);
    assert_eq!(mode(&old.join("ai-usage.db")), 0o600);
    served.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trace_logs_hold_no_tokens_or_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(&dir.path().join("data"), dir.path(), &[("RUST_LOG", "trace")]).await;
    let (token, _) = served.sign_up("logs@example.com").await;
    let created: Value = served
        .post(json!({ "query": "mutation { createApiToken(name: \"ci\") { token } }" }))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let api_token = created["data"]["createApiToken"]["token"].as_str().unwrap().to_owned();
    served.post(json!({ "query": "{ me { email } }" })).bearer_auth(&api_token).send().await.unwrap();
    served
        .post(json!({ "query": "{ me { email } }" }))
        .header("cookie", format!("ai_usage_session={token}"))
        .send()
        .await
        .unwrap();
    let logs = served.stop().await;
    assert!(logs.len() > 1_000, "trace logging was not on: {logs}");
    for secret in [token.as_str(), api_token.as_str(), "correct horse battery"] {
        assert!(!logs.contains(secret), "the logs hold a secret");
    }
}
