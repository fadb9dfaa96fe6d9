//! Turning a question into a storage [`Scope`], with the access rules of analytics: aggregates
//! for viewers and up, per-person restrictions (person and actor filters) for admins, a member's
//! own rows for per-person questions below admin, team filters as [`super::privacy`] allows them.
//!
//! The caller has already checked with the policy that the audience may ask at all
//! ([`Rows::action`]); what is decided here is what the answer may cover.

use chrono::NaiveDate;

use super::AnalyticsError;
use super::privacy::TeamGroups;
use crate::auth::Action;
use crate::auth::policy;
use crate::domain::{Identities, Provider, Role};
use crate::storage::Db;
use crate::storage::analytics::{Scope, people};
use crate::storage::usage::OwnRows;

/// Who asks: their role in the workspace (the one the policy granted) and the identity their own
/// rows are recognised by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience {
    /// The role that allowed the question.
    pub role: Role,
    /// The caller's account.
    pub user_id: i64,
    /// The caller's email (vouched for by the workspace, their actors are theirs).
    pub email: String,
}

impl Audience {
    /// Whether the audience's role allows `action` (the policy's rule, not a comparison of our own).
    pub fn may(&self, action: Action) -> bool {
        policy::decide(Some(self.role), action).is_ok()
    }

    /// How the audience's own rows are recognised.
    pub fn own_rows(&self) -> OwnRows<'_> {
        OwnRows { user_id: self.user_id, email: &self.email }
    }
}

/// Whose rows a question may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// Workspace aggregates: viewers and up.
    Aggregates,
    /// Per-person rows: admins see everyone, members only themselves, viewers nothing.
    PerPerson,
}

impl Rows {
    /// What the policy must allow before the question is asked.
    pub fn action(self) -> Action {
        match self {
            Rows::Aggregates => Action::ReadAggregates,
            Rows::PerPerson => Action::ReadOwnPersonRows,
        }
    }
}

/// A question's restrictions, as its caller names them; empty lists mean "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only these tools.
    pub providers: Vec<Provider>,
    /// Only these integrations.
    pub integration_ids: Vec<i64>,
    /// Only the actors linked to these persons (admins only).
    pub person_ids: Vec<i64>,
    /// Only these actors (admins only).
    pub actor_ids: Vec<i64>,
    /// Only actors the vendor ever placed in one of these teams.
    pub teams: Vec<String>,
}

/// What is asked about: a workspace, inclusive UTC days, restrictions, and whose identities the
/// people figures count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The workspace.
    pub workspace_id: i64,
    /// First UTC day (included).
    pub from: NaiveDate,
    /// Last UTC day (included).
    pub to: NaiveDate,
    /// The restrictions.
    pub filter: Filter,
    /// Which identities people figures count.
    pub identities: Identities,
}

/// A question checked against who asks it: the storage scope the answer covers, and the audience
/// the privacy rules answer to.
#[derive(Debug, Clone)]
pub struct Selection {
    /// What the figures cover.
    pub scope: Scope,
    /// Who asked.
    pub audience: Audience,
}

/// Checks `request` against the privacy rules for `audience` and builds its scope; per-person
/// `rows` below admin cover the audience's own actors only.
pub async fn select(
    db: &Db,
    audience: Audience,
    request: Request,
    rows: Rows,
) -> Result<Selection, AnalyticsError> {
    let Request { workspace_id, from, to, filter, identities } = request;
    let sees_everyone = audience.may(Action::ReadAllPersonRows);
    let mut scope = Scope {
        workspace_id,
        from,
        to,
        providers: filter.providers,
        integration_ids: filter.integration_ids,
        actor_ids: None,
        identities,
    };
    if (!filter.person_ids.is_empty() || !filter.actor_ids.is_empty()) && !sees_everyone {
        return Err(AnalyticsError::Forbidden);
    }
    if !filter.person_ids.is_empty() {
        restrict(&mut scope, people::actor_ids_of_persons(db, workspace_id, &filter.person_ids).await?);
    }
    if !filter.actor_ids.is_empty() {
        restrict(&mut scope, filter.actor_ids);
    }
    if !filter.teams.is_empty() {
        // Checked on the slice before the team narrows it: see `privacy` for the rule.
        if let Some(groups) = TeamGroups::for_audience(db, &audience, &scope).await?
            && !groups.allows(&filter.teams)
        {
            return Err(AnalyticsError::Forbidden);
        }
        restrict(&mut scope, people::actor_ids_of_teams(db, workspace_id, &filter.teams).await?);
    }
    if rows == Rows::PerPerson && !sees_everyone {
        debug_assert!(audience.may(Action::ReadOwnPersonRows));
        restrict(&mut scope, people::own_actor_ids(db, workspace_id, audience.own_rows()).await?);
    }
    Ok(Selection { scope, audience })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::people::{PageParams, page};
    use crate::analytics::test_support::{BACKENDS, Store, day};
    use crate::domain::Metric;

    fn audience(role: Role) -> Audience {
        Audience { role, user_id: 0, email: "nobody@x.io".into() }
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn person_rows_below_admin_are_only_the_callers_and_person_filters_need_admin() {
        for backend in BACKENDS {
            let store = Store::of(backend).await;
            let ws = store.workspace(1).await;
            let cursor = store.integration(ws, Provider::Cursor).await;
            let d = day("2024-03-01");
            store.write(cursor, d, &[("ann", None, 4), ("ben", None, 2)]).await;
            let request = |filter: Filter| Request {
                workspace_id: ws,
                from: d,
                to: d,
                filter,
                identities: Identities::Humans,
            };
            let params =
                PageParams { order_by: Metric::ActiveDays, first: 10, offset: 0, with_measures: false };

            let admin = select(&store.db, audience(Role::Admin), request(Filter::default()), Rows::PerPerson);
            let admin = admin.await.unwrap();
            assert_eq!(admin.scope.actor_ids, None, "{backend}: admins see everyone");
            assert_eq!(page(&store.db, &admin.scope, params).await.unwrap().total, 2, "{backend}");

            // The member has no identity in the workspace: their per-person rows are none.
            let member =
                select(&store.db, audience(Role::Member), request(Filter::default()), Rows::PerPerson);
            let member = member.await.unwrap();
            assert_eq!(member.scope.actor_ids, Some(vec![]), "{backend}");
            assert_eq!(page(&store.db, &member.scope, params).await.unwrap().total, 0, "{backend}");

            let one = Filter { actor_ids: vec![1], ..Filter::default() };
            for role in [Role::Viewer, Role::Member] {
                let refused = select(&store.db, audience(role), request(one.clone()), Rows::Aggregates).await;
                assert!(matches!(refused, Err(AnalyticsError::Forbidden)), "{backend} {role:?}");
            }
            let narrowed =
                select(&store.db, audience(Role::Admin), request(one), Rows::Aggregates).await.unwrap();
            assert_eq!(narrowed.scope.actor_ids, Some(vec![1]), "{backend}");
        }
    }

    #[test]
    fn restrictions_intersect() {
        let mut scope = Scope {
            workspace_id: 1,
            from: day("2024-03-01"),
            to: day("2024-03-01"),
            providers: vec![],
            integration_ids: vec![],
            actor_ids: None,
            identities: Identities::Humans,
        };
        restrict(&mut scope, vec![3, 1, 2, 3]);
        assert_eq!(scope.actor_ids, Some(vec![1, 2, 3]));
        restrict(&mut scope, vec![2, 3, 4]);
        assert_eq!(scope.actor_ids, Some(vec![2, 3]));
        restrict(&mut scope, vec![]);
        assert_eq!(scope.actor_ids, Some(vec![]));
    }
}
