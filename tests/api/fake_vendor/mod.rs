//! A fake vendor: a small axum app on 127.0.0.1, port 0, that answers with scripted replies
//! and records every request it gets, so tests can check both what the client did with the
//! vendor's documented payloads and what it sent.
//!
//! Replies are scripted per path: one-shot replies queued with [`FakeVendor::once`] are used
//! first, in order, then the standing reply set with [`FakeVendor::on`]. A key may also be a
//! path with its exact query (`/x?day=2026-01-02`): such a key wins over the bare path, so one
//! endpoint can answer differently per day. Unscripted paths get a GitHub-style 404.

// Each test binary uses a different part of this harness; `expect` would be unfulfilled in some.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ai_usage::providers::RetryPolicy;
use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

/// A documented sample payload: the copy in `tests/fixtures/`, else the shared samples folder
/// placed beside the repository.
pub fn fixture(name: &str) -> String {
    let local = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let shared = format!("{}/../shared/providers/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&local)
        .or_else(|_| std::fs::read_to_string(&shared))
        .unwrap_or_else(|e| panic!("fixture {name} not found ({e})"))
}

/// A fixture parsed as JSON, for tests that derive variants from it.
pub fn fixture_json(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name)).expect("fixture is JSON")
}

/// Millisecond delays and short timeouts so retry tests run fast.
pub fn fast_policy() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        min_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        rate_limit_backoff: Duration::from_millis(10),
        max_rate_limit_wait: Duration::from_secs(5),
        connect_timeout: Duration::from_millis(500),
        request_timeout: Duration::from_millis(400),
    }
}

/// One scripted answer.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub delay: Duration,
}

impl Reply {
    /// 200 with a JSON body.
    pub fn json(body: impl Into<String>) -> Self {
        Reply::status(200, body).header("content-type", "application/json")
    }

    /// Any status with a body.
    pub fn status(status: u16, body: impl Into<String>) -> Self {
        Reply { status, headers: Vec::new(), body: body.into(), delay: Duration::ZERO }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Answer only after `delay` (to provoke client timeouts).
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

/// A request as the fake saw it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: HashMap<String, String>,
    pub body: String,
}

impl Recorded {
    /// The first value of query parameter `name`.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("request body is JSON")
    }
}

#[derive(Default)]
struct Script {
    once: HashMap<String, VecDeque<Reply>>,
    standing: HashMap<String, Reply>,
    requests: Vec<Recorded>,
}

/// A running fake vendor.
pub struct FakeVendor {
    /// `http://127.0.0.1:<port>`, to use as the provider's base URL.
    pub base_url: String,
    script: Arc<Mutex<Script>>,
}

impl FakeVendor {
    /// Starts a fake on a fresh port; it lives until the test's runtime ends.
    pub async fn start() -> Self {
        let script = Arc::new(Mutex::new(Script::default()));
        let state = script.clone();
        let app = Router::new()
            .fallback(move |method, uri, headers, body| answer(state.clone(), method, uri, headers, body));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let address = listener.local_addr().expect("local address");
        tokio::spawn(async move {
            axum::serve(listener, app).await.expect("fake vendor serves");
        });
        FakeVendor { base_url: format!("http://{address}"), script }
    }

    /// The reply for `path` whenever no one-shot reply is queued.
    pub fn on(&self, path: &str, reply: Reply) {
        self.lock().standing.insert(path.to_owned(), reply);
    }

    /// Queues a reply used once, before any standing reply.
    pub fn once(&self, path: &str, reply: Reply) {
        self.lock().once.entry(path.to_owned()).or_default().push_back(reply);
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.lock().requests.clone()
    }

    /// The requests received for `path`.
    pub fn requests_to(&self, path: &str) -> Vec<Recorded> {
        self.requests().into_iter().filter(|r| r.path == path).collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Script> {
        self.script.lock().expect("script lock")
    }
}

async fn answer(
    script: Arc<Mutex<Script>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let with_query = uri.query().map(|q| format!("{path}?{q}"));
    let query = uri.query().map(url_pairs).unwrap_or_default();
    let reply = {
        let mut script = script.lock().expect("script lock");
        script.requests.push(Recorded {
            method: method.to_string(),
            path: path.clone(),
            query,
            headers: headers
                .iter()
                .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
                .collect(),
            body: String::from_utf8_lossy(&body).into_owned(),
        });
        let mut reply = None;
        for key in with_query.iter().chain([&path]) {
            reply = script.once.get_mut(key).and_then(VecDeque::pop_front);
            reply = reply.or_else(|| script.standing.get(key).cloned());
            if reply.is_some() {
                break;
            }
        }
        reply
    };
    let Some(reply) = reply else {
        return (
            StatusCode::NOT_FOUND,
            r#"{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}"#,
        )
            .into_response();
    };
    tokio::time::sleep(reply.delay).await;
    let mut response =
        (StatusCode::from_u16(reply.status).expect("valid status"), reply.body).into_response();
    for (name, value) in reply.headers {
        response.headers_mut().insert(
            axum::http::HeaderName::from_bytes(name.as_bytes()).expect("header name"),
            value.parse().expect("header value"),
        );
    }
    response
}

/// Decodes `a=1&b=x%2By` into pairs.
fn url_pairs(query: &str) -> Vec<(String, String)> {
    reqwest::Url::parse(&format!("http://x/?{query}"))
        .map(|u| u.query_pairs().into_owned().collect())
        .unwrap_or_default()
}
