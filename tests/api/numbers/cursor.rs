//! Cursor (issue #12): ranges read in 30-day windows with one outcome per day, the history
//! horizon found by asking, interactions by model summing to the headline, and
//! `AI_USAGE_BACKFILL_DAYS` honoured by every provider.

mod backfill_days;
mod by_model;
mod horizon;
mod retry_log;
mod windows;

use std::num::NonZeroU32;

use ai_usage::providers::ProviderConfig;
use ai_usage::providers::cursor::CursorClient;
use chrono::NaiveDate;

const KEY: &str = "crsr_0123456789abcdef_numbers_test_key";
const DAILY: &str = "/teams/daily-usage-data";
const EVENTS: &str = "/teams/filtered-usage-events";

fn day(s: &str) -> NaiveDate {
    s.parse().expect("valid day")
}

/// Epoch ms of `day` at `hour`:00 UTC, as Cursor's event timestamps (a string).
fn ms(day: NaiveDate, hour: u32) -> String {
    day.and_hms_opt(hour, 0, 0).expect("valid hour").and_utc().timestamp_millis().to_string()
}

/// The day of an epoch-ms request bound.
fn day_of(ms: &serde_json::Value) -> NaiveDate {
    let ms = ms.as_i64().expect("epoch ms");
    chrono::DateTime::from_timestamp_millis(ms).expect("in range").date_naive()
}

/// A client of the fake at `base_url`, with millisecond retries and no pacing to speak of.
fn client(base_url: &str, history_days: Option<u32>) -> CursorClient {
    let mut config = ProviderConfig::new(base_url, KEY);
    config.retry = crate::fake_vendor::fast_policy();
    config.requests_per_minute = NonZeroU32::new(60_000);
    config.history_days = history_days;
    CursorClient::new(config).expect("client builds")
}
