//! One window of at most 30 UTC days, read with every page of daily usage and of usage events,
//! and handed back as one outcome per day.
//!
//! Rules:
//! - a request that fails (a refused key, a 5xx or 429 after every retry) or a page that is not
//!   a page at all fails the whole window: [`fetch_window`] returns that error;
//! - a record whose day cannot be told (no readable `day`/`date`, an event `timestamp` that is not
//!   epoch milliseconds) fails the whole window too: no day can be said to be complete without it;
//! - any other unreadable record fails only its own day, whose other records are dropped; the
//!   window's other days are returned as read;
//! - records of days outside the window are ignored (Cursor does not document how a range maps
//!   onto days);
//! - the window's raw pages are attached to its first readable day.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime};
use serde_json::Value;

use super::normalise::WindowTotals;
use super::payload::{DailyRecord, DailyUsagePage, UsageEvent, UsageEventsPage};
use super::{CursorClient, DAILY_PAGE_SIZE, EVENTS_PAGE_SIZE, MAX_PAGES};
use crate::domain::{Provider, ProviderDay, RawPayload};
use crate::providers::{DayOutcome, ProviderError, parse};

/// Per-day results of one window being read.
struct WindowRead {
    from: NaiveDate,
    to: NaiveDate,
    totals: WindowTotals,
    /// The first unreadable record of each failed day.
    failed: BTreeMap<NaiveDate, ProviderError>,
    raw: Vec<RawPayload>,
}

impl WindowRead {
    fn holds(&self, day: NaiveDate) -> bool {
        (self.from..=self.to).contains(&day) && !self.failed.contains_key(&day)
    }

    fn fail(&mut self, error: ProviderError) {
        if let ProviderError::Malformed { day, .. } = &error {
            self.failed.entry(*day).or_insert(error);
        }
    }

    fn into_outcomes(mut self) -> Vec<DayOutcome> {
        let mut raw = Some(std::mem::take(&mut self.raw));
        days(self.from, self.to)
            .map(|day| match self.failed.remove(&day) {
                Some(error) => (day, Err(error)),
                None => {
                    let raw = raw.take().unwrap_or_default();
                    (day, Ok(ProviderDay { day, actors: self.totals.actor_days(day), raw }))
                }
            })
            .collect()
    }
}

/// Every day of `from..=to` (at most 30 days), each with its outcome; `Err` when the window as a
/// whole could not be read (see the module docs).
pub(super) async fn fetch_window(
    client: &CursorClient,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DayOutcome>, ProviderError> {
    let (start_ms, end_ms) = window_ms(from, to);
    let mut read =
        WindowRead { from, to, totals: WindowTotals::default(), failed: BTreeMap::new(), raw: Vec::new() };

    for page in 1..=MAX_PAGES {
        let body = serde_json::json!({"startDate": start_ms, "endDate": end_ms, "page": page, "pageSize": DAILY_PAGE_SIZE});
        let response = client.post_daily_usage(&body).await?;
        let what = format!("daily usage page {page}");
        let parsed: DailyUsagePage = parse::json(Provider::Cursor, from, &what, &response.body)?;
        for (index, record) in parsed.data.into_iter().enumerate() {
            let day = record_day(from, &what, index, &record)?;
            if !read.holds(day) {
                continue;
            }
            let at = format!("data[{index}]");
            match parse::element::<DailyRecord>(Provider::Cursor, day, &what, &at, record) {
                Ok(record) => read.totals.add_daily(day, &record),
                Err(error) => read.fail(error),
            }
        }
        read.raw.push(RawPayload {
            endpoint: format!("teams/daily-usage-data?from={from}&to={to}&page={page}"),
            body: response.body,
        });
        if !parsed.pagination.is_some_and(|p| p.has_next_page) {
            break;
        }
    }

    for page in 1..=MAX_PAGES {
        let body = serde_json::json!({"startDate": start_ms, "endDate": end_ms, "page": page, "pageSize": EVENTS_PAGE_SIZE});
        let response = client.post_usage_events(&body).await?;
        let what = format!("usage events page {page}");
        let parsed: UsageEventsPage = parse::json(Provider::Cursor, from, &what, &response.body)?;
        for (index, event) in parsed.usage_events.into_iter().enumerate() {
            let day = event_day(from, &what, index, &event)?;
            if !read.holds(day) {
                continue;
            }
            let at = format!("usageEvents[{index}]");
            match parse::element::<UsageEvent>(Provider::Cursor, day, &what, &at, event) {
                Ok(event) => read.totals.add_event(day, &event),
                Err(error) => read.fail(error),
            }
        }
        read.raw.push(RawPayload {
            endpoint: format!("teams/filtered-usage-events?from={from}&to={to}&page={page}"),
            body: response.body,
        });
        if !parsed.pagination.is_some_and(|p| p.has_next_page) {
            break;
        }
    }
    Ok(read.into_outcomes())
}

/// `error`, the failure of a whole window, as the outcome of each of its days.
pub(super) fn window_failed(from: NaiveDate, to: NaiveDate, error: &ProviderError) -> Vec<DayOutcome> {
    days(from, to)
        .map(|day| {
            let error = match error {
                // Dated by the day it is the outcome of, and saying which window it came from.
                ProviderError::Malformed { provider, detail, .. } => ProviderError::Malformed {
                    provider: *provider,
                    day,
                    detail: format!("in the window {from}..={to}: {detail}"),
                },
                other => other.clone(),
            };
            (day, Err(error))
        })
        .collect()
}

pub(super) fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}

/// Epoch ms of `from` 00:00:00.000 and `to` 23:59:59.999 UTC (both ends inclusive).
pub(super) fn window_ms(from: NaiveDate, to: NaiveDate) -> (i64, i64) {
    let start = from.and_time(NaiveTime::MIN).and_utc().timestamp_millis();
    let end = (to + Duration::days(1)).and_time(NaiveTime::MIN).and_utc().timestamp_millis() - 1;
    (start, end)
}

/// A daily record's day: `day` (`YYYY-MM-DD`, newer responses), else `date` (epoch ms).
pub(super) fn record_day(
    window: NaiveDate,
    what: &str,
    index: usize,
    record: &Value,
) -> Result<NaiveDate, ProviderError> {
    let malformed =
        |detail: String| ProviderError::Malformed { provider: Provider::Cursor, day: window, detail };
    if let Some(day) = record.get("day").filter(|d| !d.is_null()) {
        return day.as_str().and_then(|d| d.parse().ok()).ok_or_else(|| {
            let shown = crate::providers::excerpt::excerpt(&day.to_string(), "");
            malformed(format!("{what}: field `data[{index}].day`: {shown} is not a YYYY-MM-DD day"))
        });
    }
    record
        .get("date")
        .and_then(Value::as_i64)
        .and_then(DateTime::from_timestamp_millis)
        .map(|d| d.date_naive())
        .ok_or_else(|| malformed(format!("{what}: field `data[{index}].date`: missing or out of range")))
}

/// An event's day from its `timestamp`: epoch ms as a string (as documented) or a number.
fn event_day(window: NaiveDate, what: &str, index: usize, event: &Value) -> Result<NaiveDate, ProviderError> {
    let timestamp = event.get("timestamp");
    timestamp
        .and_then(|t| t.as_str().and_then(|s| s.trim().parse::<i64>().ok()).or_else(|| t.as_i64()))
        .and_then(DateTime::from_timestamp_millis)
        .map(|d| d.date_naive())
        .ok_or_else(|| {
            let shown = timestamp
                .map_or("missing".to_owned(), |t| crate::providers::excerpt::excerpt(&t.to_string(), ""));
            ProviderError::Malformed {
                provider: Provider::Cursor,
                day: window,
                detail: format!(
                    "{what}: field `usageEvents[{index}].timestamp`: {shown} is not epoch milliseconds"
                ),
            }
        })
}
