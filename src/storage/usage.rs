//! Reading daily usage, its breakdowns and actors (they are written by `day_writer`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{actors, daily_usage, integrations, persons, usage_breakdowns};
use super::{DbConn, StorageError};
use diesel_async::RunQueryDsl;

use crate::db_run;
use crate::domain::{ActorKind, Dimension, IdentityKind, Measures, Provider};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = daily_usage, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `daily_usage`: one actor's measures for one UTC day through one integration (0 where
/// the tool does not report a measure: `provider` says which it reports).
pub struct DailyUsage {
    /// Row id.
    pub id: i64,
    /// The integration that reported the day.
    pub integration_id: i64,
    /// The vendor identity the row is about.
    pub actor_id: i64,
    /// The UTC day, as the vendor reports it.
    pub day: NaiveDate,
    /// The vendor counted the actor as active that day.
    pub active: bool,
    /// Sessions (see `domain::definitions` for each measure's vendor field per tool).
    pub sessions: i64,
    /// Prompts, requests or chat turns.
    pub interactions: i64,
    /// Input tokens.
    pub input_tokens: i64,
    /// Output tokens.
    pub output_tokens: i64,
    /// Tokens read from the prompt cache.
    pub cache_read_tokens: i64,
    /// Tokens written to the prompt cache.
    pub cache_write_tokens: i64,
    /// Cost, in thousandths of a cent of `currency`.
    pub cost_millicents: i64,
    /// The currency of `cost_millicents` (`USD`).
    pub currency: String,
    /// Lines added.
    pub lines_added: i64,
    /// Lines removed.
    pub lines_removed: i64,
    /// Suggested lines that were accepted.
    pub lines_accepted: i64,
    /// Completions shown.
    pub suggestions_shown: i64,
    /// Completions accepted.
    pub suggestions_accepted: i64,
    /// Tool uses (edits, commands) the person accepted.
    pub tool_accepted: i64,
    /// Tool uses the person rejected.
    pub tool_rejected: i64,
    /// Commits made with the tool.
    pub commits: i64,
    /// Pull requests made with the tool.
    pub pull_requests: i64,
    /// When the row was last written.
    pub updated_at: NaiveDateTime,
    /// Lines the tool suggested.
    pub lines_suggested: i64,
    /// The integration's tool: which measures it reports.
    #[diesel(select_expression = integrations::provider)]
    #[diesel(select_expression_type = integrations::provider)]
    pub provider: Provider,
}

impl DailyUsage {
    /// The row's measures.
    pub fn measures(&self) -> Measures {
        Measures {
            sessions: self.sessions,
            interactions: self.interactions,
            input_tokens: self.input_tokens,
            output_tokens: self.output_tokens,
            cache_read_tokens: self.cache_read_tokens,
            cache_write_tokens: self.cache_write_tokens,
            cost_millicents: self.cost_millicents,
            lines_added: self.lines_added,
            lines_removed: self.lines_removed,
            lines_accepted: self.lines_accepted,
            suggestions_shown: self.suggestions_shown,
            suggestions_accepted: self.suggestions_accepted,
            tool_accepted: self.tool_accepted,
            tool_rejected: self.tool_rejected,
            commits: self.commits,
            pull_requests: self.pull_requests,
            lines_suggested: self.lines_suggested,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = actors, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `actors`: a vendor identity within one integration.
pub struct Actor {
    /// Row id.
    pub id: i64,
    /// The integration it was seen through.
    pub integration_id: i64,
    /// How the vendor identifies it.
    pub kind: ActorKind,
    /// The email, GitHub login or API key name.
    pub identifier: String,
    /// The vendor's own id for the identity, when it gives one.
    pub external_id: Option<String>,
    /// The person it is linked to, if any.
    pub person_id: Option<i64>,
    /// When it was first seen.
    pub created_at: NaiveDateTime,
    /// Human or service (see `domain::identity`).
    pub identity_kind: IdentityKind,
    /// The real name the vendor gives for this identity, if any.
    pub display_name: Option<String>,
}

/// Restricts per-person rows to one account's own: actors with its email where the workspace
/// vouched for that address (the member joined with an invitation for it, see
/// [`vouched_email_filter`]), or linked to a person that is this account. An email the account
/// merely signed up with matches nothing: anyone can sign up with any address.
#[derive(Debug, Clone, Copy)]
pub struct OwnRows<'a> {
    /// The account whose rows to keep.
    pub user_id: i64,
    /// The account's email, matched only where the workspace vouched for it.
    pub email: &'a str,
}

/// True when `own`'s membership in `workspace_id` has `own.email` as its verified email.
#[macro_export]
#[doc(hidden)]
macro_rules! vouched_email_filter {
    ($conn:expr, $workspace_id:expr, $own:expr) => {{
        use $crate::storage::schema::memberships as mem;
        let own: $crate::storage::usage::OwnRows<'_> = $own;
        diesel::select(diesel::dsl::exists(
            mem::table
                .filter(mem::workspace_id.eq($workspace_id))
                .filter(mem::user_id.eq(own.user_id))
                .filter(mem::verified_email.eq(own.email)),
        ))
        .get_result::<bool>($conn)
        .await?
    }};
}

/// Daily rows of a workspace's integrations within `[from, to]`, with the actor of each row,
/// ordered by day, integration, actor; only `only`'s own rows when given.
pub async fn list_daily_for_workspace(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    only: Option<OwnRows<'_>>,
    limit: i64,
) -> Result<Vec<(DailyUsage, Actor)>, StorageError> {
    db_run!(db, |conn| {
        let mut query = daily_usage::table
            .inner_join(integrations::table)
            .inner_join(actors::table)
            .filter(integrations::workspace_id.eq(workspace_id))
            .filter(daily_usage::day.between(from, to))
            .into_boxed();
        if let Some(own) = only {
            let my_persons =
                persons::table.filter(persons::user_id.eq(own.user_id)).select(persons::id.nullable());
            // An address the workspace did not vouch for matches no row (`OwnRows`).
            let email = if crate::vouched_email_filter!(conn, workspace_id, own) { own.email } else { "" };
            query = query.filter(
                actors::kind
                    .eq(ActorKind::Email)
                    .and(actors::identifier.eq(email))
                    .and(actors::identifier.ne(""))
                    .or(actors::person_id.eq_any(my_persons)),
            );
        }
        Ok(query
            .order((daily_usage::day, daily_usage::integration_id, daily_usage::actor_id))
            .limit(limit)
            .select((DailyUsage::as_select(), Actor::as_select()))
            .load(conn)
            .await?)
    })
}

/// Per-dimension rows for one integration and day, for checks and re-derivation.
pub async fn breakdowns_for_day(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: NaiveDate,
) -> Result<Vec<(Dimension, String, i64, i64)>, StorageError> {
    db_run!(db, |conn| {
        Ok(usage_breakdowns::table
            .filter(usage_breakdowns::integration_id.eq(integration_id))
            .filter(usage_breakdowns::day.eq(day))
            .order((usage_breakdowns::dimension, usage_breakdowns::value, usage_breakdowns::actor_id))
            .select((
                usage_breakdowns::dimension,
                usage_breakdowns::value,
                usage_breakdowns::interactions,
                usage_breakdowns::output_tokens,
            ))
            .load(conn)
            .await?)
    })
}
