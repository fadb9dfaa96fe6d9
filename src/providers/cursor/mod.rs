//! Cursor Admin API client (cursor.md §1, §4, §6).
//!
//! Per window of at most 30 UTC days ([`window`]): `POST /teams/daily-usage-data` with
//! `page`/`pageSize` (so inactive members come back too) for activity, and
//! `POST /teams/filtered-usage-events` for tokens, models and cost, both with 1,000 records a
//! page (the events' documented maximum; daily usage documents none). Each day of a window gets
//! its own outcome: an unreadable record fails its day only. Auth is HTTP Basic with the key as
//! username and an empty password. Cursor sends no `Retry-After`, so the client paces itself per
//! documented budget: usage events at 60 requests a minute, every other Admin endpoint (daily
//! usage, members) at 20 (one request every 3 s), and backs off 1-2-4-8-16 s on 429.
//!
//! History: Cursor documents no depth, so [`horizon`] walks back window by window to find it
//! (see there for how far the walk goes). A backfill reaches down to that horizon, or to
//! `AI_USAGE_BACKFILL_DAYS` when set.
//!
//! Seats: Cursor bills a team per member, so `GET /teams/members` is the roster: every member
//! not marked `isRemoved`, keyed by email like the usage rows. Members carry no plan and no
//! activity times; their `name` is kept as the holder's real name. UNCERTAIN: older docs list a
//! `free-owner` role, which by its name holds no paid seat; such members are left out.

mod horizon;
mod normalise;
mod payload;
mod window;

use std::num::NonZeroU32;

use chrono::{Duration, NaiveDate};

use super::http::{HttpClient, HttpResponse};
use super::{BoxFuture, DayOutcome, ProviderClient, ProviderConfig, ProviderError, parse};
use crate::domain::{ActorKey, ActorKind, Provider, ProviderDay, Seat};
use payload::TeamMembers;

/// Longest range daily-usage-data accepts, in days.
pub const MAX_WINDOW_DAYS: i64 = 30;
/// How far back a backfill and the history walk reach when `AI_USAGE_BACKFILL_DAYS` is unset:
/// two years. Cursor documents no depth; this bounds the walk (25 windows).
pub const MAX_HISTORY_DAYS: u32 = 730;
const fn per_minute(n: u32) -> NonZeroU32 {
    match NonZeroU32::new(n) {
        Some(n) => n,
        None => panic!("a budget is not zero"),
    }
}
/// Cursor's documented Admin API budget (members, daily usage, spend…).
const ADMIN_PER_MINUTE: NonZeroU32 = per_minute(20);
/// `/teams/filtered-usage-events` has its own, larger budget.
const EVENTS_PER_MINUTE: NonZeroU32 = per_minute(60);
const EVENTS_BUDGET: &str = "usage events";
/// Daily usage documents no maximum page size; the events' documented maximum is used.
const DAILY_PAGE_SIZE: u32 = 1000;
/// The documented maximum.
const EVENTS_PAGE_SIZE: u32 = 1000;
const MAX_PAGES: u32 = 10_000;

/// Reads a Cursor team's usage with an Admin API key.
pub struct CursorClient {
    http: HttpClient,
    base_url: String,
    secret: String,
    /// `AI_USAGE_BACKFILL_DAYS`, when set.
    history_days: Option<u32>,
}

impl CursorClient {
    /// A client for the Cursor API at `config.base_url`.
    pub fn new(config: ProviderConfig) -> Result<Self, ProviderError> {
        let http = HttpClient::new(Provider::Cursor, &config, Some(ADMIN_PER_MINUTE))?
            .with_budget(EVENTS_BUDGET, EVENTS_PER_MINUTE);
        Ok(CursorClient {
            http,
            history_days: config.history_days,
            base_url: config.base_url,
            secret: config.secret,
        })
    }

    /// One UTC day (one window of one day).
    pub async fn fetch_day(&self, day: NaiveDate) -> Result<ProviderDay, ProviderError> {
        let mut days = self.fetch_days(day, day).await;
        match days.pop() {
            Some((_, outcome)) => outcome,
            None => Ok(ProviderDay { day, actors: Vec::new(), raw: Vec::new() }),
        }
    }

    /// Every day from `from` to `to` (inclusive), in order, read in windows of at most 30 days.
    /// A window that cannot be read at all gives its error to each of its days; after an error a
    /// person must fix (a refused key) no further window is asked for.
    pub async fn fetch_days(&self, from: NaiveDate, to: NaiveDate) -> Vec<DayOutcome> {
        let mut outcomes = Vec::new();
        let mut start = from;
        while start <= to {
            let end = (start + Duration::days(MAX_WINDOW_DAYS - 1)).min(to);
            match window::fetch_window(self, start, end).await {
                Ok(days) => outcomes.extend(days),
                Err(error) => {
                    outcomes.extend(window::window_failed(start, end, &error));
                    if error.needs_attention() {
                        break;
                    }
                }
            }
            start = end + Duration::days(1);
        }
        outcomes
    }

    /// The oldest day Cursor serves, found by walking back (see [`horizon`]).
    pub async fn discover_earliest_day(&self, today: NaiveDate) -> Result<Option<NaiveDate>, ProviderError> {
        horizon::discover(self, today).await
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

    async fn post_daily_usage(&self, body: &serde_json::Value) -> Result<HttpResponse, ProviderError> {
        let url = format!("{}/teams/daily-usage-data", self.base_url);
        self.http.send(|c| c.post(&url).basic_auth(&self.secret, Some("")).json(body)).await
    }

    async fn post_usage_events(&self, body: &serde_json::Value) -> Result<HttpResponse, ProviderError> {
        let url = format!("{}/teams/filtered-usage-events", self.base_url);
        let build = |c: &reqwest::Client| c.post(&url).basic_auth(&self.secret, Some("")).json(body);
        self.http.send_within(EVENTS_BUDGET, build).await
    }
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

    fn window_days(&self) -> u32 {
        MAX_WINDOW_DAYS as u32
    }

    fn fetch_days(&self, from: NaiveDate, to: NaiveDate) -> BoxFuture<'_, Vec<DayOutcome>> {
        Box::pin(CursorClient::fetch_days(self, from, to))
    }

    /// `AI_USAGE_BACKFILL_DAYS` back when set, else [`MAX_HISTORY_DAYS`]: the furthest a
    /// backfill may reach; [`discover_earliest_day`](ProviderClient::discover_earliest_day)
    /// finds how far Cursor actually serves.
    fn earliest_day(&self, today: NaiveDate) -> NaiveDate {
        today - Duration::days(i64::from(self.history_days.unwrap_or(MAX_HISTORY_DAYS)))
    }

    fn discover_earliest_day(
        &self,
        today: NaiveDate,
    ) -> BoxFuture<'_, Result<Option<NaiveDate>, ProviderError>> {
        Box::pin(CursorClient::discover_earliest_day(self, today))
    }

    fn fetch_seats(&self) -> BoxFuture<'_, Result<Option<Vec<Seat>>, ProviderError>> {
        Box::pin(async move { CursorClient::fetch_seats(self).await.map(Some) })
    }
}
