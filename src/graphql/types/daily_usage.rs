use async_graphql::{ID, SimpleObject};
use chrono::NaiveDate;

use super::BigInt;
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
    pub sessions: BigInt,
    /// Prompts, chat turns or agent requests, as each vendor counts them.
    pub interactions: BigInt,
    pub input_tokens: BigInt,
    pub output_tokens: BigInt,
    pub cache_read_tokens: BigInt,
    pub cache_write_tokens: BigInt,
    /// Cost in thousandths of the currency's minor unit (millicents for USD).
    pub cost_millicents: BigInt,
    pub currency: String,
    pub lines_added: BigInt,
    pub lines_removed: BigInt,
    /// Lines of suggested code the person accepted (Copilot, Cursor).
    pub lines_accepted: BigInt,
    /// Completions shown (Copilot, Cursor tabs).
    pub suggestions_shown: BigInt,
    pub suggestions_accepted: BigInt,
    /// Claude Code edit-tool proposals accepted.
    pub tool_accepted: BigInt,
    pub tool_rejected: BigInt,
    /// Commits created by the tool.
    pub commits: BigInt,
    /// Pull requests created by the tool.
    pub pull_requests: BigInt,
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
            sessions: u.sessions.into(),
            interactions: u.interactions.into(),
            input_tokens: u.input_tokens.into(),
            output_tokens: u.output_tokens.into(),
            cache_read_tokens: u.cache_read_tokens.into(),
            cache_write_tokens: u.cache_write_tokens.into(),
            cost_millicents: u.cost_millicents.into(),
            currency: u.currency,
            lines_added: u.lines_added.into(),
            lines_removed: u.lines_removed.into(),
            lines_accepted: u.lines_accepted.into(),
            suggestions_shown: u.suggestions_shown.into(),
            suggestions_accepted: u.suggestions_accepted.into(),
            tool_accepted: u.tool_accepted.into(),
            tool_rejected: u.tool_rejected.into(),
            commits: u.commits.into(),
            pull_requests: u.pull_requests.into(),
        }
    }
}
