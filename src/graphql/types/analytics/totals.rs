//! Every summed measure of a figure, null where no tool it covers reports the measure.

use async_graphql::SimpleObject;

use crate::analytics::totals::Totals;
use crate::domain::{Measures, Metric, ProviderSet};
use crate::graphql::types::BigInt;

/// Every summed measure over the selection. Each field's description names, per tool, the vendor
/// field it comes from; a measure no tool of the selection reports is null, not 0.
#[derive(SimpleObject, Clone, Default)]
pub struct UsageTotals {
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
    #[doc = crate::metric_doc!(TotalTokens)]
    pub total_tokens: Option<BigInt>,
    #[doc = crate::metric_doc!(CostMillicents)]
    pub cost_millicents: Option<BigInt>,
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

impl UsageTotals {
    /// `sums` over `tools`: each measure none of them reports is null.
    pub fn over(sums: Measures, tools: ProviderSet) -> Self {
        let v = |metric: Metric, value: i64| metric.reported_by_any(tools).then_some(BigInt(value));
        UsageTotals {
            sessions: v(Metric::Sessions, sums.sessions),
            interactions: v(Metric::Interactions, sums.interactions),
            input_tokens: v(Metric::InputTokens, sums.input_tokens),
            output_tokens: v(Metric::OutputTokens, sums.output_tokens),
            cache_read_tokens: v(Metric::CacheReadTokens, sums.cache_read_tokens),
            cache_write_tokens: v(Metric::CacheWriteTokens, sums.cache_write_tokens),
            total_tokens: v(Metric::TotalTokens, sums.total_tokens()),
            cost_millicents: v(Metric::CostMillicents, sums.cost_millicents),
            lines_added: v(Metric::LinesAdded, sums.lines_added),
            lines_removed: v(Metric::LinesRemoved, sums.lines_removed),
            lines_suggested: v(Metric::LinesSuggested, sums.lines_suggested),
            lines_accepted: v(Metric::LinesAccepted, sums.lines_accepted),
            suggestions_shown: v(Metric::SuggestionsShown, sums.suggestions_shown),
            suggestions_accepted: v(Metric::SuggestionsAccepted, sums.suggestions_accepted),
            tool_accepted: v(Metric::ToolAccepted, sums.tool_accepted),
            tool_rejected: v(Metric::ToolRejected, sums.tool_rejected),
            commits: v(Metric::Commits, sums.commits),
            pull_requests: v(Metric::PullRequests, sums.pull_requests),
        }
    }
}

impl From<Totals> for UsageTotals {
    fn from(t: Totals) -> Self {
        UsageTotals::over(t.sums, t.tools)
    }
}
