//! Persons and identities as admins shape them: creating a person, merging two, marking an
//! identity human or service, and the candidates that link suggestions are computed from.
//!
//! Every change that moves usage between the keys people figures count (`domain::identity`)
//! rewrites those keys' distinct-people rollups in the same transaction
//! (`analytics::rollups::refresh_person_keys`), so figures of days stored before the change
//! follow it at once.

use diesel::prelude::*;
use diesel_async::{RunQueryDsl, SimpleAsyncConnection};

use super::analytics::people::Person;
use super::analytics::rollups::refresh_person_keys;
use super::analytics::sql::Dialect;
use super::schema::{actors, integrations, persons};
use super::usage::Actor;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::identity::person_key;
use crate::domain::{IdentityKind, Provider};

/// Creates a person in `workspace_id`. An email is trimmed and lower-cased like vendor emails;
/// a second person with the same email is a [`StorageError::Conflict`].
pub async fn create_person(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    display_name: &str,
    email: Option<&str>,
    now: chrono::NaiveDateTime,
) -> Result<Person, StorageError> {
    let email = email.map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty());
    db_run!(db, |conn| {
        Ok(diesel::insert_into(persons::table)
            .values((
                persons::workspace_id.eq(workspace_id),
                persons::display_name.eq(display_name),
                persons::email.eq(email.as_deref()),
                persons::created_at.eq(now),
            ))
            .returning(Person::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Every person of a workspace, by name.
pub async fn list(db: impl Into<DbConn<'_>>, workspace_id: i64) -> Result<Vec<Person>, StorageError> {
    db_run!(db, |conn| {
        Ok(persons::table
            .filter(persons::workspace_id.eq(workspace_id))
            .order((persons::display_name, persons::id))
            .select(Person::as_select())
            .load(conn)
            .await?)
    })
}

/// Moves every identity of person `from` to person `into` (both of `workspace_id`) and deletes
/// `from`. `into` keeps its name; it takes `from`'s email and account only where it has none.
/// The moved links count as the admin's (automatic email matching leaves them alone).
pub async fn merge(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    into: i64,
    from: i64,
) -> Result<Person, StorageError> {
    let db: DbConn<'_> = db.into();
    let dialect = Dialect(db.backend());
    db.transaction(async |mut tx| {
        db_run!(&mut tx, |conn| {
            let target: Person = persons::table.find(into).select(Person::as_select()).first(conn).await?;
            let gone: Person = persons::table.find(from).select(Person::as_select()).first(conn).await?;
            diesel::update(actors::table.filter(actors::person_id.eq(from)))
                .set((actors::person_id.eq(into), actors::person_locked.eq(true)))
                .execute(conn)
                .await?;
            diesel::delete(persons::table.find(from)).execute(conn).await?;
            let merged: Person = diesel::update(persons::table.find(into))
                .set((
                    persons::email.eq(target.email.or(gone.email)),
                    persons::user_id.eq(target.user_id.or(gone.user_id)),
                ))
                .returning(Person::as_returning())
                .get_result(conn)
                .await?;
            for statement in refresh_person_keys(dialect, workspace_id, &[into, from]) {
                conn.batch_execute(&statement).await?;
            }
            Ok(merged)
        })
    })
    .await
}

/// Marks an identity human or service (an admin's override; sync never changes it back) and
/// rewrites the distinct-people rollups of the keys it moves between.
pub async fn set_identity_kind(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    actor_id: i64,
    kind: IdentityKind,
) -> Result<Actor, StorageError> {
    let db: DbConn<'_> = db.into();
    let dialect = Dialect(db.backend());
    db.transaction(async |mut tx| {
        db_run!(&mut tx, |conn| {
            let before: Actor = actors::table.find(actor_id).select(Actor::as_select()).first(conn).await?;
            let actor: Actor = diesel::update(actors::table.find(actor_id))
                .set(actors::identity_kind.eq(kind))
                .returning(Actor::as_returning())
                .get_result(conn)
                .await?;
            let was = before.identity_kind;
            let keys =
                [person_key(actor_id, before.person_id, was), person_key(actor_id, actor.person_id, kind)];
            for statement in refresh_person_keys(dialect, workspace_id, &keys) {
                conn.batch_execute(&statement).await?;
            }
            Ok(actor)
        })
    })
    .await
}

/// An identity that a suggestion may propose to link: not linked by an admin already.
#[derive(Debug, Clone)]
pub struct LinkCandidate {
    /// The vendor identity.
    pub actor: Actor,
    /// The tool of its integration.
    pub provider: Provider,
}

/// The workspace's human identities whose link no admin has set, for link suggestions.
pub async fn link_candidates(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
) -> Result<Vec<LinkCandidate>, StorageError> {
    let rows: Vec<(Actor, Provider)> = db_run!(db, |conn| {
        Ok::<_, StorageError>(
            actors::table
                .inner_join(integrations::table)
                .filter(integrations::workspace_id.eq(workspace_id))
                .filter(actors::person_locked.eq(false))
                .filter(actors::identity_kind.eq(IdentityKind::Human))
                .order(actors::id)
                .select((Actor::as_select(), integrations::provider))
                .load(conn)
                .await?,
        )
    })?;
    Ok(rows.into_iter().map(|(actor, provider)| LinkCandidate { actor, provider }).collect())
}
