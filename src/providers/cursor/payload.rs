//! Cursor Admin API payloads (cursor.md §4 and §6). Unknown fields are ignored; absent or
//! `null` counters read as 0; money is fractional cents. Pages keep their records as raw JSON
//! values: each record is read on its own, after its day, so one unreadable record fails only
//! its own day.

use serde::Deserialize;

use crate::providers::parse::count;

/// One page of `POST /teams/daily-usage-data`.
#[derive(Debug, Deserialize)]
pub(super) struct DailyUsagePage {
    /// [`DailyRecord`]s, read one by one.
    pub data: Vec<serde_json::Value>,
    /// Present only when `page`/`pageSize` were sent.
    #[serde(default)]
    pub pagination: Option<Pagination>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Pagination {
    #[serde(default)]
    pub has_next_page: bool,
}

/// One member's day. Its day (`day` as `YYYY-MM-DD` in newer responses, else `date` in epoch
/// ms) is read from the raw record first (`window::record_day`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DailyRecord {
    pub email: String,
    pub is_active: Option<bool>,
    #[serde(default, deserialize_with = "count")]
    pub total_lines_added: i64,
    #[serde(default, deserialize_with = "count")]
    pub total_lines_deleted: i64,
    #[serde(default, deserialize_with = "count")]
    pub accepted_lines_added: i64,
    #[serde(default, deserialize_with = "count")]
    pub total_accepts: i64,
    #[serde(default, deserialize_with = "count")]
    pub total_rejects: i64,
    #[serde(default, deserialize_with = "count")]
    pub total_tabs_shown: i64,
    #[serde(default, deserialize_with = "count")]
    pub total_tabs_accepted: i64,
    #[serde(default, deserialize_with = "count")]
    pub composer_requests: i64,
    #[serde(default, deserialize_with = "count")]
    pub chat_requests: i64,
    #[serde(default, deserialize_with = "count")]
    pub agent_requests: i64,
    #[serde(default, deserialize_with = "count")]
    pub cmdk_usages: i64,
}

/// One page of `POST /teams/filtered-usage-events`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct UsageEventsPage {
    /// [`UsageEvent`]s, read one by one.
    #[serde(default)]
    pub usage_events: Vec<serde_json::Value>,
    #[serde(default)]
    pub pagination: Option<Pagination>,
}

/// One request. Its `timestamp` (epoch ms as a string) is read from the raw event first.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct UsageEvent {
    pub user_email: String,
    pub model: Option<String>,
    #[serde(default)]
    pub token_usage: Option<TokenUsage>,
    /// Cents, fractional; missing from older responses.
    pub charged_cents: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct TokenUsage {
    #[serde(default, deserialize_with = "count")]
    pub input_tokens: i64,
    #[serde(default, deserialize_with = "count")]
    pub output_tokens: i64,
    #[serde(default, deserialize_with = "count")]
    pub cache_write_tokens: i64,
    #[serde(default, deserialize_with = "count")]
    pub cache_read_tokens: i64,
    pub total_cents: Option<f64>,
}

/// `GET /teams/members` (cursor.md §3); not paginated.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct TeamMembers {
    #[serde(default)]
    pub team_members: Vec<TeamMember>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct TeamMember {
    pub email: String,
    /// The member's display name.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    /// Newer field; absent means still a member.
    #[serde(default)]
    pub is_removed: bool,
}
