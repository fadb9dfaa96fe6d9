//! How far back Cursor serves daily usage, found by asking: Cursor documents no history depth.
//!
//! The walk asks daily usage for page 1 (up to 1,000 records) of each 30-day window, newest
//! first, from the window ending today:
//! - a window with records is served; when its oldest record is later than the window's first
//!   day (and the page is the only one), Cursor has nothing older and that record's day is the
//!   horizon;
//! - a window answered with no records ends the walk: the horizon is the oldest day of the newer
//!   windows' records;
//! - a window refused with a 4xx other than a refused key or a rate limit (a range "too old")
//!   is narrowed day by day in halves (at most 5 more requests) to the oldest start Cursor still
//!   answers;
//! - the walk never goes past [`CursorClient::earliest_day`]: `AI_USAGE_BACKFILL_DAYS` when set,
//!   else [`super::MAX_HISTORY_DAYS`] (730 days: at most 25 window requests plus 5, about 90 s at
//!   Cursor's 20 requests a minute);
//! - a refused key, a 5xx or a 429 after every retry fails the walk;
//! - when not even the newest window has records, the horizon is that window's first day (the one
//!   window Cursor's docs promise), so a team without history still gets its last 30 days.

use chrono::{Duration, NaiveDate};

use super::payload::DailyUsagePage;
use super::window::{record_day, window_ms};
use super::{CursorClient, DAILY_PAGE_SIZE, MAX_WINDOW_DAYS};
use crate::domain::Provider;
use crate::providers::{ProviderError, parse};

/// What one probe of a range found.
enum Probe {
    /// Records, the oldest on this day.
    Served(NaiveDate),
    /// An answer without records.
    Empty,
    /// A 4xx that is about the range, not the key.
    Refused,
}

/// The oldest day Cursor serves, no earlier than `client.earliest_day(today)`.
pub(super) async fn discover(
    client: &CursorClient,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, ProviderError> {
    use crate::providers::ProviderClient as _;
    let floor = client.earliest_day(today).min(today);
    let newest_window_start = (today - Duration::days(MAX_WINDOW_DAYS - 1)).max(floor);
    let mut oldest: Option<NaiveDate> = None;
    let mut end = today;
    loop {
        let start = (end - Duration::days(MAX_WINDOW_DAYS - 1)).max(floor);
        match probe(client, start, end).await? {
            Probe::Served(day) => {
                oldest = Some(day);
                if start == floor && day == start {
                    // Served up to our own reach: no vendor limit found.
                    return Ok(None);
                }
                if day > start || start == floor {
                    break;
                }
                end = start - Duration::days(1);
            }
            Probe::Empty => break,
            Probe::Refused => {
                if let Some(day) = narrow(client, start, end).await? {
                    oldest = Some(day);
                }
                break;
            }
        }
    }
    Ok(Some(oldest.unwrap_or(newest_window_start)))
}

/// The oldest day served within `start..=end` when the whole range is refused: halves the range's
/// start between a refused start and an answered one.
async fn narrow(
    client: &CursorClient,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<Option<NaiveDate>, ProviderError> {
    let (mut refused, mut answered, mut oldest) = (start, end + Duration::days(1), None);
    while (answered - refused).num_days() > 1 {
        let mid = refused + Duration::days((answered - refused).num_days() / 2);
        match probe(client, mid, end).await? {
            Probe::Served(day) => {
                answered = mid;
                oldest = Some(day);
            }
            Probe::Empty | Probe::Refused => refused = mid,
        }
    }
    Ok(oldest)
}

async fn probe(client: &CursorClient, from: NaiveDate, to: NaiveDate) -> Result<Probe, ProviderError> {
    let (start_ms, end_ms) = window_ms(from, to);
    let body =
        serde_json::json!({"startDate": start_ms, "endDate": end_ms, "page": 1, "pageSize": DAILY_PAGE_SIZE});
    let response = match client.post_daily_usage(&body).await {
        Ok(response) => response,
        Err(error) if refuses_the_range(&error) => return Ok(Probe::Refused),
        Err(error) => return Err(error),
    };
    let what = "daily usage (history probe)";
    let page: DailyUsagePage = parse::json(Provider::Cursor, from, what, &response.body)?;
    let mut oldest: Option<NaiveDate> = None;
    for (index, record) in page.data.iter().enumerate() {
        let day = record_day(from, what, index, record)?;
        if (from..=to).contains(&day) {
            oldest = Some(oldest.map_or(day, |o| o.min(day)));
        }
    }
    // Other pages may hold older records: then the range is served from its first day on.
    let more = page.pagination.is_some_and(|p| p.has_next_page);
    Ok(match oldest {
        Some(_) if more => Probe::Served(from),
        Some(day) => Probe::Served(day),
        None => Probe::Empty,
    })
}

/// A 4xx that says the range cannot be served, as opposed to a key, plan or pace problem.
fn refuses_the_range(error: &ProviderError) -> bool {
    match error {
        ProviderError::NotFound { .. } => true,
        ProviderError::Vendor { status, .. } => (400..500).contains(status) && *status != 429,
        _ => false,
    }
}
