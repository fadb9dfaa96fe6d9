//! Actors as the writers meet them: usage rows (`day_writer`) and licence rosters (`seats`) name
//! vendor identities, and both need their ids inside the writer's transaction.

/// Inserts the actors of `$actors` (an iterator of `&ActorKey`) not yet known and evaluates to a
/// `HashMap<(kind, identifier), id>` of all of them. Actors are permanent: `(integration, kind,
/// identifier)` is never deleted, so an existing one keeps its id, its person link and its
/// identity kind (human or service, see `domain::identity`). Expanded
/// for diesel-async (`[.await]`) and synchronous diesel (`[]`) like the writers that use it; the
/// caller brings the matching `RunQueryDsl` into scope.
macro_rules! ensure_actors {
    ($conn:ident, $integration_id:expr, $actors:expr, $now:expr, [$($aw:tt)*]) => {{
        use $crate::storage::schema::actors;
        let listed: Vec<&$crate::domain::ActorKey> = $actors.collect();
        let new_actors: Vec<_> = listed
            .iter()
            .map(|actor| {
                (
                    actors::integration_id.eq($integration_id),
                    actors::kind.eq(actor.kind),
                    actors::identifier.eq(actor.identifier.as_str()),
                    actors::external_id.eq(actor.external_id.as_deref()),
                    actors::created_at.eq($now),
                    // Only for actors not yet known: an admin's override is never undone by a sync.
                    actors::identity_kind.eq($crate::domain::IdentityKind::default_for(actor.kind)),
                )
            })
            .collect();
        for chunk in new_actors.chunks($crate::storage::day_writer::ROWS_PER_INSERT) {
            diesel::insert_into(actors::table)
                .values(chunk.to_vec())
                .on_conflict((actors::integration_id, actors::kind, actors::identifier))
                .do_nothing()
                .execute($conn) $($aw)* ?;
        }
        let mut actor_ids: std::collections::HashMap<($crate::domain::ActorKind, String), i64> =
            std::collections::HashMap::new();
        let identifiers: Vec<&str> = listed.iter().map(|actor| actor.identifier.as_str()).collect();
        for chunk in identifiers.chunks($crate::storage::day_writer::ROWS_PER_INSERT) {
            let found: Vec<(i64, $crate::domain::ActorKind, String)> = actors::table
                .filter(actors::integration_id.eq($integration_id))
                .filter(actors::identifier.eq_any(chunk))
                .select((actors::id, actors::kind, actors::identifier))
                .load($conn) $($aw)* ?;
            actor_ids.extend(found.into_iter().map(|(id, kind, ident)| ((kind, ident), id)));
        }
        actor_ids
    }};
}

pub(crate) use ensure_actors;
