//! Which teams' figures a caller below admin may see: the `minGroupSize` rule, made to hold
//! against differencing. The only place that reads the workspace's minimum group size: a team
//! filter ([`super::scope::select`]) and a team breakdown ([`super::breakdown`]) both ask
//! [`TeamGroups::for_audience`].
//!
//! **The rule.** For viewers and members, every figure the API gives is the usage of a union of
//! *cells*, and every cell covers at least `minGroupSize` people. Cells are made per integration
//! that reports teams: its people (linked persons, or actors linked to nobody) are split by the
//! set of *shown* teams the vendor ever placed them in; the people in no shown team are one cell
//! too. Teams are considered largest first (then by name); a team is shown when, added to the
//! teams already shown, every cell still covers at least `minGroupSize` people. Then:
//! - a `teams` filter is allowed only when every team it names has members in the filter's
//!   slice (tools, integrations) and is shown in every integration of the slice where it has
//!   members — so `[small, big]` is refused when `small` is not shown;
//! - `breakdown(dimension: TEAM)` lists only shown teams; the hidden ones are counted in
//!   `hiddenGroups` and left out of `total` and `other`.
//!
//! **Why it holds.** A slice of the workspace, a filter of shown teams, a breakdown row (a shown
//! team within the filter), `total` and `other` (sums of rows) are each a sum of whole cells'
//! usage, so every difference or sum of answers is too: `[a, b] − [b]`, workspace − team, a team
//! minus a team nested in it, and `total − Σ rows` all cover whole cells. Membership is counted
//! over every stored day rather than the range asked for, so answers for different ranges are
//! the same people's figures.
//!
//! **What the caller knows.** A member can read their own rows exactly, so subtracting them
//! from a cell must still leave enough people: for members, a cell counts only the people other
//! than the caller, and a cell of the caller alone is theirs to see.
//!
//! **Who counts.** Only people: service identities (`domain::identity`) are in their cells'
//! usage but never towards their size, so two pipelines cannot make one person's cell "large".
//!
//! **What it does not cover.** Tools, integrations, models, editors, languages and features
//! split usage, not people, and are shown as before; so is the whole workspace. People are
//! counted as members, active in the range or not. A sync that moves someone between teams
//! changes the cells: two answers read before and after it can differ by that person's usage.
//! Admins and owners see every team; `minGroupSize = 1` turns the rule off.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::scope::Audience;
use crate::auth::Action;
use crate::storage::analytics::Scope;
use crate::storage::analytics::people::{self, TeamMembership};
use crate::storage::{Db, StorageError, workspaces};

/// The teams a caller below admin may see within one slice of a workspace.
#[derive(Debug, Default)]
pub struct TeamGroups {
    /// Per integration that reports teams.
    integrations: HashMap<i64, IntegrationTeams>,
}

#[derive(Debug, Default)]
struct IntegrationTeams {
    /// Every team with members in the integration.
    teams: BTreeSet<String>,
    /// The teams shown.
    shown: BTreeSet<String>,
}

impl TeamGroups {
    /// The rule for `audience` over `scope`'s slice (its tools and integrations): `None` when
    /// nothing is hidden (admins and up, or a workspace whose minimum group size is 1).
    pub async fn for_audience(
        db: &Db,
        audience: &Audience,
        scope: &Scope,
    ) -> Result<Option<TeamGroups>, StorageError> {
        if audience.may(Action::ReadAllPersonRows) {
            return Ok(None);
        }
        let min = workspaces::get(db, scope.workspace_id).await?.min_group_size;
        if min <= 1 {
            return Ok(None);
        }
        let rows = people::team_memberships(db, scope.workspace_id, &scope.providers, &scope.integration_ids)
            .await?;
        let own = if audience.may(Action::ReadOwnPersonRows) {
            people::own_actor_ids(db, scope.workspace_id, audience.own_rows()).await?
        } else {
            vec![]
        };
        let own_keys = rows.iter().filter(|r| own.contains(&r.actor_id)).map(|r| r.person_key).collect();
        Ok(Some(TeamGroups::from_memberships(rows, min as usize, &own_keys)))
    }

    /// Builds the cells from every membership row of the slice; `own` are the person keys whose
    /// rows the caller reads anyway (not counted towards a cell's size). Service identities are
    /// not people and are not counted either.
    pub fn from_memberships(rows: Vec<TeamMembership>, min: usize, own: &BTreeSet<i64>) -> TeamGroups {
        let mut uncounted = own.clone();
        uncounted.extend(rows.iter().filter(|r| r.service).map(|r| r.person_key));
        let own = &uncounted;
        let mut per: HashMap<i64, HashMap<i64, BTreeSet<String>>> = HashMap::new();
        for row in rows {
            let teams = per.entry(row.integration_id).or_default().entry(row.person_key).or_default();
            teams.extend(row.team);
        }
        let integrations = per
            .into_iter()
            .map(|(id, members)| {
                let teams = members.values().flatten().cloned().collect();
                (id, IntegrationTeams { teams, shown: shown_teams(&members, min, own) })
            })
            .collect();
        TeamGroups { integrations }
    }

    /// Whether `team` is shown: it has members in the slice, and is shown wherever it has them.
    pub fn shows(&self, team: &str) -> bool {
        let mut with_members = self.integrations.values().filter(|i| i.teams.contains(team)).peekable();
        with_members.peek().is_some() && with_members.all(|i| i.shown.contains(team))
    }

    /// Whether a `teams` filter naming `teams` is allowed: every team it names is shown.
    pub fn allows(&self, teams: &[String]) -> bool {
        teams.iter().all(|t| self.shows(t))
    }

    /// The rows of shown teams (by `team`), and how many were hidden.
    pub fn shown_rows<T>(
        &self,
        rows: impl IntoIterator<Item = T>,
        team: impl Fn(&T) -> &str,
    ) -> (Vec<T>, usize) {
        let (shown, hidden): (Vec<T>, Vec<T>) = rows.into_iter().partition(|r| self.shows(team(r)));
        (shown, hidden.len())
    }
}

/// The teams shown in one integration whose people (by person key) were in the given teams:
/// largest first, each kept only if every cell still covers at least `min` people besides
/// `own`, or none but them.
pub fn shown_teams(
    members: &HashMap<i64, BTreeSet<String>>,
    min: usize,
    own: &BTreeSet<i64>,
) -> BTreeSet<String> {
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for team in members.values().flatten() {
        *sizes.entry(team.as_str()).or_default() += 1;
    }
    let mut order: Vec<(&str, usize)> = sizes.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    // Each person's cell, as a number; adding a team splits every cell by membership in it.
    let people: Vec<(&BTreeSet<String>, usize)> =
        members.iter().map(|(person, teams)| (teams, usize::from(!own.contains(person)))).collect();
    let mut cell_of = vec![0_usize; people.len()];
    let mut shown = BTreeSet::new();
    for (team, _) in order {
        let split: Vec<(usize, bool)> =
            people.iter().zip(&cell_of).map(|((teams, _), cell)| (*cell, teams.contains(team))).collect();
        let mut others: HashMap<(usize, bool), usize> = HashMap::new();
        for ((_, counted), cell) in people.iter().zip(&split) {
            *others.entry(*cell).or_default() += counted;
        }
        if others.values().all(|&n| n == 0 || n >= min) {
            shown.insert(team.to_owned());
            let numbers: HashMap<(usize, bool), usize> =
                others.keys().enumerate().map(|(number, cell)| (*cell, number)).collect();
            cell_of = split.iter().map(|cell| numbers[cell]).collect();
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    /// People 1.. with their teams.
    fn members(of: &[&[&str]]) -> HashMap<i64, BTreeSet<String>> {
        of.iter()
            .enumerate()
            .map(|(i, teams)| (i as i64 + 1, teams.iter().map(|t| t.to_string()).collect()))
            .collect()
    }

    fn names(set: &BTreeSet<String>) -> Vec<&str> {
        set.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_small_team_is_hidden_and_the_big_one_kept_when_others_remain() {
        // big: 3, small: 1, nobody: 2 → with min 2, big leaves {small, nobody} = 3 people.
        let m = members(&[&["big"], &["big"], &["big"], &["small"], &[], &[]]);
        assert_eq!(names(&shown_teams(&m, 2, &BTreeSet::new())), ["big"]);
    }

    #[test]
    fn a_team_whose_complement_is_one_person_is_hidden() {
        // Everyone but one is in big: workspace − big would be that one person.
        let m = members(&[&["big"], &["big"], &["big"], &[]]);
        assert!(shown_teams(&m, 2, &BTreeSet::new()).is_empty());
    }

    #[test]
    fn nested_teams_differing_by_one_person_are_not_both_shown() {
        let m = members(&[&["outer", "inner"], &["outer", "inner"], &["outer"], &[], &[]]);
        assert_eq!(names(&shown_teams(&m, 2, &BTreeSet::new())), ["outer"]);
    }

    #[test]
    fn overlapping_teams_are_shown_only_when_every_intersection_is_large_enough() {
        // a ∩ b is one person: showing both would isolate them as a + b − (a ∪ b)-style sums.
        let m = members(&[&["a"], &["a"], &["a", "b"], &["b"], &["b"], &[], &[]]);
        assert_eq!(names(&shown_teams(&m, 2, &BTreeSet::new())), ["a"]);
        let m = members(&[&["a"], &["a"], &["a", "b"], &["a", "b"], &["b"], &["b"], &[], &[]]);
        assert_eq!(names(&shown_teams(&m, 2, &BTreeSet::new())), ["a", "b"]);
    }

    #[test]
    fn a_member_subtracting_their_own_rows_still_leaves_min_people() {
        // ops is 3 people, one of them the caller: ops − own would be 2.
        let m = members(&[&["ops"], &["ops"], &["ops"], &[], &[], &[]]);
        assert_eq!(names(&shown_teams(&m, 3, &BTreeSet::new())), ["ops"]);
        assert!(shown_teams(&m, 3, &BTreeSet::from([3])).is_empty());
        // Alone in no team: the rest of the workspace is theirs to subtract from, not a leak.
        let m = members(&[&["ops"], &["ops"], &["ops"], &[]]);
        assert_eq!(names(&shown_teams(&m, 3, &BTreeSet::from([4]))), ["ops"]);
    }

    #[test]
    fn the_filter_needs_every_team_shown_in_every_integration_of_the_slice() {
        let row = |integration_id, person_key, team: Option<&str>| TeamMembership {
            integration_id,
            actor_id: person_key,
            person_key,
            service: false,
            team: team.map(String::from),
        };
        let mut rows = vec![];
        for p in 1..=4 {
            rows.push(row(1, p, Some("core")));
            rows.push(row(1, p + 10, None));
        }
        rows.push(row(2, 20, Some("core")));
        rows.push(row(2, 21, None));
        rows.push(row(2, 22, None));
        let groups = TeamGroups::from_memberships(rows.clone(), 2, &BTreeSet::new());
        assert!(!groups.shows("core"), "core is one person in integration 2");
        assert!(!groups.allows(&["core".into()]));
        let only_first = rows.into_iter().filter(|r| r.integration_id == 1).collect();
        let groups = TeamGroups::from_memberships(only_first, 2, &BTreeSet::new());
        assert!(groups.allows(&["core".into()]));
        assert!(!groups.allows(&["core".into(), "nobody-here".into()]));
    }

    mod against_storage {
        use crate::analytics::breakdown::{BreakdownDimension, breakdown};
        use crate::analytics::privacy::TeamGroups;
        use crate::analytics::scope::{Audience, Filter, Request, Rows, select};
        use crate::analytics::test_support::{BACKENDS, Store, day};
        use crate::analytics::{AnalyticsError, Scope};
        use crate::domain::{Identities, Metric, Role};

        fn audience(role: Role) -> Audience {
            Audience { role, user_id: 0, email: String::new() }
        }

        #[tokio::test(flavor = "multi_thread")]
        async fn a_team_of_exactly_the_minimum_is_shown_and_one_of_one_fewer_hidden() {
            for backend in BACKENDS {
                let store = Store::of(backend).await;
                let ws = store.workspace(3).await;
                let (a, b) = (
                    store.integration(ws, crate::domain::Provider::Copilot).await,
                    store.integration(ws, crate::domain::Provider::Copilot).await,
                );
                let d = day("2024-03-01");
                // Integration a: "three" is 3 people, 3 more are in no team — both cells reach 3.
                let three = [("a1", Some("three"), 1), ("a2", Some("three"), 1), ("a3", Some("three"), 1)];
                store
                    .write(a, d, &[&three[..], &[("a4", None, 1), ("a5", None, 1), ("a6", None, 1)]].concat())
                    .await;
                // Integration b: "two" is 2 people, one short of the minimum.
                let two = [("b1", Some("two"), 1), ("b2", Some("two"), 1), ("b3", None, 1), ("b4", None, 1)];
                store.write(b, d, &[&two[..], &[("b5", None, 1)]].concat()).await;
                let scope = Scope {
                    workspace_id: ws,
                    from: d,
                    to: d,
                    providers: vec![],
                    integration_ids: vec![],
                    actor_ids: None,
                    identities: Identities::Humans,
                };
                let viewer = audience(Role::Viewer);
                let groups = TeamGroups::for_audience(&store.db, &viewer, &scope).await.unwrap();
                let groups = groups.expect("a minimum of 3 applies to a viewer");
                assert!(groups.shows("three"), "{backend}");
                assert!(!groups.shows("two"), "{backend}");
                let admin = audience(Role::Admin);
                assert!(
                    TeamGroups::for_audience(&store.db, &admin, &scope).await.unwrap().is_none(),
                    "{backend}"
                );

                // The breakdown lists the shown team only; the hidden one is out of the total too.
                let viewed = crate::analytics::Selection { scope: scope.clone(), audience: viewer.clone() };
                let teams = breakdown(&store.db, &viewed, BreakdownDimension::Team, 10, Metric::ActiveDays);
                let teams = teams.await.unwrap();
                let keys: Vec<&str> = teams.rows.iter().map(|r| r.key.as_str()).collect();
                assert_eq!(keys, ["three"], "{backend}");
                assert_eq!((teams.hidden_groups, teams.total, teams.rows[0].people), (1, Some(3), Some(3)));
                let everyone = crate::analytics::Selection { scope: scope.clone(), audience: admin };
                let teams = breakdown(&store.db, &everyone, BreakdownDimension::Team, 10, Metric::ActiveDays);
                let teams = teams.await.unwrap();
                assert_eq!(
                    (teams.rows.len(), teams.hidden_groups, teams.total),
                    (2, 0, Some(5)),
                    "{backend}"
                );

                // A filter by the hidden team is refused; by the shown one, it covers its 3 actors.
                let request = |team: &str| Request {
                    workspace_id: ws,
                    from: d,
                    to: d,
                    filter: Filter { teams: vec![team.to_owned()], ..Filter::default() },
                    identities: Identities::Humans,
                };
                let refused = select(&store.db, viewer.clone(), request("two"), Rows::Aggregates).await;
                assert!(matches!(refused, Err(AnalyticsError::Forbidden)), "{backend}");
                let allowed = select(&store.db, viewer, request("three"), Rows::Aggregates).await.unwrap();
                assert_eq!(allowed.scope.actor_ids.map(|a| a.len()), Some(3), "{backend}");
            }
        }
    }
}
