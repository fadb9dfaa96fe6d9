//! GitHub Copilot usage-metrics reports client (github-copilot.md §2).
//!
//! Two steps per report: `GET …/copilot/metrics/reports/{report}?day=D` answers with signed
//! `download_links` (or 204: no report, an empty day), then every link is downloaded without
//! credentials and read as NDJSON. Users come from `users-1-day`; their teams from
//! `user-teams-1-day`, joined on user id. Signed links are short-lived and never stored: raw
//! payloads keep the downloaded files only. A refused link is retried once with fresh links.
//! The seat roster comes from the billing seats API (`seats.rs`).

mod normalise;
mod report;
mod seats;

use std::collections::BTreeMap;

use chrono::{Duration, Months, NaiveDate};
use reqwest::{StatusCode, Url};

use super::http::HttpClient;
use super::{BoxFuture, ProviderClient, ProviderConfig, ProviderError, Scope, parse};
use crate::domain::{Provider, ProviderDay, RawPayload, Seat};
use normalise::DayTotals;
use report::{ReportLinks, TeamMembership, UserRecord};

/// The first day GitHub has reports for.
pub const FIRST_REPORT_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2025, 10, 10) {
    Some(day) => day,
    None => panic!("2025-10-10 is a valid date"),
};
const API_VERSION: &str = "2022-11-28";

/// Reads Copilot usage reports of one organization or enterprise.
pub struct CopilotClient {
    http: HttpClient,
    base_url: String,
    secret: String,
    scope: Scope,
    /// `AI_USAGE_BACKFILL_DAYS`, when set.
    history_days: Option<u32>,
}

/// One report's downloaded files, with the endpoint label each came from.
type Files = Vec<RawPayload>;

impl CopilotClient {
    /// A client for the GitHub API at `config.base_url`; `config.scope` is required.
    pub fn new(config: ProviderConfig) -> Result<Self, ProviderError> {
        let scope = config
            .scope
            .clone()
            .ok_or_else(|| ProviderError::Config("Copilot needs an organization or enterprise".to_owned()))?;
        Ok(CopilotClient {
            http: HttpClient::new(Provider::Copilot, &config, None)?,
            base_url: config.base_url,
            secret: config.secret,
            scope,
            history_days: config.history_days,
        })
    }

    /// Every user's Copilot day, with their teams.
    pub async fn fetch_day(&self, day: NaiveDate) -> Result<ProviderDay, ProviderError> {
        let Some(user_files) = self.report("users-1-day", day).await? else {
            return Ok(ProviderDay { day, actors: Vec::new(), raw: Vec::new() });
        };
        let mut totals = DayTotals::default();
        for file in &user_files {
            for record in report::records::<UserRecord>(day, &file.endpoint, &file.body)? {
                report::check_day(day, &file.endpoint, record.day.as_deref())?;
                totals.add(record);
            }
        }
        let team_files = self.report("user-teams-1-day", day).await?.unwrap_or_default();
        let mut teams: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        for file in &team_files {
            for row in report::records::<TeamMembership>(day, &file.endpoint, &file.body)? {
                report::check_day(day, &file.endpoint, row.day.as_deref())?;
                teams.entry(row.user_id).or_default().push(row.slug);
            }
        }
        let aggregate_files = self.aggregate_report(day).await?;
        let raw = user_files.into_iter().chain(team_files).chain(aggregate_files).collect();
        Ok(ProviderDay { day, actors: totals.into_actor_days(teams), raw })
    }

    /// The organization's (or enterprise's) own daily aggregate report. Nothing is derived from it
    /// today: per-user reports carry every measure ai-usage shows. It is kept verbatim with the
    /// day so organisation-level metrics can be re-derived later. Absent (204, 404) is fine.
    async fn aggregate_report(&self, day: NaiveDate) -> Result<Files, ProviderError> {
        let report = match self.scope {
            Scope::Organization(_) => "organization-1-day",
            Scope::Enterprise(_) => "enterprise-1-day",
        };
        match self.report(report, day).await {
            Ok(files) => Ok(files.unwrap_or_default()),
            Err(ProviderError::NotFound { .. }) => Ok(Vec::new()),
            Err(other) => Err(other),
        }
    }

    /// Downloads every file of `report` for `day`; `None` when GitHub has no report (204).
    async fn report(&self, report: &str, day: NaiveDate) -> Result<Option<Files>, ProviderError> {
        let mut last_error = None;
        // Links expire quickly; a refused download is retried once with freshly issued links.
        for _ in 0..2 {
            let Some(links) = self.links(report, day).await? else {
                return Ok(None);
            };
            match self.download_all(report, day, &links).await {
                Ok(files) => return Ok(Some(files)),
                Err(e @ ProviderError::DownloadLinkExpired { .. }) => last_error = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(last_error.unwrap_or(ProviderError::DownloadLinkExpired { status: 403 }))
    }

    async fn links(&self, report: &str, day: NaiveDate) -> Result<Option<Vec<String>>, ProviderError> {
        let url = self.report_url(report, Some(day))?;
        let response = self
            .http
            .send(|c| {
                c.get(url.clone())
                    .bearer_auth(&self.secret)
                    .header("X-GitHub-Api-Version", API_VERSION)
                    .header("Accept", "application/vnd.github+json")
            })
            .await?;
        if response.status == StatusCode::NO_CONTENT {
            return Ok(None);
        }
        let links: ReportLinks = parse::json(Provider::Copilot, day, report, &response.body)?;
        Ok(Some(links.download_links))
    }

    async fn download_all(
        &self,
        report: &str,
        day: NaiveDate,
        links: &[String],
    ) -> Result<Files, ProviderError> {
        let mut files = Vec::with_capacity(links.len());
        for (index, link) in links.iter().enumerate() {
            // Signed links are pre-authorised; the GitHub token must not travel to their host.
            let response = self.http.download(link).await?;
            files.push(RawPayload {
                endpoint: format!("copilot/metrics/reports/{report}?day={day}#file={}", index + 1),
                body: response.body,
            });
        }
        Ok(files)
    }

    fn report_url(&self, report: &str, day: Option<NaiveDate>) -> Result<Url, ProviderError> {
        let mut url = self.scope_url(&["copilot", "metrics", "reports", report])?;
        if let Some(day) = day {
            url.query_pairs_mut().append_pair("day", &day.format("%Y-%m-%d").to_string());
        }
        Ok(url)
    }

    /// `{base}/orgs/{org}/…` or `{base}/enterprises/{enterprise}/…` followed by `segments`.
    fn scope_url(&self, segments: &[&str]) -> Result<Url, ProviderError> {
        let mut url =
            Url::parse(&self.base_url).map_err(|e| ProviderError::Config(format!("bad base URL: {e}")))?;
        {
            let mut path = url
                .path_segments_mut()
                .map_err(|()| ProviderError::Config("base URL cannot take a path".to_owned()))?;
            path.pop_if_empty();
            match &self.scope {
                Scope::Organization(org) => path.extend(["orgs", org]),
                Scope::Enterprise(enterprise) => path.extend(["enterprises", enterprise]),
            };
            path.extend(segments);
        }
        Ok(url)
    }
}

impl ProviderClient for CopilotClient {
    fn provider(&self) -> Provider {
        Provider::Copilot
    }

    /// Asks for yesterday's users report links (204 counts as success) without downloading.
    fn verify(&self) -> BoxFuture<'_, Result<(), ProviderError>> {
        Box::pin(async move {
            self.links("users-1-day", super::yesterday_utc()).await?;
            Ok(())
        })
    }

    fn fetch_day(&self, day: NaiveDate) -> BoxFuture<'_, Result<ProviderDay, ProviderError>> {
        Box::pin(CopilotClient::fetch_day(self, day))
    }

    /// Reports reach back one year, and no further than 2025-10-10; `AI_USAGE_BACKFILL_DAYS`,
    /// when set, shortens that (never lengthens it).
    fn earliest_day(&self, today: NaiveDate) -> NaiveDate {
        let configured = self.history_days.map(|days| today - Duration::days(i64::from(days)));
        vendor_horizon(today).max(configured.unwrap_or(NaiveDate::MIN))
    }

    /// GitHub's own limit (a year, not before the first report day), whatever the backfill cap.
    fn discover_earliest_day(
        &self,
        today: NaiveDate,
    ) -> BoxFuture<'_, Result<Option<NaiveDate>, ProviderError>> {
        Box::pin(async move { Ok(Some(vendor_horizon(today))) })
    }

    fn fetch_seats(&self) -> BoxFuture<'_, Result<Option<Vec<Seat>>, ProviderError>> {
        Box::pin(async move { CopilotClient::fetch_seats(self).await.map(Some) })
    }
}

/// The oldest day GitHub serves reports for: one year back, and never before [`FIRST_REPORT_DAY`].
fn vendor_horizon(today: NaiveDate) -> NaiveDate {
    let year_ago = today.checked_sub_months(Months::new(12)).unwrap_or(today - Duration::days(365));
    year_ago.max(FIRST_REPORT_DAY)
}
