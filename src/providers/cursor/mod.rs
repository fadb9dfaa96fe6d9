//! Cursor Admin API client (cursor.md §1, §4, §6).
//!
//! Per window of at most 30 UTC days: `POST /teams/daily-usage-data` with `page`/`pageSize`
//! (so inactive members come back too) for activity, and `POST /teams/filtered-usage-events`
//! for tokens, models and cost. Auth is HTTP Basic with the key as username and an empty
//! password. Cursor allows 20 requests a minute and sends no `Retry-After`, so the client
//! paces itself (one request every 3 s by default) and backs off 1-2-4-8-16 s on 429.
//!
//! Seats: Cursor bills a team per member, so `GET /teams/members` is the roster: every member
//! not marked `isRemoved`, keyed by email like the usage rows. Members carry no plan and no
//! activity times; their `name` is kept as the holder's real name. UNCERTAIN: older docs list a
//! `free-owner` role, which by its name holds no paid seat; such members are left out.

mod normalise;
mod payload;

use std::num::NonZeroU32;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime};

use super::http::{HttpClient, HttpResponse};
use super::{BoxFuture, ProviderClient, ProviderConfig, ProviderError, parse};
use crate::domain::{ActorKey, ActorKind, Provider, ProviderDay, RawPayload, Seat};
use normalise::WindowTotals;
use payload::{DailyUsagePage, TeamMembers, UsageEventsPage};

/// Longest range daily-usage-data accepts, in days.
pub const MAX_WINDOW_DAYS: i64 = 30;
/// Days back the client asks for unless configured otherwise. Cursor documents no history
/// depth; 30 days (one maximal window) is the only window its docs promise.
pub const DEFAULT_HISTORY_DAYS: u32 = 30;
/// Cursor's documented Admin API budget.
const REQUESTS_PER_MINUTE: NonZeroU32 = match NonZeroU32::new(20) {
    Some(n) => n,
    None => panic!("20 is not zero"),
};
const DAILY_PAGE_SIZE: u32 = 500;
/// The documented maximum.
const EVENTS_PAGE_SIZE: u32 = 1000;
const MAX_PAGES: u32 = 10_000;

/// Reads a Cursor team's usage with an Admin API key.
pub struct CursorClient {
    http: HttpClient,
    base_url: String,
    secret: String,
    history_days: u32,
}

impl CursorClient {
    /// A client for the Cursor API at `config.base_url`.
    pub fn new(config: ProviderConfig) -> Result<Self, ProviderError> {
        Ok(CursorClient {
            http: HttpClient::new(Provider::Cursor, &config, Some(REQUESTS_PER_MINUTE))?,
            history_days: config.history_days.unwrap_or(DEFAULT_HISTORY_DAYS),
            base_url: config.base_url,
            secret: config.secret,
        })
    }

    /// One UTC day.
    pub async fn fetch_day(&self, day: NaiveDate) -> Result<ProviderDay, ProviderError> {
        let mut days = self.fetch_window(day, day).await?;
        Ok(days.pop().unwrap_or(ProviderDay { day, actors: Vec::new(), raw: Vec::new() }))
    }

    /// Every day from `from` to `to` (inclusive), fetched in windows of at most 30 days. Each
    /// window's raw payloads are attached to the window's first day.
    pub async fn fetch_range(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<ProviderDay>, ProviderError> {
        let mut days = Vec::new();
        let mut start = from;
        while start <= to {
            let end = (start + Duration::days(MAX_WINDOW_DAYS - 1)).min(to);
            days.extend(self.fetch_window(start, end).await?);
            start = end + Duration::days(1);
        }
        Ok(days)
    }

    async fn fetch_window(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<ProviderDay>, ProviderError> {
        let (start_ms, end_ms) = window_ms(from, to);
        let mut totals = WindowTotals::default();
        let mut raw = Vec::new();

        for page in 1..=MAX_PAGES {
            let body = serde_json::json!({"startDate": start_ms, "endDate": end_ms, "page": page, "pageSize": DAILY_PAGE_SIZE});
            let response = self.post("/teams/daily-usage-data", &body).await?;
            let parsed: DailyUsagePage = parse::json(Provider::Cursor, from, "daily usage", &response.body)?;
            for (index, record) in parsed.data.iter().enumerate() {
                let day = record_day(from, index, record)?;
                // Cursor does not document how a range maps onto days; keep only the days asked for.
                if (from..=to).contains(&day) {
                    totals.add_daily(day, record);
                }
            }
            raw.push(RawPayload {
                endpoint: format!("teams/daily-usage-data?from={from}&to={to}&page={page}"),
                body: response.body,
            });
            if !parsed.pagination.is_some_and(|p| p.has_next_page) {
                break;
            }
        }

        for page in 1..=MAX_PAGES {
            let body = serde_json::json!({"startDate": start_ms, "endDate": end_ms, "page": page, "pageSize": EVENTS_PAGE_SIZE});
            let response = self.post("/teams/filtered-usage-events", &body).await?;
            let parsed: UsageEventsPage =
                parse::json(Provider::Cursor, from, "usage events", &response.body)?;
            for (index, event) in parsed.usage_events.iter().enumerate() {
                let day = event_day(from, index, &event.timestamp)?;
                if (from..=to).contains(&day) {
                    totals.add_event(day, event);
                }
            }
            raw.push(RawPayload {
                endpoint: format!("teams/filtered-usage-events?from={from}&to={to}&page={page}"),
                body: response.body,
            });
            if !parsed.pagination.is_some_and(|p| p.has_next_page) {
                break;
            }
        }

        let mut days = Vec::new();
        let mut day = from;
        while day <= to {
            let raw = if day == from { std::mem::take(&mut raw) } else { Vec::new() };
            days.push(ProviderDay { day, actors: totals.actor_days(day), raw });
            day += Duration::days(1);
        }
        Ok(days)
    }

    /// The team's current members as seats (see the module docs for who counts).
    pub async fn fetch_seats(&self) -> Result<Vec<Seat>, ProviderError> {
        let url = format!("{}/teams/members", self.base_url);
        let response = self.http.send(|c| c.get(&url).basic_auth(&self.secret, Some(""))).await?;
        let today = chrono::Utc::now().date_naive();
        let members: TeamMembers = parse::json(Provider::Cursor, today, "team members", &response.body)?;
        Ok(members
            .team_members
            .into_iter()
            .filter(|m| !m.is_removed && m.role.as_deref() != Some("free-owner"))
            .map(|m| Seat {
                actor: ActorKey {
                    kind: ActorKind::Email,
                    identifier: normalise::email_key(&m.email),
                    external_id: None,
                },
                plan: None,
                assigned_at: None,
                last_activity_at: None,
                pending_cancellation_date: None,
                display_name: m.name.filter(|n| !n.trim().is_empty()),
            })
            .collect())
    }

    async fn post(&self, path: &str, body: &serde_json::Value) -> Result<HttpResponse, ProviderError> {
        let url = format!("{}{path}", self.base_url);
        self.http.send(|c| c.post(&url).basic_auth(&self.secret, Some("")).json(body)).await
    }
}

/// Epoch ms of `from` 00:00:00.000 and `to` 23:59:59.999 UTC (both ends inclusive).
fn window_ms(from: NaiveDate, to: NaiveDate) -> (i64, i64) {
    let start = from.and_time(NaiveTime::MIN).and_utc().timestamp_millis();
    let end = (to + Duration::days(1)).and_time(NaiveTime::MIN).and_utc().timestamp_millis() - 1;
    (start, end)
}

fn record_day(
    window: NaiveDate,
    index: usize,
    record: &payload::DailyRecord,
) -> Result<NaiveDate, ProviderError> {
    let malformed =
        |detail: String| ProviderError::Malformed { provider: Provider::Cursor, day: window, detail };
    if let Some(day) = &record.day {
        return day.parse().map_err(|_| {
            malformed(format!("daily usage: field `data[{index}].day`: {day:?} is not a YYYY-MM-DD day"))
        });
    }
    record
        .date
        .and_then(DateTime::from_timestamp_millis)
        .map(|d| d.date_naive())
        .ok_or_else(|| malformed(format!("daily usage: field `data[{index}].date`: missing or out of range")))
}

fn event_day(window: NaiveDate, index: usize, timestamp: &str) -> Result<NaiveDate, ProviderError> {
    timestamp
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(DateTime::from_timestamp_millis)
        .map(|d| d.date_naive())
        .ok_or_else(|| ProviderError::Malformed {
            provider: Provider::Cursor,
            day: window,
            detail: format!("usage events: field `usageEvents[{index}].timestamp`: {timestamp:?} is not epoch milliseconds"),
        })
}

impl ProviderClient for CursorClient {
    fn provider(&self) -> Provider {
        Provider::Cursor
    }

    /// Lists the team's members: one cheap Admin call that needs the `admin:*` key.
    fn verify(&self) -> BoxFuture<'_, Result<(), ProviderError>> {
        Box::pin(async move {
            let url = format!("{}/teams/members", self.base_url);
            self.http.send(|c| c.get(&url).basic_auth(&self.secret, Some(""))).await?;
            Ok(())
        })
    }

    fn fetch_day(&self, day: NaiveDate) -> BoxFuture<'_, Result<ProviderDay, ProviderError>> {
        Box::pin(CursorClient::fetch_day(self, day))
    }

    fn earliest_day(&self, today: NaiveDate) -> NaiveDate {
        today - Duration::days(i64::from(self.history_days))
    }

    fn fetch_seats(&self) -> BoxFuture<'_, Result<Option<Vec<Seat>>, ProviderError>> {
        Box::pin(async move { CursorClient::fetch_seats(self).await.map(Some) })
    }
}
