//! Turning a query's arguments into a storage [`Scope`], with the access rules of analytics:
//! aggregates for viewers, per-person restrictions for admins (or a member's own rows), team
//! filters as [`super::groups`] allows them.

use async_graphql::{Context, ID};
use chrono::{Days, NaiveDate, Utc};

use crate::auth::Action;
use crate::domain::{Identities, Role};
use crate::graphql::ApiError;
use crate::graphql::guard::{Access, require};
use crate::graphql::ids::parse_id;
use crate::graphql::inputs::{FIRST_DAY, check_day};
use crate::graphql::query::analytics::groups::TeamGroups;
use crate::graphql::types::analytics::{DateRange, UsageFilter};
use crate::storage::Db;
use crate::storage::analytics::{Scope, people};
use crate::storage::usage::OwnRows;

/// Default range length, and the longest accepted.
const DEFAULT_DAYS: u64 = 90;
const MAX_DAYS: i64 = 1_096;

/// The inclusive days a range means.
pub fn resolve_range(range: Option<DateRange>) -> Result<(NaiveDate, NaiveDate), ApiError> {
    let range = range.unwrap_or_default();
    // The input guard bounds dates already; checked here too since this does arithmetic on them.
    let to = check_day(range.to.unwrap_or_else(|| Utc::now().date_naive()))?;
    let from = match range.from {
        Some(from) => check_day(from)?,
        None => to.checked_sub_days(Days::new(DEFAULT_DAYS - 1)).unwrap_or(FIRST_DAY).max(FIRST_DAY),
    };
    if from > to {
        return Err(ApiError::BadInput("range.from is after range.to".into()));
    }
    if (to - from).num_days() + 1 > MAX_DAYS {
        return Err(ApiError::BadInput("a range covers at most 1,096 days (three years)".into()));
    }
    Ok((from, to))
}

/// Whose rows a query may see.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// Workspace aggregates: viewers and up.
    Aggregates,
    /// Per-person rows: admins see everyone, members only themselves, viewers nothing.
    PerPerson,
}

/// Checks access and builds the scope.
pub async fn scope<'a>(
    ctx: &Context<'a>,
    workspace_id: &ID,
    range: Option<DateRange>,
    filter: Option<UsageFilter>,
    rows: Rows,
) -> Result<(Scope, Access<'a>), ApiError> {
    let workspace_id = parse_id(workspace_id, "workspaceId")?;
    let action = match rows {
        Rows::Aggregates => Action::ReadAggregates,
        Rows::PerPerson => Action::ReadOwnPersonRows,
    };
    let access = require(ctx, workspace_id, action).await?;
    let (from, to) = resolve_range(range)?;
    let filter = filter.unwrap_or_default();
    let db = ctx.data_unchecked::<Db>();
    let is_admin = access.role >= Action::ReadAllPersonRows.min_role();
    let ids = |list: &Option<Vec<ID>>, what: &str| -> Result<Vec<i64>, ApiError> {
        list.iter().flatten().map(|id| parse_id(id, what)).collect()
    };
    let mut scope = Scope {
        workspace_id,
        from,
        to,
        providers: filter.providers.clone().unwrap_or_default(),
        integration_ids: ids(&filter.integration_ids, "integrationIds")?,
        actor_ids: None,
        identities: Identities::Humans,
    };
    let person_ids = ids(&filter.person_ids, "personIds")?;
    let actor_ids = ids(&filter.actor_ids, "actorIds")?;
    if (!person_ids.is_empty() || !actor_ids.is_empty()) && !is_admin {
        return Err(ApiError::Forbidden);
    }
    if !person_ids.is_empty() {
        let of_persons = people::actor_ids_of_persons(db, workspace_id, &person_ids).await?;
        restrict(&mut scope, of_persons);
    }
    if !actor_ids.is_empty() {
        restrict(&mut scope, actor_ids);
    }
    if let Some(teams) = filter.teams.as_ref().filter(|t| !t.is_empty()) {
        // Checked on the slice before the team narrows it: see `groups` for the rule.
        if let Some(groups) = TeamGroups::for_caller(db, &access, &scope).await?
            && !groups.allows(teams)
        {
            return Err(ApiError::Forbidden);
        }
        restrict(&mut scope, people::actor_ids_of_teams(db, workspace_id, teams).await?);
    }
    if rows == Rows::PerPerson && !is_admin {
        debug_assert!(access.role >= Role::Member);
        let own = OwnRows { user_id: access.caller.user_id, email: &access.caller.email };
        let mine = people::own_actor_ids(db, workspace_id, own).await?;
        restrict(&mut scope, mine);
    }
    Ok((scope, access))
}

/// Intersects the scope's actor restriction with `ids`.
pub fn restrict(scope: &mut Scope, mut ids: Vec<i64>) {
    ids.sort_unstable();
    ids.dedup();
    scope.actor_ids = Some(match scope.actor_ids.take() {
        None => ids,
        Some(existing) => existing.into_iter().filter(|id| ids.binary_search(id).is_ok()).collect(),
    });
}
