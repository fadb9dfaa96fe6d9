//! People across vendors: which actors a filter means, the rows DataLoaders batch, and the links
//! an admin sets between actors and persons.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel_async::{RunQueryDsl, SimpleAsyncConnection};

use super::rollups::refresh_person_keys;
use crate::db_run;
use crate::domain::identity::person_key;
use crate::domain::{IdentityKind, Provider};
use crate::storage::schema::{actor_teams, actors, integrations, persons, sync_runs};
use crate::storage::sync_runs::SyncRun;
use crate::storage::usage::{Actor, OwnRows};
use crate::storage::{Db, DbConn, StorageError};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = persons, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `persons`: someone the dashboard talks about, across tools and identities.
pub struct Person {
    /// Row id.
    pub id: i64,
    /// The workspace the person belongs to.
    pub workspace_id: i64,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// The person's email, when known.
    pub email: Option<String>,
    /// The account that is this person, when there is one.
    pub user_id: Option<i64>,
}

/// An actor with the workspace and tool of its integration.
#[derive(Debug, Clone)]
pub struct WorkspaceActor {
    /// The vendor identity.
    pub actor: Actor,
    /// The workspace of its integration.
    pub workspace_id: i64,
    /// The tool of its integration.
    pub provider: Provider,
}

/// Actors of a workspace that are the caller's own: their email where the workspace vouched for
/// it, or linked to a person that is their account (see [`OwnRows`]).
pub async fn own_actor_ids(db: &Db, workspace_id: i64, own: OwnRows<'_>) -> Result<Vec<i64>, StorageError> {
    db_run!(db, |conn| {
        let email = if crate::vouched_email_filter!(conn, workspace_id, own) { own.email } else { "" };
        let mine = persons::table
            .filter(persons::workspace_id.eq(workspace_id))
            .filter(persons::user_id.eq(own.user_id))
            .select(persons::id.nullable());
        Ok(actors::table
            .inner_join(integrations::table)
            .filter(integrations::workspace_id.eq(workspace_id))
            .filter(
                actors::kind
                    .eq(crate::domain::ActorKind::Email)
                    .and(actors::identifier.eq(email))
                    .and(actors::identifier.ne(""))
                    .or(actors::person_id.eq_any(mine)),
            )
            .select(actors::id)
            .load(conn)
            .await?)
    })
}

/// Actors linked to any of `person_ids` (unlinked actors are named by their own ids instead).
pub async fn actor_ids_of_persons(
    db: &Db,
    workspace_id: i64,
    person_ids: &[i64],
) -> Result<Vec<i64>, StorageError> {
    db_run!(db, |conn| {
        Ok(actors::table
            .inner_join(integrations::table)
            .filter(integrations::workspace_id.eq(workspace_id))
            .filter(actors::person_id.eq_any(person_ids))
            .select(actors::id)
            .load(conn)
            .await?)
    })
}

/// Actors the vendor placed in one of `teams` on any day the service has stored. Membership does
/// not depend on the range asked for, so that answers for different ranges are the same people's
/// figures (see `crate::analytics::privacy`).
pub async fn actor_ids_of_teams(
    db: &Db,
    workspace_id: i64,
    teams: &[String],
) -> Result<Vec<i64>, StorageError> {
    db_run!(db, |conn| {
        Ok(actor_teams::table
            .inner_join(integrations::table.on(integrations::id.eq(actor_teams::integration_id)))
            .filter(integrations::workspace_id.eq(workspace_id))
            .filter(actor_teams::team.eq_any(teams))
            .select(actor_teams::actor_id)
            .distinct()
            .load(conn)
            .await?)
    })
}

/// One actor of an integration that reports teams, with one team the vendor ever placed it in
/// (`None`: an actor of that integration in no team).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMembership {
    /// The integration that reports the team.
    pub integration_id: i64,
    /// The actor placed in it.
    pub actor_id: i64,
    /// The key the actor counts for (`domain::identity::person_key`).
    pub person_key: i64,
    /// A service identity: never counted as a person towards a group's size.
    pub service: bool,
    /// The team's name; `None` for an actor placed in no team.
    pub team: Option<String>,
}

/// `(actor id, integration id, person id, identity kind)`.
type ActorOfIntegration = (i64, i64, Option<i64>, IdentityKind);
/// `(integration id, actor id, team)`.
type TeamRow = (i64, i64, String);

/// Every actor of the workspace's integrations that have ever reported a team, narrowed to
/// `providers` and `integration_ids` (empty: all), with each team it was ever in.
pub async fn team_memberships(
    db: &Db,
    workspace_id: i64,
    providers: &[Provider],
    integration_ids: &[i64],
) -> Result<Vec<TeamMembership>, StorageError> {
    let (actors_of, teams_of): (Vec<ActorOfIntegration>, Vec<TeamRow>) = db_run!(db, |conn| {
        let candidates: Vec<(i64, Provider)> = integrations::table
            .filter(integrations::workspace_id.eq(workspace_id))
            .select((integrations::id, integrations::provider))
            .load(conn)
            .await?;
        let ids: Vec<i64> = candidates
            .into_iter()
            .filter(|(_, p)| providers.is_empty() || providers.contains(p))
            .filter(|(id, _)| integration_ids.is_empty() || integration_ids.contains(id))
            .map(|(id, _)| id)
            .collect();
        let teams_of: Vec<TeamRow> = actor_teams::table
            .filter(actor_teams::integration_id.eq_any(&ids))
            .select((actor_teams::integration_id, actor_teams::actor_id, actor_teams::team))
            .distinct()
            .load(conn)
            .await?;
        // Integrations that never reported a team are one cell each: nothing to decide there.
        let with_teams: Vec<i64> = ids.into_iter().filter(|id| teams_of.iter().any(|t| t.0 == *id)).collect();
        let actors_of = actors::table
            .filter(actors::integration_id.eq_any(&with_teams))
            .select((actors::id, actors::integration_id, actors::person_id, actors::identity_kind))
            .load(conn)
            .await?;
        Ok::<_, StorageError>((actors_of, teams_of))
    })?;
    let mut teams_by_actor: HashMap<i64, Vec<String>> = HashMap::new();
    for (_, actor_id, team) in teams_of {
        teams_by_actor.entry(actor_id).or_default().push(team);
    }
    let mut out = Vec::new();
    for (actor_id, integration_id, person_id, kind) in actors_of {
        let person_key = person_key(actor_id, person_id, kind);
        let service = kind == IdentityKind::Service;
        match teams_by_actor.remove(&actor_id) {
            None => out.push(TeamMembership { integration_id, actor_id, person_key, service, team: None }),
            Some(teams) => out.extend(teams.into_iter().map(|team| TeamMembership {
                integration_id,
                actor_id,
                person_key,
                service,
                team: Some(team),
            })),
        }
    }
    Ok(out)
}

/// Persons by id, for the person DataLoader.
pub async fn persons_by_ids(db: &Db, ids: &[i64]) -> Result<Vec<Person>, StorageError> {
    db_run!(db, |conn| {
        Ok(persons::table.filter(persons::id.eq_any(ids)).select(Person::as_select()).load(conn).await?)
    })
}

/// Actors with their tool, by id, for the actor DataLoader.
pub async fn actors_by_ids(db: &Db, ids: &[i64]) -> Result<Vec<WorkspaceActor>, StorageError> {
    let rows: Vec<(Actor, i64, Provider)> = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            actors::table
                .inner_join(integrations::table)
                .filter(actors::id.eq_any(ids))
                .select((Actor::as_select(), integrations::workspace_id, integrations::provider))
                .load(conn)
                .await?,
        )
    })?;
    Ok(rows
        .into_iter()
        .map(|(actor, workspace_id, provider)| WorkspaceActor { actor, workspace_id, provider })
        .collect())
}

/// Actors linked to each of `person_ids`, for the person → actors DataLoader.
pub async fn actors_by_person(
    db: &Db,
    person_ids: &[i64],
) -> Result<HashMap<i64, Vec<WorkspaceActor>>, StorageError> {
    let rows: Vec<(Actor, i64, Provider)> = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            actors::table
                .inner_join(integrations::table)
                .filter(actors::person_id.eq_any(person_ids))
                .order(actors::id)
                .select((Actor::as_select(), integrations::workspace_id, integrations::provider))
                .load(conn)
                .await?,
        )
    })?;
    let mut by_person: HashMap<i64, Vec<WorkspaceActor>> = HashMap::new();
    for (actor, workspace_id, provider) in rows {
        if let Some(person) = actor.person_id {
            by_person.entry(person).or_default().push(WorkspaceActor { actor, workspace_id, provider });
        }
    }
    Ok(by_person)
}

/// The latest sync run of each integration, for the integration → last run DataLoader.
pub async fn last_runs(db: &Db, integration_ids: &[i64]) -> Result<Vec<SyncRun>, StorageError> {
    db_run!(db, |conn| {
        let latest = diesel::alias!(sync_runs as latest);
        Ok(sync_runs::table
            .filter(sync_runs::integration_id.eq_any(integration_ids))
            .filter(
                sync_runs::id.nullable().eq_any(
                    latest
                        .filter(latest.field(sync_runs::integration_id).eq_any(integration_ids))
                        .group_by(latest.field(sync_runs::integration_id))
                        .select(diesel::dsl::max(latest.field(sync_runs::id))),
                ),
            )
            .select(SyncRun::as_select())
            .load(conn)
            .await?)
    })
}

/// Links (`Some`) or unlinks (`None`) an actor, marks the choice as the admin's, and rebuilds the
/// person-day rollup for the people it moved between, in one transaction.
pub async fn set_actor_person(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    actor_id: i64,
    person_id: Option<i64>,
) -> Result<Actor, StorageError> {
    let db: DbConn<'_> = db.into();
    let dialect = super::sql::Dialect(db.backend());
    db.transaction(async |mut tx| {
        db_run!(&mut tx, |conn| {
            let before: Actor = actors::table.find(actor_id).select(Actor::as_select()).first(conn).await?;
            let actor: Actor = diesel::update(actors::table.find(actor_id))
                .set((actors::person_id.eq(person_id), actors::person_locked.eq(true)))
                .returning(Actor::as_returning())
                .get_result(conn)
                .await?;
            let kind = before.identity_kind;
            let keys = [person_key(actor_id, before.person_id, kind), person_key(actor_id, person_id, kind)];
            for statement in refresh_person_keys(dialect, workspace_id, &keys) {
                conn.batch_execute(&statement).await?;
            }
            Ok(actor)
        })
    })
    .await
}

/// The workspace of a person, if it exists.
pub async fn person_workspace(db: &Db, person_id: i64) -> Result<Option<i64>, StorageError> {
    db_run!(db, |conn| {
        Ok(persons::table.find(person_id).select(persons::workspace_id).first(conn).await.optional()?)
    })
}
