//! The Claude Code Analytics report as Anthropic sends it (claude-code.md §1.2–1.3). Unknown
//! fields are ignored; absent or `null` counters read as 0.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::providers::parse::count;

/// One page of `GET /v1/organizations/usage_report/claude_code`.
#[derive(Debug, Deserialize)]
pub(super) struct ReportPage {
    pub data: Vec<Record>,
    #[serde(default)]
    pub has_more: bool,
    #[serde(default)]
    pub next_page: Option<String>,
}

/// One actor row. An actor can have several rows per day (local and remote usage, terminals).
#[derive(Debug, Deserialize)]
pub(super) struct Record {
    /// RFC 3339 midnight of the covered UTC day, e.g. `2025-08-08T00:00:00Z`.
    pub date: String,
    pub actor: Actor,
    #[serde(default)]
    pub core_metrics: Option<CoreMetrics>,
    /// A map rather than fixed fields: new tool keys may appear at any time.
    #[serde(default)]
    pub tool_actions: Option<BTreeMap<String, ToolAction>>,
    #[serde(default)]
    pub model_breakdown: Option<Vec<ModelUsage>>,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub(super) enum Actor {
    UserActor { email_address: String },
    ApiActor { api_key_name: String },
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CoreMetrics {
    #[serde(default, deserialize_with = "count")]
    pub num_sessions: i64,
    #[serde(default)]
    pub lines_of_code: Option<LinesOfCode>,
    #[serde(default, deserialize_with = "count")]
    pub commits_by_claude_code: i64,
    #[serde(default, deserialize_with = "count")]
    pub pull_requests_by_claude_code: i64,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct LinesOfCode {
    #[serde(default, deserialize_with = "count")]
    pub added: i64,
    #[serde(default, deserialize_with = "count")]
    pub removed: i64,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct ToolAction {
    #[serde(default, deserialize_with = "count")]
    pub accepted: i64,
    #[serde(default, deserialize_with = "count")]
    pub rejected: i64,
}

#[derive(Debug, Deserialize)]
pub(super) struct ModelUsage {
    pub model: String,
    #[serde(default)]
    pub tokens: Option<Tokens>,
    #[serde(default)]
    pub estimated_cost: Option<Cost>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Tokens {
    #[serde(default, deserialize_with = "count")]
    pub input: i64,
    #[serde(default, deserialize_with = "count")]
    pub output: i64,
    #[serde(default, deserialize_with = "count")]
    pub cache_read: i64,
    #[serde(default, deserialize_with = "count")]
    pub cache_creation: i64,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Cost {
    /// Integer US cents (an estimate, not billing data).
    #[serde(default, deserialize_with = "count")]
    pub amount: i64,
}
