//! The GraphQL edge of `crate::analytics`: a query's or subscription's workspace, range and
//! filter arguments, checked with the policy and turned into an [`analytics::Selection`].

use async_graphql::{Context, ID};
use chrono::NaiveDate;

use crate::analytics::{self, AnalyticsError, Audience, Request, Rows, Selection};
use crate::domain::Identities;
use crate::graphql::ApiError;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::analytics::{DateRange, UsageFilter};
use crate::storage::Db;

/// The arguments every analytics field shares.
pub struct Question {
    /// The workspace's id, as the client sent it.
    pub workspace_id: ID,
    /// The days; see [`DateRange`] for the defaults.
    pub range: Option<DateRange>,
    /// The restrictions.
    pub filter: Option<UsageFilter>,
    /// Which identities people figures count.
    pub identities: Identities,
}

/// Checks the caller's access for `rows` and builds the selection: `FORBIDDEN` before any
/// argument is looked at, then `BAD_USER_INPUT` for a bad range or id, then the privacy rules.
pub async fn select(ctx: &Context<'_>, question: Question, rows: Rows) -> Result<Selection, ApiError> {
    let Question { workspace_id, range, filter, identities } = question;
    let workspace_id = parse_id(&workspace_id, "workspaceId")?;
    let access = require(ctx, workspace_id, rows.action()).await?;
    let (from, to) = resolve_range(range)?;
    let filter = filter.unwrap_or_default().parse()?;
    let audience =
        Audience { role: access.role, user_id: access.caller.user_id, email: access.caller.email.clone() };
    let request = Request { workspace_id, from, to, filter, identities };
    Ok(analytics::scope::select(ctx.data_unchecked::<Db>(), audience, request, rows).await?)
}

/// The inclusive days a range means (see [`analytics::range::days`]).
pub fn resolve_range(range: Option<DateRange>) -> Result<(NaiveDate, NaiveDate), ApiError> {
    let range = range.unwrap_or_default();
    Ok(analytics::range::days(range.from, range.to)?)
}

impl From<AnalyticsError> for ApiError {
    fn from(err: AnalyticsError) -> Self {
        match err {
            AnalyticsError::Forbidden => ApiError::Forbidden,
            AnalyticsError::BadInput(message) => ApiError::BadInput(message),
            AnalyticsError::Storage(storage) => ApiError::storage(storage),
        }
    }
}
