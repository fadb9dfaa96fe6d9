//! What a failed attempt means: the vendor's status and headers read into a [`ProviderError`]
//! and the decision to give up, back off, or wait what the vendor asked for.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::HttpClient;
use super::headers::{header, parse_retry_after, vendor_message};
use crate::domain::Provider;
use crate::providers::ProviderError;
use crate::providers::egress::{EgressRefused, RedirectRefused};
use crate::providers::excerpt::excerpt;

/// How error statuses are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// A vendor API call: statuses map per the vendor's documented meaning.
    Api,
    /// A signed download link: 401/403/404/410 mean the link is no longer good.
    SignedDownload,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy)]
pub(super) enum Next {
    GiveUp,
    Backoff,
    Wait(Duration),
    RateLimitBackoff,
}

/// A failed attempt: the error it ends with if it is the last, and what to do next.
pub(super) struct Failure {
    pub(super) error: ProviderError,
    pub(super) next: Next,
}

impl HttpClient {
    /// A non-2xx answer read: which [`ProviderError`], and whether and when to try again.
    pub(super) fn classify(
        &self,
        status: StatusCode,
        headers: &HeaderMap,
        body: &str,
        mode: Mode,
    ) -> Failure {
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

/// A request that got no answer: refused by the egress policy (final), timed out or cut off.
pub(super) fn transport_failure(e: reqwest::Error) -> Failure {
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

/// Whether a 403's text says an organisation policy is off (Copilot's metrics policy).
fn mentions_policy(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("policy") || m.contains("disabled")
}
