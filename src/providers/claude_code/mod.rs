//! Claude Code Analytics API client (claude-code.md §1).
//!
//! One request per UTC day (`starting_at=YYYY-MM-DD`, there is no `ending_at`), paging with
//! `limit=1000` and the opaque `next_page` cursor while `has_more`. Rows are summed per actor in
//! [`normalise`]; every page body is kept as a [`RawPayload`].

mod normalise;
mod payload;

use chrono::{Duration, NaiveDate};
use reqwest::Url;

use super::http::{HttpClient, HttpResponse};
use super::{BoxFuture, ProviderClient, ProviderConfig, ProviderError, parse};
use crate::domain::{Provider, ProviderDay, RawPayload};
use normalise::DayTotals;
use payload::ReportPage;

/// Days back the client asks for unless configured otherwise. Anthropic states no deletion
/// period, so this is our own cap on backfill cost, not a vendor limit.
pub const DEFAULT_HISTORY_DAYS: u32 = 90;
/// Records per page: the documented maximum, to keep the request count low.
const PAGE_SIZE: u32 = 1000;
/// A guard against a vendor cursor that never ends.
const MAX_PAGES: usize = 10_000;
const ANTHROPIC_VERSION: &str = "2023-06-01";

/// Reads Claude Code usage with an Admin API key.
pub struct ClaudeCodeClient {
    http: HttpClient,
    base_url: String,
    secret: String,
    history_days: u32,
}

impl ClaudeCodeClient {
    /// A client for the Anthropic API at `config.base_url`.
    pub fn new(config: ProviderConfig) -> Result<Self, ProviderError> {
        Ok(ClaudeCodeClient {
            http: HttpClient::new(Provider::ClaudeCode, &config, None)?,
            history_days: config.history_days.unwrap_or(DEFAULT_HISTORY_DAYS),
            base_url: config.base_url,
            secret: config.secret,
        })
    }

    /// Everything Claude Code reports for one UTC day, summed per actor.
    pub async fn fetch_day(&self, day: NaiveDate) -> Result<ProviderDay, ProviderError> {
        let mut totals = DayTotals::default();
        let mut raw = Vec::new();
        let mut cursor: Option<String> = None;
        for page_number in 1..=MAX_PAGES {
            let response = self.get_page(day, PAGE_SIZE, cursor.as_deref()).await?;
            let page: ReportPage =
                parse::json(Provider::ClaudeCode, day, "usage report page", &response.body)?;
            raw.push(RawPayload {
                endpoint: format!("usage_report/claude_code?starting_at={day}&page={page_number}"),
                body: response.body,
            });
            for (index, record) in page.data.into_iter().enumerate() {
                totals.add(day, index, record)?;
            }
            if !page.has_more {
                return Ok(ProviderDay { day, actors: totals.into_actor_days(), raw });
            }
            cursor = Some(page.next_page.ok_or_else(|| ProviderError::Malformed {
                provider: Provider::ClaudeCode,
                day,
                detail: "field `next_page`: missing although `has_more` is true".to_owned(),
            })?);
        }
        Err(ProviderError::Malformed {
            provider: Provider::ClaudeCode,
            day,
            detail: format!("pagination did not end after {MAX_PAGES} pages"),
        })
    }

    async fn get_page(
        &self,
        day: NaiveDate,
        limit: u32,
        cursor: Option<&str>,
    ) -> Result<HttpResponse, ProviderError> {
        let mut url = Url::parse(&format!("{}/v1/organizations/usage_report/claude_code", self.base_url))
            .map_err(|e| ProviderError::Config(format!("bad base URL: {e}")))?;
        {
            let mut query = url.query_pairs_mut();
            // `starting_at` is sent again with every page, as the guide's example does.
            query.append_pair("starting_at", &day.format("%Y-%m-%d").to_string());
            query.append_pair("limit", &limit.to_string());
            if let Some(cursor) = cursor {
                query.append_pair("page", cursor);
            }
        }
        self.http
            .send(|c| {
                c.get(url.clone())
                    .header("x-api-key", &self.secret)
                    .header("anthropic-version", ANTHROPIC_VERSION)
            })
            .await
    }
}

impl ProviderClient for ClaudeCodeClient {
    fn provider(&self) -> Provider {
        Provider::ClaudeCode
    }

    fn verify(&self) -> BoxFuture<'_, Result<(), ProviderError>> {
        Box::pin(async move {
            self.get_page(super::yesterday_utc(), 1, None).await?;
            Ok(())
        })
    }

    fn fetch_day(&self, day: NaiveDate) -> BoxFuture<'_, Result<ProviderDay, ProviderError>> {
        Box::pin(ClaudeCodeClient::fetch_day(self, day))
    }

    fn earliest_day(&self, today: NaiveDate) -> NaiveDate {
        today - Duration::days(i64::from(self.history_days))
    }
}
