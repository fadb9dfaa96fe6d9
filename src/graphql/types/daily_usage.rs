use async_graphql::{ID, SimpleObject};
use chrono::NaiveDate;

use crate::graphql::ids::to_id;
use crate::storage::usage::{Actor, DailyUsage};

/// One vendor identity's usage on one UTC day, through one integration. A measure a vendor does
/// not report is 0.
#[derive(SimpleObject)]
pub struct DailyUsageRow {
    /// The UTC day, as the vendor reports it.
    pub day: NaiveDate,
    pub integration_id: ID,
    pub actor_id: ID,
    /// How the vendor identifies the actor: `email`, `login` or `api_key`.
    pub actor_kind: String,
    /// The email, GitHub login or API key name.
    pub actor: String,
    /// The vendor counted the actor as active that day.
    pub active: bool,
    /// Claude Code sessions started.
    pub sessions: i64,
    /// Prompts, chat turns or agent requests, as each vendor counts them.
    pub interactions: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    pub cache_read_tokens: i64,
    pub cache_write_tokens: i64,
    /// Cost in thousandths of the currency's minor unit (millicents for USD).
    pub cost_millicents: i64,
    pub currency: String,
    pub lines_added: i64,
    pub lines_removed: i64,
    /// Lines of suggested code the person accepted (Copilot, Cursor).
    pub lines_accepted: i64,
    /// Completions shown (Copilot, Cursor tabs).
    pub suggestions_shown: i64,
    pub suggestions_accepted: i64,
    /// Claude Code edit-tool proposals accepted.
    pub tool_accepted: i64,
    pub tool_rejected: i64,
    /// Commits created by the tool.
    pub commits: i64,
    /// Pull requests created by the tool.
    pub pull_requests: i64,
}

impl From<(DailyUsage, Actor)> for DailyUsageRow {
    fn from((u, a): (DailyUsage, Actor)) -> Self {
        DailyUsageRow {
            day: u.day,
            integration_id: to_id(u.integration_id),
            actor_id: to_id(u.actor_id),
            actor_kind: a.kind,
            actor: a.identifier,
            active: u.active,
            sessions: u.sessions,
            interactions: u.interactions,
            input_tokens: u.input_tokens,
            output_tokens: u.output_tokens,
            cache_read_tokens: u.cache_read_tokens,
            cache_write_tokens: u.cache_write_tokens,
            cost_millicents: u.cost_millicents,
            currency: u.currency,
            lines_added: u.lines_added,
            lines_removed: u.lines_removed,
            lines_accepted: u.lines_accepted,
            suggestions_shown: u.suggestions_shown,
            suggestions_accepted: u.suggestions_accepted,
            tool_accepted: u.tool_accepted,
            tool_rejected: u.tool_rejected,
            commits: u.commits,
            pull_requests: u.pull_requests,
        }
    }
}
