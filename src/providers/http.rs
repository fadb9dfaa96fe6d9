//! The one HTTP wrapper every provider uses: timeouts, client-side pacing, retries with
//! backoff, rate-limit waits, and the mapping of vendor error bodies into [`ProviderError`].
//!
//! Rules it enforces for every vendor:
//! - retry 5xx (including Anthropic's 529), timeouts and connection errors with exponential
//!   backoff and jitter; never retry other 4xx;
//! - on 429 (and GitHub's 403 with `x-ratelimit-remaining: 0`) wait what the vendor asked for
//!   (`retry-after` in seconds or as an HTTP date, else `x-ratelimit-reset` in epoch seconds);
//!   without such headers (Cursor) back off 1-2-4-8-16 × [`RetryPolicy::rate_limit_backoff`];
//! - pace requests client-side per documented budget: one budget for the vendor's endpoints by
//!   default, plus named budgets for endpoint groups documented with their own limit (Cursor's
//!   usage events: 60 a minute beside 20 for the rest), each evenly spaced without bursts;
//! - log method, URL path and status at debug, never headers, query strings or the key; a failed
//!   attempt that will be retried is logged as such, and only the last one as final;
//! - keep only a bounded, sanitised [`excerpt`] of a vendor's error body, with the key (and
//!   anything key-shaped) redacted;
//! - resolve names through [`GuardedResolver`] and follow API redirects only within the first
//!   origin, so credentials never reach another host; signed downloads go through a separate
//!   client without credentials, each hop checked by [`EgressPolicy::check_download`].

use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::egress::{EgressPolicy, EgressRefused, GuardedResolver, RedirectRefused};
use super::excerpt::excerpt;
use super::{ProviderConfig, ProviderError};
use crate::domain::Provider;

/// Timeouts and retry delays. The defaults suit real vendors; tests shrink them to milliseconds.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: usize,
    /// First backoff delay for 5xx, timeouts and connection errors.
    pub min_delay: Duration,
    /// Longest backoff delay.
    pub max_delay: Duration,
    /// Unit of the 1-2-4-8-16 backoff used on a 429 that says nothing about when to come back.
    pub rate_limit_backoff: Duration,
    /// Longest wait a vendor's `retry-after` / `x-ratelimit-reset` may impose on one retry.
    pub max_rate_limit_wait: Duration,
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, body included.
    pub request_timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 5,
            min_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            rate_limit_backoff: Duration::from_secs(1),
            max_rate_limit_wait: Duration::from_secs(15 * 60),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(120),
        }
    }
}

/// A successful (2xx) vendor answer.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The body, as text.
    pub body: String,
    /// The `rel="next"` target of a `Link` header (GitHub pagination), if any.
    pub next_link: Option<String>,
}

/// How error statuses are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A vendor API call: statuses map per the vendor's documented meaning.
    Api,
    /// A signed download link: 401/403/404/410 mean the link is no longer good.
    SignedDownload,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy)]
enum Next {
    GiveUp,
    Backoff,
    Wait(Duration),
    RateLimitBackoff,
}

struct Failure {
    error: ProviderError,
    next: Next,
}

/// The HTTP client of one provider integration.
pub struct HttpClient {
    provider: Provider,
    client: reqwest::Client,
    /// Signed downloads: no credentials, redirects checked per hop.
    downloads: reqwest::Client,
    egress: EgressPolicy,
    policy: RetryPolicy,
    secret: String,
    /// The default budget (the vendor's documented limit or the configured override).
    pacer: Option<Arc<DefaultDirectRateLimiter>>,
    /// Budgets of endpoint groups with their own documented limit, by name.
    budgets: Vec<(&'static str, Arc<DefaultDirectRateLimiter>)>,
    /// `config.requests_per_minute` ÷ the documented default, applied to every named budget so
    /// an override keeps the vendor's ratios (tests and benches speed the pace up this way).
    scale: Option<(NonZeroU32, NonZeroU32)>,
}

/// Evenly spaced, no burst: Cursor's docs ask for 3 s between calls at 20/min, and an even pace
/// never overruns a fixed one-minute window.
fn even_pacer(per_minute: NonZeroU32) -> Arc<DefaultDirectRateLimiter> {
    let quota = Quota::with_period(Duration::from_secs(60) / per_minute.get())
        .unwrap_or_else(|| Quota::per_minute(per_minute))
        .allow_burst(NonZeroU32::MIN);
    Arc::new(RateLimiter::direct(quota))
}

impl HttpClient {
    /// Builds the client. `default_per_minute` is the vendor's documented request budget, used
    /// unless the config overrides it.
    pub fn new(
        provider: Provider,
        config: &ProviderConfig,
        default_per_minute: Option<NonZeroU32>,
    ) -> Result<Self, ProviderError> {
        let builder = || {
            reqwest::Client::builder()
                .connect_timeout(config.retry.connect_timeout)
                .timeout(config.retry.request_timeout)
                .user_agent(concat!("ai-usage/", env!("CARGO_PKG_VERSION")))
                .dns_resolver(GuardedResolver::new(config.egress.clone()))
        };
        let built = |b: reqwest::ClientBuilder| {
            b.build().map_err(|e| ProviderError::Config(format!("cannot build HTTP client: {e}")))
        };
        let client = built(builder().redirect(EgressPolicy::api_redirects()))?;
        let downloads = built(builder().redirect(config.egress.download_redirects()))?;
        let pacer = config.requests_per_minute.or(default_per_minute).map(even_pacer);
        let scale = config.requests_per_minute.zip(default_per_minute);
        Ok(HttpClient {
            provider,
            client,
            downloads,
            egress: config.egress.clone(),
            policy: config.retry.clone(),
            secret: config.secret.clone(),
            pacer,
            budgets: Vec::new(),
            scale,
        })
    }

    /// Adds a named budget of `per_minute` requests for an endpoint group the vendor documents
    /// with its own limit; requests sent with [`send_within`](Self::send_within) under that name
    /// are paced by it instead of the default budget. A configured `requests_per_minute`
    /// scales it by the same factor as the default budget.
    pub fn with_budget(mut self, name: &'static str, per_minute: NonZeroU32) -> Self {
        let per_minute = match self.scale {
            Some((configured, default)) => {
                let scaled =
                    u64::from(per_minute.get()) * u64::from(configured.get()) / u64::from(default.get());
                NonZeroU32::new(u32::try_from(scaled).unwrap_or(u32::MAX)).unwrap_or(NonZeroU32::MIN)
            }
            None => per_minute,
        };
        self.budgets.push((name, even_pacer(per_minute)));
        self
    }

    /// Sends the request `build` makes (once per attempt) and returns the 2xx answer.
    pub async fn send<F>(&self, build: F) -> Result<HttpResponse, ProviderError>
    where
        F: Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    {
        self.execute(&build, Mode::Api, self.pacer.as_deref()).await
    }

    /// Like [`send`](Self::send), paced by the named budget added with
    /// [`with_budget`](Self::with_budget) (the default budget for an unknown name).
    pub async fn send_within<F>(&self, budget: &str, build: F) -> Result<HttpResponse, ProviderError>
    where
        F: Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    {
        let pacer = self.budgets.iter().find(|(name, _)| *name == budget).map(|(_, p)| p.as_ref());
        self.execute(&build, Mode::Api, pacer.or(self.pacer.as_deref())).await
    }

    /// Downloads a pre-signed URL without credentials. A refused or expired link fails with
    /// [`ProviderError::DownloadLinkExpired`].
    /// The link must pass [`EgressPolicy::check_download`] (https, no user info, no private
    /// address), and so must every redirect it leads to.
    pub async fn download(&self, url: &str) -> Result<HttpResponse, ProviderError> {
        let parsed = reqwest::Url::parse(url)
            .map_err(|_| ProviderError::Egress("a download link is not a valid URL".to_owned()))?;
        self.egress.check_download(&parsed).map_err(|e| ProviderError::Egress(e.0))?;
        let build = |_: &reqwest::Client| self.downloads.get(parsed.clone());
        self.execute(&build, Mode::SignedDownload, self.pacer.as_deref()).await
    }

    async fn execute<F>(
        &self,
        build: &F,
        mode: Mode,
        pacer: Option<&DefaultDirectRateLimiter>,
    ) -> Result<HttpResponse, ProviderError>
    where
        F: Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    {
        let backoff = ExponentialBuilder::default()
            .with_min_delay(self.policy.min_delay)
            .with_max_delay(self.policy.max_delay)
            .with_max_times(self.policy.max_retries)
            .with_jitter();
        // Header-less 429s seen so far, for the 1-2-4-8-16 ladder.
        let mut quiet_429s = 0u32;
        let attempts = AtomicU32::new(0);
        let result = (|| {
            attempts.fetch_add(1, Ordering::Relaxed);
            self.attempt(build, mode, pacer)
        })
        .retry(backoff)
        .when(|f: &Failure| !matches!(f.next, Next::GiveUp))
        .adjust(|f: &Failure, planned: Option<Duration>| {
            // `planned` is None once the retries are used up; keep it that way.
            planned.map(|planned| match f.next {
                Next::Wait(wait) => wait,
                Next::RateLimitBackoff => {
                    let wait = self.policy.rate_limit_backoff * (1u32 << quiet_429s.min(4));
                    quiet_429s += 1;
                    wait
                }
                Next::Backoff | Next::GiveUp => planned,
            })
        })
        .notify(|f: &Failure, wait: Duration| {
            // `attempts` failed so far: the retry about to be made is retry number `attempts`.
            let retry = attempts.load(Ordering::Relaxed);
            let max_retries = self.policy.max_retries;
            tracing::debug!(
                provider = %self.provider, failure = %f.error.attempt_failure(), retry, max_retries, ?wait,
                "vendor request failed; retrying"
            );
        })
        .await;
        result.map_err(|f| {
            let attempts = attempts.load(Ordering::Relaxed);
            if attempts > 1 {
                tracing::debug!(
                    provider = %self.provider, error = %f.error, attempts,
                    "vendor request failed; giving up after every retry"
                );
            }
            f.error
        })
    }

    async fn attempt<F>(
        &self,
        build: &F,
        mode: Mode,
        pacer: Option<&DefaultDirectRateLimiter>,
    ) -> Result<HttpResponse, Failure>
    where
        F: Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    {
        if let Some(pacer) = pacer {
            pacer.until_ready().await;
        }
        let request = build(&self.client).build().map_err(|e| Failure {
            error: ProviderError::Config(format!("cannot build request: {}", e.without_url())),
            next: Next::GiveUp,
        })?;
        let (method, path) = (request.method().clone(), request.url().path().to_owned());
        let client = if mode == Mode::SignedDownload { &self.downloads } else { &self.client };
        let response = client.execute(request).await.map_err(transport_failure)?;
        let status = response.status();
        tracing::debug!(provider = %self.provider, %method, %path, status = status.as_u16(), "vendor request");
        let headers = response.headers().clone();
        let body = response.text().await.map_err(transport_failure)?;
        if status.is_success() {
            let next_link = header(&headers, "link").and_then(next_link);
            return Ok(HttpResponse { status, body, next_link });
        }
        Err(self.classify(status, &headers, &body, mode))
    }

    fn classify(&self, status: StatusCode, headers: &HeaderMap, body: &str, mode: Mode) -> Failure {
        let code = status.as_u16();
        let message = excerpt(&vendor_message(status, body), &self.secret);
        let github_limit = code == 403
            && (header(headers, "x-ratelimit-remaining") == Some("0")
                || headers.contains_key("retry-after")
                || message.to_ascii_lowercase().contains("rate limit"));
        if code == 429 || github_limit {
            let next = match self.server_wait(headers) {
                Some(wait) => Next::Wait(wait),
                // GitHub's secondary limit: "wait at least 1 minute".
                None if code == 403 => {
                    Next::Wait(Duration::from_secs(60).min(self.policy.max_rate_limit_wait))
                }
                None => Next::RateLimitBackoff,
            };
            return Failure { error: ProviderError::RateLimited, next };
        }
        if status.is_server_error() || code == 408 {
            let error = ProviderError::Vendor { status: code, message };
            return Failure { error, next: Next::Backoff };
        }
        let error = match (mode, code) {
            (Mode::SignedDownload, 401 | 403 | 404 | 410) => {
                ProviderError::DownloadLinkExpired { status: code }
            }
            (_, 401) => ProviderError::InvalidCredentials { message },
            (_, 403) if self.provider == Provider::Copilot && mentions_policy(&message) => {
                ProviderError::PolicyDisabled { message }
            }
            (_, 403) => ProviderError::InvalidCredentials { message },
            (_, 404) => ProviderError::NotFound { message },
            // The legacy Copilot metrics API answered 422 when the metrics policy was off.
            (_, 422) if self.provider == Provider::Copilot => ProviderError::PolicyDisabled { message },
            _ => ProviderError::Vendor { status: code, message },
        };
        Failure { error, next: Next::GiveUp }
    }

    /// The wait a rate-limited answer asks for, capped by the policy.
    fn server_wait(&self, headers: &HeaderMap) -> Option<Duration> {
        let now = chrono::Utc::now();
        let wait = header(headers, "retry-after").and_then(|v| parse_retry_after(v, now)).or_else(|| {
            let reset: i64 = header(headers, "x-ratelimit-reset")?.trim().parse().ok()?;
            Some(Duration::from_secs(reset.saturating_sub(now.timestamp()).max(0) as u64))
        })?;
        Some(wait.min(self.policy.max_rate_limit_wait))
    }
}

fn transport_failure(e: reqwest::Error) -> Failure {
    if let Some(reason) = egress_refusal(&e) {
        return Failure { error: ProviderError::Egress(reason), next: Next::GiveUp };
    }
    // Signed download URLs carry their signature in the query, so errors drop the URL.
    let error = if e.is_timeout() {
        ProviderError::Timeout
    } else {
        ProviderError::Network(e.without_url().to_string())
    };
    Failure { error, next: Next::Backoff }
}

/// The refusal of this crate's resolver or redirect policy inside a reqwest error, if any.
fn egress_refusal(e: &reqwest::Error) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = source {
        if let Some(refused) = err.downcast_ref::<EgressRefused>() {
            return Some(refused.0.clone());
        }
        if let Some(refused) = err.downcast_ref::<RedirectRefused>() {
            return Some(refused.0.to_owned());
        }
        source = err.source();
    }
    None
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The `rel="next"` URL of a `Link` header such as
/// `<https://api.github.com/…?page=2>; rel="next", <…?page=5>; rel="last"`.
fn next_link(value: &str) -> Option<String> {
    value.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        let is_next = params.split(';').any(|p| {
            let p = p.trim();
            p.eq_ignore_ascii_case(r#"rel="next""#) || p.eq_ignore_ascii_case("rel=next")
        });
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        is_next.then(|| target.to_owned())
    })
}

fn mentions_policy(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("policy") || m.contains("disabled")
}

/// `retry-after` as delay-seconds or an HTTP date.
fn parse_retry_after(value: &str, now: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    Some((at.to_utc() - now).to_std().unwrap_or(Duration::ZERO))
}

/// The human text of a vendor error body. Accepts Anthropic's `{error:{type,message}}`, GitHub's
/// `{message}`, and Cursor's four shapes (`{error,message}`, `{code,message}`, `{error}`,
/// `{outcome,message}`); anything else is kept as raw text (callers bound it with [`excerpt`]).
pub fn vendor_message(status: StatusCode, body: &str) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    let from_json = parsed.as_ref().and_then(|v| {
        let text = |v: Option<&serde_json::Value>| v.and_then(|m| m.as_str()).map(str::to_owned);
        text(v.pointer("/error/message")).or_else(|| text(v.get("message"))).or_else(|| text(v.get("error")))
    });
    match from_json {
        Some(message) => message,
        None if body.trim().is_empty() => status.canonical_reason().unwrap_or("no message").to_owned(),
        None => body.trim().chars().take(4096).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:28:00Z").map(|d| d.to_utc()).ok();
        let now = now.expect("fixed timestamp parses");
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now), Some(Duration::from_secs(30)));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn next_link_reads_githubs_link_header() {
        let header = r#"<https://api.github.com/x?page=2&per_page=100>; rel="next", <https://api.github.com/x?page=5&per_page=100>; rel="last""#;
        assert_eq!(next_link(header).as_deref(), Some("https://api.github.com/x?page=2&per_page=100"));
        let last_page = r#"<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first""#;
        assert_eq!(next_link(last_page), None);
        assert_eq!(next_link("garbage"), None);
    }

    #[test]
    fn vendor_message_reads_every_documented_shape() {
        let s = StatusCode::BAD_REQUEST;
        let anthropic = r#"{"type":"error","error":{"type":"not_found_error","message":"gone"}}"#;
        assert_eq!(vendor_message(s, anthropic), "gone");
        assert_eq!(vendor_message(s, r#"{"error":"Bad","message":"m1"}"#), "m1");
        assert_eq!(vendor_message(s, r#"{"code":"error","message":"m2"}"#), "m2");
        assert_eq!(vendor_message(s, r#"{"error":"only error"}"#), "only error");
        assert_eq!(vendor_message(s, r#"{"outcome":"error","message":"m4"}"#), "m4");
        assert_eq!(vendor_message(s, "<xml>nope</xml>"), "<xml>nope</xml>");
        assert_eq!(vendor_message(s, ""), "Bad Request");
    }
}
