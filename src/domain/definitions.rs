//! What every measure means, per provider: the one table of which vendor field each figure comes
//! from, or that the vendor does not report it.
//!
//! The table is [`measure_definition!`]: one arm per [`Metric`], giving a summary and, for
//! Claude Code, Copilot and Cursor, the vendor field (in backticks) or a text starting with
//! `not reported`. Everything else derives from it, so it cannot drift: the GraphQL descriptions
//! of the `Metric` values and of every measure field ([`metric_doc!`]), and
//! [`Metric::vendor_field`] / [`Metric::reported_by`], which decide when a figure is `null`
//! rather than 0. The providers' normalisers (`src/providers/*/normalise.rs`) write exactly these
//! fields.

use super::Provider;

/// The definition of one measure: `measure_definition!(then, Name)` calls
/// `then!(summary, claude_code, copilot, cursor)` with that measure's four texts.
#[macro_export]
#[doc(hidden)]
macro_rules! measure_definition {
    ($then:ident, Interactions) => { $crate::$then!(
        "Prompts, chat turns and requests, as each vendor counts them.",
        "not reported (the Claude Code Analytics API has no prompt count; it reports sessions, lines, tool decisions, commits, pull requests, tokens and cost)",
        "`user_initiated_interaction_count`",
        "`composerRequests` + `chatRequests` + `agentRequests` + `cmdkUsages` (daily usage)"
    ) };
    ($then:ident, Sessions) => { $crate::$then!(
        "Sessions started.",
        "`core_metrics.num_sessions`",
        "`totals_by_cli.session_count` + `totals_by_3rd_party_agent[].session_count` (Copilot CLI and third-party agents)",
        "not reported"
    ) };
    ($then:ident, InputTokens) => { $crate::$then!(
        "Input tokens.",
        "`model_breakdown[].tokens.input`",
        "`totals_by_cli.token_usage.prompt_tokens_sum` (Copilot CLI only)",
        "`tokenUsage.inputTokens` (usage events)"
    ) };
    ($then:ident, OutputTokens) => { $crate::$then!(
        "Output tokens.",
        "`model_breakdown[].tokens.output`",
        "`totals_by_cli.token_usage.output_tokens_sum` (Copilot CLI only)",
        "`tokenUsage.outputTokens` (usage events)"
    ) };
    ($then:ident, CacheReadTokens) => { $crate::$then!(
        "Tokens read from the prompt cache.",
        "`model_breakdown[].tokens.cache_read`",
        "not reported",
        "`tokenUsage.cacheReadTokens` (usage events)"
    ) };
    ($then:ident, CacheWriteTokens) => { $crate::$then!(
        "Tokens written to the prompt cache.",
        "`model_breakdown[].tokens.cache_creation`",
        "not reported",
        "`tokenUsage.cacheWriteTokens` (usage events)"
    ) };
    ($then:ident, TotalTokens) => { $crate::$then!(
        "Input + output + cache read + cache write tokens.",
        "the four `model_breakdown[].tokens` counts",
        "`prompt_tokens_sum` + `output_tokens_sum` (Copilot CLI only)",
        "the four `tokenUsage` counts (usage events)"
    ) };
    ($then:ident, CostMillicents) => { $crate::$then!(
        "Cost in thousandths of the currency's minor unit (millicents for USD).",
        "`model_breakdown[].estimated_cost.amount` (an estimate in cents, not billing data)",
        "not reported",
        "the sum of every usage event's `chargedCents` (or `tokenUsage.totalCents` where it is missing): the overall spend, included usage as well as the chargeable part"
    ) };
    ($then:ident, LinesAdded) => { $crate::$then!(
        "Lines of code added by the tool.",
        "`core_metrics.lines_of_code.added`",
        "`loc_added_sum` (agent edits included)",
        "`totalLinesAdded` (daily usage)"
    ) };
    ($then:ident, LinesRemoved) => { $crate::$then!(
        "Lines of code removed by the tool.",
        "`core_metrics.lines_of_code.removed`",
        "`loc_deleted_sum`",
        "`totalLinesDeleted` (daily usage)"
    ) };
    ($then:ident, LinesSuggested) => { $crate::$then!(
        "Lines of code the tool suggested adding: the denominator of acceptance by lines.",
        "not reported (Claude Code reports no suggestions, only tool decisions)",
        "`loc_suggested_to_add_sum` (agent edits are never counted as suggestions)",
        "`totalLinesAdded` (daily usage)"
    ) };
    ($then:ident, LinesAccepted) => { $crate::$then!(
        "Lines of suggested code accepted: the numerator of acceptance by lines.",
        "not reported (Claude Code reports no suggestions, only tool decisions)",
        "`loc_added_sum` minus the `agent_edit` feature's `loc_added_sum` in `totals_by_feature` (agent edits are not suggestions)",
        "`acceptedLinesAdded` (daily usage)"
    ) };
    ($then:ident, SuggestionsShown) => { $crate::$then!(
        "Completions shown.",
        "not reported",
        "`code_generation_activity_count`",
        "`totalTabsShown` (daily usage)"
    ) };
    ($then:ident, SuggestionsAccepted) => { $crate::$then!(
        "Completions accepted.",
        "not reported",
        "`code_acceptance_activity_count`",
        "`totalTabsAccepted` (daily usage)"
    ) };
    ($then:ident, ToolAccepted) => { $crate::$then!(
        "Proposed edits or tool actions accepted.",
        "`tool_actions.<tool>.accepted` summed over every tool type (`edit_tool`, `multi_edit_tool`, `write_tool`, `notebook_edit_tool` and any other)",
        "not reported",
        "`totalAccepts` (daily usage)"
    ) };
    ($then:ident, ToolRejected) => { $crate::$then!(
        "Proposed edits or tool actions rejected.",
        "`tool_actions.<tool>.rejected` summed over every tool type (`edit_tool`, `multi_edit_tool`, `write_tool`, `notebook_edit_tool` and any other)",
        "not reported",
        "`totalRejects` (daily usage)"
    ) };
    ($then:ident, Commits) => { $crate::$then!(
        "Commits created by the tool.",
        "`core_metrics.commits_by_claude_code`",
        "not reported",
        "not reported"
    ) };
    ($then:ident, PullRequests) => { $crate::$then!(
        "Pull requests created by the tool.",
        "`core_metrics.pull_requests_by_claude_code`",
        "not reported (only the organisation-wide reports count pull requests)",
        "not reported"
    ) };
    ($then:ident, ActiveUsers) => { $crate::$then!(
        "Distinct people active on at least one day of the bucket. An actor linked to a person counts as that person; an unlinked actor counts as one person.",
        "an `actor` row in the day's usage report",
        "a `user_id` record in the day's `users-1-day` report",
        "`isActive` in daily usage (or any activity or usage event that day)"
    ) };
    ($then:ident, ActiveDays) => { $crate::$then!(
        "Active days: per tool, the days the vendor counted a person active, summed over people and tools (one person on one tool for a week is up to 7; a person active in two tools on one day counts 2). Every tool reports it, so it is the default of the heatmap, breakdowns, the people leaderboard and `topTool`. For a model, editor, language or feature it counts the person-days with usage of that value.",
        "an `actor` row in the day's usage report",
        "a `user_id` record in the day's `users-1-day` report",
        "`isActive` in daily usage (or any activity or usage event that day)"
    ) };
}

/// The GraphQL description of a measure, built from [`measure_definition!`]: the summary, then
/// one line per provider naming the vendor field.
#[macro_export]
#[doc(hidden)]
macro_rules! metric_doc {
    ($metric:ident) => {
        $crate::measure_definition!(metric_doc_text, $metric)
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! metric_doc_text {
    ($summary:literal, $claude_code:literal, $copilot:literal, $cursor:literal) => {
        concat!(
            $summary,
            "\n\nClaude Code: ",
            $claude_code,
            ".\n\nCopilot: ",
            $copilot,
            ".\n\nCursor: ",
            $cursor,
            ".\n\nNull for a tool that does not report it, and for a total when no tool in scope reports it."
        )
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! measure_fields {
    ($summary:literal, $claude_code:literal, $copilot:literal, $cursor:literal) => {
        [$claude_code, $copilot, $cursor]
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! measure_summary {
    ($summary:literal, $claude_code:literal, $copilot:literal, $cursor:literal) => {
        $summary
    };
}

/// Declares [`Metric`] with one description per value from the table, and its lookups.
macro_rules! metrics {
    ($($metric:ident),+ $(,)?) => {
        /// A figure a chart can plot. Each is summed over the actors, tools and days selected,
        /// except `ACTIVE_USERS` (distinct people). Each value's description names, per tool, the
        /// vendor field it comes from.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, async_graphql::Enum)]
        pub enum Metric {
            $(#[doc = crate::metric_doc!($metric)] $metric,)+
        }

        impl Metric {
            /// Every metric, in declaration order.
            pub const ALL: &'static [Metric] = &[$(Metric::$metric),+];

            /// The one-line meaning of the measure (the table's summary, as the schema opens with).
            pub fn summary(self) -> &'static str {
                match self {
                    $(Metric::$metric => crate::measure_definition!(measure_summary, $metric),)+
                }
            }

            /// Per provider (Claude Code, Copilot, Cursor), the vendor field or `not reported …`.
            fn fields(self) -> [&'static str; 3] {
                match self {
                    $(Metric::$metric => crate::measure_definition!(measure_fields, $metric),)+
                }
            }
        }
    };
}

metrics!(
    Interactions,
    Sessions,
    InputTokens,
    OutputTokens,
    CacheReadTokens,
    CacheWriteTokens,
    TotalTokens,
    CostMillicents,
    LinesAdded,
    LinesRemoved,
    LinesSuggested,
    LinesAccepted,
    SuggestionsShown,
    SuggestionsAccepted,
    ToolAccepted,
    ToolRejected,
    Commits,
    PullRequests,
    ActiveUsers,
    ActiveDays,
);

/// What the table says when a vendor has no such figure.
pub const NOT_REPORTED: &str = "not reported";

impl Metric {
    /// The vendor field `provider` reports this metric in, or `None` when it does not report it.
    pub fn vendor_field(self, provider: Provider) -> Option<&'static str> {
        let [claude_code, copilot, cursor] = self.fields();
        let field = match provider {
            Provider::ClaudeCode => claude_code,
            Provider::Copilot => copilot,
            Provider::Cursor => cursor,
        };
        (!field.starts_with(NOT_REPORTED)).then_some(field)
    }

    /// True when `provider` reports this metric (its figure is a number, not null).
    pub fn reported_by(self, provider: Provider) -> bool {
        self.vendor_field(provider).is_some()
    }

    /// True when at least one tool of `tools` reports this metric.
    pub fn reported_by_any(self, tools: ProviderSet) -> bool {
        tools.iter().any(|p| self.reported_by(p))
    }
}

/// A set of tools: those a figure is computed over (the connected tools a query covers, or the
/// one tool of a per-tool figure).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ProviderSet(u8);

impl ProviderSet {
    const ORDER: [Provider; 3] = [Provider::ClaudeCode, Provider::Copilot, Provider::Cursor];

    fn bit(provider: Provider) -> u8 {
        match provider {
            Provider::ClaudeCode => 1,
            Provider::Copilot => 2,
            Provider::Cursor => 4,
        }
    }

    /// The set holding only `provider`.
    pub fn single(provider: Provider) -> Self {
        ProviderSet(Self::bit(provider))
    }

    /// Adds `provider`.
    pub fn insert(&mut self, provider: Provider) {
        self.0 |= Self::bit(provider);
    }

    /// Whether `provider` is in the set.
    pub fn contains(self, provider: Provider) -> bool {
        self.0 & Self::bit(provider) != 0
    }

    /// Whether no provider is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The tools in provider order.
    pub fn iter(self) -> impl Iterator<Item = Provider> {
        Self::ORDER.into_iter().filter(move |p| self.contains(*p))
    }
}

impl FromIterator<Provider> for ProviderSet {
    fn from_iter<I: IntoIterator<Item = Provider>>(iter: I) -> Self {
        let mut set = ProviderSet::default();
        for p in iter {
            set.insert(p);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_names_a_field_or_says_not_reported_for_every_tool() {
        for metric in Metric::ALL {
            for (provider, field) in ProviderSet::ORDER.into_iter().zip(metric.fields()) {
                assert!(
                    field.contains('`') || field.starts_with(NOT_REPORTED),
                    "{metric:?} for {provider}: {field:?}"
                );
            }
        }
    }

    #[test]
    fn activity_is_reported_by_every_tool_and_prompts_not_by_claude_code() {
        for p in ProviderSet::ORDER {
            assert!(Metric::ActiveDays.reported_by(p));
        }
        assert!(!Metric::Interactions.reported_by(Provider::ClaudeCode));
        assert!(!Metric::LinesAccepted.reported_by(Provider::ClaudeCode));
        assert!(Metric::Sessions.reported_by(Provider::Copilot));
    }
}
