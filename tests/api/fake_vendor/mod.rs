//! A fake vendor: a small axum app on 127.0.0.1, port 0, that answers with scripted replies
//! and records every request it gets, so tests can check both what the client did with the
//! vendor's documented payloads and what it sent.
//!
//! Replies are scripted per path: one-shot replies queued with [`FakeVendor::once`] are used
//! first, in order, then the standing reply set with [`FakeVendor::on`]. A key may also be a
//! path with its exact query (`/x?day=2026-01-02`): such a key wins over the bare path, so one
//! endpoint can answer differently per day. [`FakeVendor::on_param`] keys a reply by one query
//! parameter's value instead (`starting_at=2026-01-02`, whatever else the query holds); it ranks
//! between the exact query and the bare path. [`FakeVendor::on_computed`] makes a path's
//! standing reply a function of the request (a vendor whose answer depends on the range asked).
//! Unscripted paths get a GitHub-style 404.
//!
//! [`FakeVendor::require_header`] makes it refuse, with a scripted reply, every request whose
//! header differs (a vendor checking its key); refused requests are recorded, marked `refused`.

// Each test binary uses a different part of this harness; `expect` would be unfulfilled in some.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ai_usage::domain::Provider;
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

/// The Anthropic admin key of the tests.
pub const CLAUDE_CODE_KEY: &str = "sk-ant-admin01-good-test-key-0123456789";

/// The key tests connect `provider` with; fakes that check keys accept it.
pub fn test_key(provider: Provider) -> &'static str {
    match provider {
        Provider::ClaudeCode => CLAUDE_CODE_KEY,
        Provider::Copilot => "ghp_test0123456789abcdef0123456789abcd",
        Provider::Cursor => "key_test0123456789abcdef0123456789abcd",
    }
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
    /// Refused by [`FakeVendor::require_header`] before any script was consulted.
    pub refused: bool,
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
    /// Standing replies computed from the request, per path.
    computed: HashMap<String, Arc<ComputeReply>>,
    /// Standing replies keyed by `(path, parameter, value)`.
    by_param: HashMap<(String, String, String), Reply>,
    required_header: Option<RequiredHeader>,
    requests: Vec<Recorded>,
}

/// How [`FakeVendor::on_computed`] answers.
type ComputeReply = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// A header every request must carry with this exact value, else it gets `refusal`.
struct RequiredHeader {
    name: String,
    value: String,
    refusal: Reply,
}

impl Script {
    /// The refusal when the required header is missing or wrong.
    fn refusal(&self, headers: &HashMap<String, String>) -> Option<Reply> {
        let required = self.required_header.as_ref()?;
        let sent = headers.get(&required.name).map(String::as_str);
        (sent != Some(required.value.as_str())).then(|| required.refusal.clone())
    }

    /// The scripted reply for a request, most specific key first.
    fn reply(&mut self, request: &Recorded, with_query: Option<&str>) -> Option<Reply> {
        let path = request.path.as_str();
        let exact = with_query.and_then(|key| self.take(key));
        exact
            .or_else(|| {
                request.query.iter().find_map(|(name, value)| {
                    self.by_param.get(&(path.to_owned(), name.clone(), value.clone())).cloned()
                })
            })
            .or_else(|| self.once.get_mut(path).and_then(VecDeque::pop_front))
            .or_else(|| self.computed.get(path).map(|compute| compute(request)))
            .or_else(|| self.standing.get(path).cloned())
    }

    /// The next one-shot reply for `key`, else its standing reply.
    fn take(&mut self, key: &str) -> Option<Reply> {
        self.once.get_mut(key).and_then(VecDeque::pop_front).or_else(|| self.standing.get(key).cloned())
    }
}

/// A running fake vendor; clones share the server and its script.
#[derive(Clone)]
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
        let mut script = self.lock();
        script.computed.remove(path);
        script.standing.insert(path.to_owned(), reply);
    }

    /// Queues a reply used once, before any standing reply.
    pub fn once(&self, path: &str, reply: Reply) {
        self.lock().once.entry(path.to_owned()).or_default().push_back(reply);
    }

    /// The reply for `path` when its query has `name=value` (and no exact-query key matches).
    pub fn on_param(&self, path: &str, name: &str, value: &str, reply: Reply) {
        self.lock().by_param.insert((path.to_owned(), name.to_owned(), value.to_owned()), reply);
    }

    /// The reply for `path`, computed from each request, whenever no one-shot reply is queued
    /// (it replaces a standing reply set with [`FakeVendor::on`]).
    pub fn on_computed(&self, path: &str, compute: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) {
        let mut script = self.lock();
        script.standing.remove(path);
        script.computed.insert(path.to_owned(), Arc::new(compute));
    }

    /// From now on, a request whose header `name` (lower case) is not `value` gets `refusal`.
    pub fn require_header(&self, name: &str, value: &str, refusal: Reply) {
        let required = RequiredHeader { name: name.to_owned(), value: value.to_owned(), refusal };
        self.lock().required_header = Some(required);
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
    let headers: HashMap<String, String> =
        headers.iter().map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned())).collect();
    let reply = {
        let mut script = script.lock().expect("script lock");
        let refusal = script.refusal(&headers);
        let body = String::from_utf8_lossy(&body).into_owned();
        let refused = refusal.is_some();
        let request = Recorded { method: method.to_string(), path, query, headers, body, refused };
        let reply = refusal.or_else(|| script.reply(&request, with_query.as_deref()));
        script.requests.push(request);
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
