//! The normalised shape of one vendor day: what every provider client produces and storage writes.

use chrono::NaiveDate;

stored_as_text! {
    /// How a vendor identifies the person behind a row.
    #[derive(PartialOrd, Ord, async_graphql::Enum)]
    pub enum ActorKind {
        /// An email address (Claude Code users, Cursor members).
        Email => "email",
        /// A login name (GitHub).
        Login => "login",
        /// The name of an API key (Claude Code API actors).
        ApiKey => "api_key",
    }
}

/// One vendor identity within an integration.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorKey {
    /// What kind of identifier `identifier` is.
    pub kind: ActorKind,
    /// The email, login or API key name, as the vendor gives it.
    pub identifier: String,
    /// The vendor's stable id when it has one (GitHub's numeric user id).
    pub external_id: Option<String>,
}

stored_as_text! {
    /// The dimensions usage can be split by.
    #[derive(PartialOrd, Ord)]
    pub enum Dimension {
        /// The model that served the usage (all three tools).
        Model => "model",
        /// The editor or IDE (Copilot).
        Editor => "editor",
        /// The programming language (Copilot).
        Language => "language",
        /// The feature: completions, chat, agent edits… (Copilot).
        Feature => "feature",
    }
}

/// Every summed measure ai-usage keeps, for one actor-day or summed over many. A provider leaves
/// at 0 what it does not report (which measures each reports, and from which vendor field, is
/// `domain::definitions`; the API shows those as null). The field order matches
/// `storage::analytics::sql::MEASURES`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, diesel::QueryableByName)]
pub struct Measures {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Sessions ([`super::Metric::Sessions`] names the vendor field per tool).
    pub sessions: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Prompts, requests or chat turns ([`super::Metric::Interactions`]).
    pub interactions: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Input tokens ([`super::Metric::InputTokens`]).
    pub input_tokens: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Output tokens ([`super::Metric::OutputTokens`]).
    pub output_tokens: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Tokens read from the prompt cache ([`super::Metric::CacheReadTokens`]).
    pub cache_read_tokens: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Tokens written to the prompt cache ([`super::Metric::CacheWriteTokens`]).
    pub cache_write_tokens: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Cost in thousandths of a US cent ([`super::Metric::CostMillicents`]).
    pub cost_millicents: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Lines added ([`super::Metric::LinesAdded`]).
    pub lines_added: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Lines removed ([`super::Metric::LinesRemoved`]).
    pub lines_removed: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Suggested lines accepted ([`super::Metric::LinesAccepted`]).
    pub lines_accepted: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Completions shown ([`super::Metric::SuggestionsShown`]).
    pub suggestions_shown: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Completions accepted ([`super::Metric::SuggestionsAccepted`]).
    pub suggestions_accepted: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Tool uses accepted ([`super::Metric::ToolAccepted`]).
    pub tool_accepted: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Tool uses rejected ([`super::Metric::ToolRejected`]).
    pub tool_rejected: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Commits made with the tool ([`super::Metric::Commits`]).
    pub commits: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    /// Pull requests made with the tool ([`super::Metric::PullRequests`]).
    pub pull_requests: i64,
    /// Lines the tool suggested adding (the denominator of acceptance by lines).
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub lines_suggested: i64,
}

impl std::ops::AddAssign for Measures {
    fn add_assign(&mut self, o: Self) {
        self.sessions += o.sessions;
        self.interactions += o.interactions;
        self.input_tokens += o.input_tokens;
        self.output_tokens += o.output_tokens;
        self.cache_read_tokens += o.cache_read_tokens;
        self.cache_write_tokens += o.cache_write_tokens;
        self.cost_millicents += o.cost_millicents;
        self.lines_added += o.lines_added;
        self.lines_removed += o.lines_removed;
        self.lines_accepted += o.lines_accepted;
        self.suggestions_shown += o.suggestions_shown;
        self.suggestions_accepted += o.suggestions_accepted;
        self.tool_accepted += o.tool_accepted;
        self.tool_rejected += o.tool_rejected;
        self.commits += o.commits;
        self.pull_requests += o.pull_requests;
        self.lines_suggested += o.lines_suggested;
    }
}

/// The breakdown value holding the part of a headline figure the vendor does not split by the
/// dimension (Cursor: requests its usage events do not account for). Stored like any value,
/// from the vendor's own figures at write time, so a dimension's rows sum to the headline.
pub const UNATTRIBUTED: &str = "unattributed";

/// Measures of one actor-day attributed to one value of a dimension (e.g. model `claude-opus-5`,
/// or [`UNATTRIBUTED`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breakdown {
    /// The dimension split by.
    pub dimension: Dimension,
    /// The dimension's value, as the vendor names it (or [`UNATTRIBUTED`]).
    pub value: String,
    /// The part of the actor-day's measures attributed to that value.
    pub measures: Measures,
}

/// One actor's usage on one day, already summed over the vendor's rows for that actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorDay {
    /// Who the row is about.
    pub actor: ActorKey,
    /// The vendor counted the actor as active that day.
    pub active: bool,
    /// The day's measures, summed over the vendor's rows for the actor.
    pub measures: Measures,
    /// The same usage split by model, editor, language or feature.
    pub breakdowns: Vec<Breakdown>,
    /// Teams the vendor placed this actor in on this day.
    pub teams: Vec<String>,
}

/// A vendor response kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPayload {
    /// Which request it answered, e.g. `usage_report/claude_code?page=2`.
    pub endpoint: String,
    /// The response body, as received.
    pub body: String,
}

/// Everything one integration reported for one UTC day. Written as a unit: it replaces what was
/// stored for that integration and day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProviderDay {
    /// The UTC day reported.
    pub day: NaiveDate,
    /// One entry per actor with usage or activity that day.
    pub actors: Vec<ActorDay>,
    /// The vendor responses the day was read from, kept for audit and re-parsing.
    pub raw: Vec<RawPayload>,
}
