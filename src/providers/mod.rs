//! Vendor API clients: one module per AI coding tool, all behind [`ProviderClient`].
//!
//! A client knows one vendor's endpoints, auth and payloads and turns them into
//! [`ProviderDay`]s; it knows nothing about storage or scheduling. Every client talks HTTP
//! through the one wrapper in [`http`], which owns timeouts, retries, rate-limit waits and the
//! mapping of vendor error bodies into [`ProviderError`].

pub mod claude_code;
pub mod copilot;
pub mod cursor;
pub mod egress;
mod error;
pub mod excerpt;
pub mod http;
mod parse;

use std::fmt;
use std::future::Future;
use std::num::NonZeroU32;
use std::pin::Pin;

use chrono::NaiveDate;

use crate::domain::{Provider, ProviderDay, ScopeKind, Seat};

pub use egress::EgressPolicy;
pub use error::ProviderError;
pub use http::RetryPolicy;

/// One day's outcome inside a [`ProviderClient::fetch_days`] window.
pub type DayOutcome = (NaiveDate, Result<ProviderDay, ProviderError>);

/// A boxed future, so that [`ProviderClient`] stays object safe.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Where a Copilot integration reads its reports from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `/orgs/{slug}/…`
    Organization(String),
    /// `/enterprises/{slug}/…`
    Enterprise(String),
}

impl Scope {
    /// The scope as stored on an integration row (`scope_kind`, `scope_slug`); `None` unless both
    /// are there.
    pub fn from_stored(kind: Option<ScopeKind>, slug: Option<String>) -> Option<Scope> {
        match (kind?, slug?) {
            (ScopeKind::Organization, slug) => Some(Scope::Organization(slug)),
            (ScopeKind::Enterprise, slug) => Some(Scope::Enterprise(slug)),
        }
    }

    /// Its kind, as stored.
    pub fn kind(&self) -> ScopeKind {
        match self {
            Scope::Organization(_) => ScopeKind::Organization,
            Scope::Enterprise(_) => ScopeKind::Enterprise,
        }
    }

    /// The organization or enterprise slug.
    pub fn slug(&self) -> &str {
        match self {
            Scope::Organization(slug) | Scope::Enterprise(slug) => slug,
        }
    }
}

/// Everything a client needs to reach one vendor account.
#[derive(Clone)]
pub struct ProviderConfig {
    /// API root without a trailing slash, e.g. `https://api.anthropic.com`. Tests point it at a
    /// fake vendor.
    pub base_url: String,
    /// The vendor key or token. Never logged and never part of an error message.
    pub secret: String,
    /// Copilot only: the organization or enterprise whose reports to read.
    pub scope: Option<Scope>,
    /// Timeouts and retry delays.
    pub retry: RetryPolicy,
    /// How many days back the vendor may be asked for; `None` means the provider's default.
    pub history_days: Option<u32>,
    /// Client-side request pacing; `None` means the vendor's documented limit (Cursor: 20 per
    /// minute) or no pacing where none is documented.
    pub requests_per_minute: Option<NonZeroU32>,
    /// Which hosts may be called: [`client_for`] checks `base_url` against it, the HTTP client
    /// checks download links, redirects and resolved addresses.
    pub egress: EgressPolicy,
}

impl ProviderConfig {
    /// A configuration with default retry policy, history and pacing.
    pub fn new(base_url: impl Into<String>, secret: impl Into<String>) -> Self {
        ProviderConfig {
            base_url: base_url.into().trim_end_matches('/').to_owned(),
            secret: secret.into(),
            scope: None,
            retry: RetryPolicy::default(),
            history_days: None,
            requests_per_minute: None,
            egress: EgressPolicy::vendors_only(),
        }
    }
}

// Hand-written so that `{:?}` of a config can never print the key.
impl fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderConfig")
            .field("base_url", &self.base_url)
            .field("secret", &"[redacted]")
            .field("scope", &self.scope)
            .field("retry", &self.retry)
            .field("history_days", &self.history_days)
            .field("requests_per_minute", &self.requests_per_minute)
            .field("egress", &self.egress)
            .finish()
    }
}

/// What every vendor client offers the sync engine.
pub trait ProviderClient: Send + Sync {
    /// Which vendor this client speaks to.
    fn provider(&self) -> Provider;

    /// One cheap real call that proves the key works (used before saving a connection).
    fn verify(&self) -> BoxFuture<'_, Result<(), ProviderError>>;

    /// Everything the vendor reports for one UTC day, normalised.
    fn fetch_day(&self, day: NaiveDate) -> BoxFuture<'_, Result<ProviderDay, ProviderError>>;

    /// How many days one [`fetch_days`](ProviderClient::fetch_days) call should cover: the
    /// vendor's widest window (Cursor: 30), or 1 where every day is its own request anyway.
    fn window_days(&self) -> u32 {
        1
    }

    /// Every day from `from` to `to` (inclusive), in order, each with its own outcome, so one
    /// unreadable day never loses the others. The default asks [`fetch_day`](ProviderClient::fetch_day)
    /// once per day and stops after an error a person must fix first (a refused key fails every
    /// day alike); such an error is the last entry.
    fn fetch_days(&self, from: NaiveDate, to: NaiveDate) -> BoxFuture<'_, Vec<DayOutcome>> {
        Box::pin(async move {
            let mut outcomes = Vec::new();
            let mut day = from;
            while day <= to {
                let outcome = self.fetch_day(day).await;
                let stop = outcome.as_ref().is_err_and(ProviderError::needs_attention);
                outcomes.push((day, outcome));
                if stop {
                    break;
                }
                day = match day.succ_opt() {
                    Some(next) => next,
                    None => break,
                };
            }
            outcomes
        })
    }

    /// Oldest day the vendor can serve relative to `today`, as documented.
    fn earliest_day(&self, today: NaiveDate) -> NaiveDate;

    /// The vendor's own history horizon: the oldest day it serves at all, when it has such a
    /// limit (Copilot: a year, documented; Cursor: found by asking). `None` when the vendor keeps
    /// everything or no limit was found within reach (Claude Code documents no deletion period):
    /// our own backfill depth is not a vendor limit, so older days stay `MISSING`, not
    /// `UNAVAILABLE`. The default answers `None`.
    fn discover_earliest_day(
        &self,
        _today: NaiveDate,
    ) -> BoxFuture<'_, Result<Option<NaiveDate>, ProviderError>> {
        Box::pin(async { Ok(None) })
    }

    /// Currency of cost figures.
    fn currency(&self) -> &'static str {
        "USD"
    }

    /// The licence roster as the vendor lists it now; `Ok(None)` when the vendor has no such
    /// list (Claude Code), so the stored seats are left alone.
    fn fetch_seats(&self) -> BoxFuture<'_, Result<Option<Vec<Seat>>, ProviderError>> {
        Box::pin(async { Ok(None) })
    }
}

/// The public API root of a vendor, used when an integration names no base URL of its own.
pub fn public_base_url(provider: Provider) -> &'static str {
    match provider {
        Provider::ClaudeCode => "https://api.anthropic.com",
        Provider::Copilot => "https://api.github.com",
        Provider::Cursor => "https://api.cursor.com",
    }
}

/// Builds the client for `provider`. Fails when the configuration cannot work (a Copilot
/// integration without a scope, an HTTP client that cannot be built) and with
/// [`ProviderError::Egress`] when `base_url` is not a host the egress policy allows.
pub fn client_for(
    provider: Provider,
    config: ProviderConfig,
) -> Result<Box<dyn ProviderClient>, ProviderError> {
    let allowed = config.egress.check_api(provider, &config.base_url).map(drop);
    let client: Box<dyn ProviderClient> = match provider {
        Provider::ClaudeCode => Box::new(claude_code::ClaudeCodeClient::new(config)?),
        Provider::Copilot => Box::new(copilot::CopilotClient::new(config)?),
        Provider::Cursor => Box::new(cursor::CursorClient::new(config)?),
    };
    allowed.map_err(|refused| ProviderError::Egress(refused.0))?;
    Ok(client)
}

/// Yesterday in UTC: the day `verify` calls ask about, because it is always servable.
fn yesterday_utc() -> NaiveDate {
    let today = chrono::Utc::now().date_naive();
    today.pred_opt().unwrap_or(today)
}
