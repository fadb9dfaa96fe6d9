//! `DailyUsageRow`: one stored per-person, per-day row as `dailyUsage` returns it. Every measure
//! keeps the vendor's null for "not reported" (never 0), and each field's description names the
//! vendor field it comes from per tool.

use async_graphql::{ID, SimpleObject};
use chrono::NaiveDate;

use super::BigInt;
use crate::domain::{Metric, Provider};
use crate::graphql::ids::to_id;
use crate::storage::usage::{Actor, DailyUsage};

/// One vendor identity's usage on one UTC day, through one integration. A measure the
/// integration's tool does not report is null (each field's description names the vendor field
/// per tool).
#[derive(SimpleObject)]
pub struct DailyUsageRow {
    /// The UTC day, as the vendor reports it.
    pub day: NaiveDate,
    /// The integration that reported the row.
    pub integration_id: ID,
    /// The vendor identity the row is about.
    pub actor_id: ID,
    /// How the vendor identifies the actor: `email`, `login` or `api_key`.
    pub actor_kind: String,
    /// The email, GitHub login or API key name.
    pub actor: String,
    /// The vendor counted the actor as active that day.
    pub active: bool,
    #[doc = crate::metric_doc!(Sessions)]
    pub sessions: Option<BigInt>,
    #[doc = crate::metric_doc!(Interactions)]
    pub interactions: Option<BigInt>,
    #[doc = crate::metric_doc!(InputTokens)]
    pub input_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(OutputTokens)]
    pub output_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CacheReadTokens)]
    pub cache_read_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CacheWriteTokens)]
    pub cache_write_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CostMillicents)]
    pub cost_millicents: Option<BigInt>,
    /// The currency of `costMillicents` (`USD`).
    pub currency: String,
    #[doc = crate::metric_doc!(LinesAdded)]
    pub lines_added: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesRemoved)]
    pub lines_removed: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesSuggested)]
    pub lines_suggested: Option<BigInt>,
    #[doc = crate::metric_doc!(LinesAccepted)]
    pub lines_accepted: Option<BigInt>,
    #[doc = crate::metric_doc!(SuggestionsShown)]
    pub suggestions_shown: Option<BigInt>,
    #[doc = crate::metric_doc!(SuggestionsAccepted)]
    pub suggestions_accepted: Option<BigInt>,
    #[doc = crate::metric_doc!(ToolAccepted)]
    pub tool_accepted: Option<BigInt>,
    #[doc = crate::metric_doc!(ToolRejected)]
    pub tool_rejected: Option<BigInt>,
    #[doc = crate::metric_doc!(Commits)]
    pub commits: Option<BigInt>,
    #[doc = crate::metric_doc!(PullRequests)]
    pub pull_requests: Option<BigInt>,
}

impl From<(DailyUsage, Actor)> for DailyUsageRow {
    fn from((u, a): (DailyUsage, Actor)) -> Self {
        let provider = u.provider.parse::<Provider>().ok();
        let v = |metric: Metric, value: i64| {
            provider.is_some_and(|p| metric.reported_by(p)).then_some(BigInt(value))
        };
        DailyUsageRow {
            day: u.day,
            integration_id: to_id(u.integration_id),
            actor_id: to_id(u.actor_id),
            actor_kind: a.kind,
            actor: a.identifier,
            active: u.active,
            sessions: v(Metric::Sessions, u.sessions),
            interactions: v(Metric::Interactions, u.interactions),
            input_tokens: v(Metric::InputTokens, u.input_tokens),
            output_tokens: v(Metric::OutputTokens, u.output_tokens),
            cache_read_tokens: v(Metric::CacheReadTokens, u.cache_read_tokens),
            cache_write_tokens: v(Metric::CacheWriteTokens, u.cache_write_tokens),
            cost_millicents: v(Metric::CostMillicents, u.cost_millicents),
            currency: u.currency,
            lines_added: v(Metric::LinesAdded, u.lines_added),
            lines_removed: v(Metric::LinesRemoved, u.lines_removed),
            lines_suggested: v(Metric::LinesSuggested, u.lines_suggested),
            lines_accepted: v(Metric::LinesAccepted, u.lines_accepted),
            suggestions_shown: v(Metric::SuggestionsShown, u.suggestions_shown),
            suggestions_accepted: v(Metric::SuggestionsAccepted, u.suggestions_accepted),
            tool_accepted: v(Metric::ToolAccepted, u.tool_accepted),
            tool_rejected: v(Metric::ToolRejected, u.tool_rejected),
            commits: v(Metric::Commits, u.commits),
            pull_requests: v(Metric::PullRequests, u.pull_requests),
        }
    }
}
