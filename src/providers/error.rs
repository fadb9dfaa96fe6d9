//! The one error type of the provider layer.
//!
//! Policy: every variant carries the vendor's own words where it gave any, so the UI can show
//! them, and nothing here ever holds the vendor key ([`http`](super::http) redacts it from
//! vendor messages before they land in a variant).

use chrono::NaiveDate;

use crate::domain::Provider;

/// Why a provider call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// The key was refused (401, or a 403 that is about permissions).
    #[error("the vendor refused the credentials: {message}")]
    InvalidCredentials {
        /// The vendor's explanation, sanitised.
        message: String,
    },
    /// The resource does not exist, or (GitHub) the key may not see it.
    #[error("not found (or no access): {message}")]
    NotFound {
        /// The vendor's explanation, sanitised.
        message: String,
    },
    /// The vendor account has the needed metrics policy switched off (Copilot).
    #[error("usage metrics are disabled by a vendor policy: {message}")]
    PolicyDisabled {
        /// The vendor's explanation, sanitised.
        message: String,
    },
    /// Still rate limited after every retry (only ever returned once the retries are used up;
    /// a single rate-limited attempt is logged with [`ProviderError::attempt_failure`]).
    #[error("rate limited by the vendor on every attempt of this request")]
    RateLimited,
    /// Any other error status, after retries where retrying made sense.
    #[error("vendor error (HTTP {status}): {message}")]
    Vendor {
        /// The HTTP status of the last attempt.
        status: u16,
        /// The vendor's explanation, sanitised.
        message: String,
    },
    /// A signed report download link was refused or had expired, even after asking for fresh
    /// links (Copilot).
    #[error("report download link expired or was refused (HTTP {status}); request the report again")]
    DownloadLinkExpired {
        /// The HTTP status the download answered with.
        status: u16,
    },
    /// The vendor sent something that cannot be read.
    #[error("{provider} returned unreadable data for {day}: {detail}")]
    Malformed {
        /// The vendor that sent it.
        provider: Provider,
        /// The UTC day asked for.
        day: NaiveDate,
        /// The field (JSON path) or other detail that could not be read.
        detail: String,
    },
    /// The connection failed.
    #[error("network error: {0}")]
    Network(String),
    /// The vendor did not answer in time, on every attempt.
    #[error("the vendor did not answer in time")]
    Timeout,
    /// The URL is not one the server may call (see [`egress`](super::egress)): a vendor root
    /// the operator did not allow, a download link to a private address, a redirect to another
    /// host.
    #[error("refused by the vendor host policy: {0}")]
    Egress(String),
    /// The client configuration cannot work (e.g. Copilot without an org or enterprise).
    #[error("invalid provider configuration: {0}")]
    Config(String),
}

impl ProviderError {
    /// True when a person has to act (fix the key, enable a policy) before syncing can succeed,
    /// so the sync engine should mark the integration rather than retry later.
    pub fn needs_attention(&self) -> bool {
        matches!(
            self,
            ProviderError::InvalidCredentials { .. }
                | ProviderError::PolicyDisabled { .. }
                | ProviderError::Config(_)
                | ProviderError::Egress(_)
        )
    }

    /// What one failed attempt met, for the log line that announces a retry: unlike the
    /// `Display` of the final error, it claims nothing about retries being used up.
    pub fn attempt_failure(&self) -> String {
        match self {
            ProviderError::RateLimited => "rate limited by the vendor".to_owned(),
            other => other.to_string(),
        }
    }

    /// True for failures a later attempt may not see (rate limits, outages, timeouts).
    pub fn is_transient(&self) -> bool {
        match self {
            ProviderError::RateLimited
            | ProviderError::Network(_)
            | ProviderError::Timeout
            | ProviderError::DownloadLinkExpired { .. } => true,
            ProviderError::Vendor { status, .. } => *status >= 500 || *status == 429,
            _ => false,
        }
    }
}
