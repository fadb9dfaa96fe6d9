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
//! - keep only a bounded, sanitised [`excerpt`](super::excerpt::excerpt) of a vendor's error
//!   body, with the key (and anything key-shaped) redacted;
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

use self::failure::{Failure, Mode, Next, transport_failure};
pub use self::headers::vendor_message;
use self::headers::{header, next_link};
use super::egress::{EgressPolicy, GuardedResolver};
use super::{ProviderConfig, ProviderError};
use crate::domain::Provider;

mod failure;
mod headers;

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
}
