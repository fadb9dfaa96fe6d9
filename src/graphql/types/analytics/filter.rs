//! What an analytics query covers, as its arguments name it: the days and the filter.

use async_graphql::{ID, InputObject};
use chrono::NaiveDate;

use crate::analytics::Filter;
use crate::domain::Provider;
use crate::graphql::ApiError;
use crate::graphql::ids::parse_id;

/// Inclusive UTC days, from 2000-01-01 to 2100-12-31. Missing `to` is today (UTC); missing `from`
/// is 89 days before `to` (90 days in all). An answer with one value per day (`activityHeatmap`,
/// `dataFreshness`, a `DAY` series) covers at most three years (1,096 days); the
/// others (summaries, breakdowns, people, `WEEK` and `MONTH` series) cover any range, so "all
/// time" is one query.
#[derive(InputObject, Default, Clone)]
pub struct DateRange {
    /// First UTC day (included); missing means 89 days before `to`.
    pub from: Option<NaiveDate>,
    /// Last UTC day (included); missing means today (UTC).
    pub to: Option<NaiveDate>,
}

/// Narrows what a query covers. Missing or empty lists mean "all". Filters combine with AND.
/// Filtering by person or actor needs the admin role. Below admin, a team filter is allowed only
/// when every team it names is shown under the workspace's `minGroupSize` rule (see
/// `Workspace.minGroupSize`) within the filter's tools and integrations; otherwise FORBIDDEN.
#[derive(InputObject, Default, Clone)]
pub struct UsageFilter {
    /// Only these tools.
    pub providers: Option<Vec<Provider>>,
    /// Only these integrations.
    pub integration_ids: Option<Vec<ID>>,
    /// Only the actors linked to these persons.
    pub person_ids: Option<Vec<ID>>,
    /// Only these actors (vendor identities).
    pub actor_ids: Option<Vec<ID>>,
    /// Only actors the vendor placed in one of these teams on any stored day (all their usage in
    /// the range counts). Below admin, each team must be shown under `minGroupSize`: e.g.
    /// `[small, big]` is refused when `small` is hidden, so it cannot be subtracted from `[big]`.
    pub teams: Option<Vec<String>>,
}

impl UsageFilter {
    /// The filter with its ids parsed; `BAD_USER_INPUT` names the first list holding a bad id.
    pub fn parse(self) -> Result<Filter, ApiError> {
        let ids = |list: Option<Vec<ID>>, what: &str| -> Result<Vec<i64>, ApiError> {
            list.iter().flatten().map(|id| parse_id(id, what)).collect()
        };
        Ok(Filter {
            providers: self.providers.unwrap_or_default(),
            integration_ids: ids(self.integration_ids, "integrationIds")?,
            person_ids: ids(self.person_ids, "personIds")?,
            actor_ids: ids(self.actor_ids, "actorIds")?,
            teams: self.teams.unwrap_or_default(),
        })
    }
}
