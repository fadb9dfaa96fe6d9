//! The licence roster of each integration (`seats`), replaced whole on every sync.
//!
//! A roster is a snapshot: [`replace_seats`] makes the stored seats exactly the list given, in
//! one transaction. Holders become actors exactly as usage rows do (`(integration, kind,
//! identifier)`, never deleted), so seats and usage meet on the actor; new email holders are
//! linked to persons like the day writer links them. A holder's real name, when the vendor gives
//! one, is kept on the actor, and a person still named by their email takes it. The old seats
//! are deleted and the listed ones inserted rather than diffed: nothing refers to a seat row, and
//! a delete by integration needs no list of ids (which, for a large enterprise, would exceed
//! SQLite's bind limit).
//!
//! Like `day_writer`, this file imports no `RunQueryDsl` at module level: multi-row INSERTs on
//! SQLite need synchronous diesel, so one body (`replace_seats_body!`) is expanded for
//! diesel-async on PostgreSQL and for synchronous diesel on SQLite's blocking pool, both on the
//! connection of the transaction `replace_seats` opens.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::{ExpressionMethods, Insertable, JoinOnDsl, QueryDsl};

use super::actor_ids::ensure_actors;
use super::analytics::rollups::{self, DayTarget};
use super::day_writer::ROWS_PER_INSERT;
use super::pool::on_blocking_pool;
use super::schema::{actors, seats};
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::{ActorKind, Seat};

#[derive(Insertable)]
#[diesel(table_name = seats)]
struct NewSeat<'a> {
    integration_id: i64,
    actor_id: i64,
    plan: Option<&'a str>,
    assigned_at: Option<NaiveDateTime>,
    last_activity_at: Option<NaiveDateTime>,
    updated_at: NaiveDateTime,
    pending_cancellation_date: Option<NaiveDate>,
}

/// What [`replace_seats`] stores, prepared before its statements run.
struct SeatsWrite {
    integration_id: i64,
    roster: BTreeMap<(ActorKind, String), Seat>,
    now: NaiveDateTime,
    /// Rollup statements to run after the seats: link email actors, name persons.
    after: Vec<String>,
}

/// The statements of [`replace_seats`], once for both backends (see `day_writer`'s body).
macro_rules! replace_seats_body {
    ($conn:ident, $write:ident, $dsl:path, [$($aw:tt)*]) => {{
        use $dsl as _;
        let w = &$write;
        let integration_id = w.integration_id;
        let actor_ids = ensure_actors!($conn, integration_id, w.roster.values().map(|seat| &seat.actor), w.now, [$($aw)*]);
        let rows = w
            .roster
            .iter()
            .map(|((kind, identifier), seat)| {
                let actor_id = actor_ids
                    .get(&(*kind, identifier.clone()))
                    .copied()
                    .ok_or(StorageError::NotFound)?;
                Ok(NewSeat {
                    integration_id,
                    actor_id,
                    plan: seat.plan.as_deref(),
                    assigned_at: seat.assigned_at,
                    last_activity_at: seat.last_activity_at,
                    updated_at: w.now,
                    pending_cancellation_date: seat.pending_cancellation_date,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        // The vendor's real name for each holder that has one (a later roster may correct it).
        for ((kind, identifier), seat) in w.roster.iter() {
            let (Some(name), Some(actor_id)) =
                (seat.display_name.as_deref(), actor_ids.get(&(*kind, identifier.clone())))
            else {
                continue;
            };
            diesel::update(actors::table.filter(actors::id.eq(*actor_id)))
                .set(actors::display_name.eq(name))
                .execute($conn) $($aw)* ?;
        }
        diesel::delete(seats::table.filter(seats::integration_id.eq(integration_id))).execute($conn) $($aw)* ?;
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            diesel::insert_into(seats::table).values(chunk).execute($conn) $($aw)* ?;
        }
        for statement in &w.after {
            diesel::sql_query(statement.as_str()).execute($conn) $($aw)* ?;
        }
        Ok::<_, StorageError>(rows.len())
    }};
}

/// Makes `roster` the stored seats of `integration_id`, in one transaction (a savepoint when `db`
/// is already one) that also reads the integration row; returns how many seats are stored. A
/// holder listed twice counts once (the last listing wins).
pub async fn replace_seats(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    roster: &[Seat],
    now: NaiveDateTime,
) -> Result<usize, StorageError> {
    let roster: BTreeMap<(ActorKind, String), Seat> =
        roster.iter().map(|s| ((s.actor.kind, s.actor.identifier.clone()), s.clone())).collect();
    db.into()
        .transaction(async move |mut tx| {
            let integration = super::integrations::get(&mut tx, integration_id).await?;
            let target = DayTarget {
                workspace_id: integration.workspace_id,
                provider: integration.provider.as_str(),
                integration_id,
                day: now.date(),
            };
            let mut after = rollups::link_email_actors(&target);
            after.push(rollups::name_persons_from_actors(&target));
            let write = SeatsWrite { integration_id, roster, now, after };
            db_run!(&mut tx, |conn| postgres {
                replace_seats_body!(conn, write, diesel_async::RunQueryDsl, [.await])
            } sqlite {
                on_blocking_pool(conn, move |conn| replace_seats_body!(conn, write, diesel::RunQueryDsl, [])).await
            })
        })
        .await
}

/// One stored seat with its holder, for checks and tools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSeat {
    /// The holder's kind of identifier.
    pub kind: ActorKind,
    /// The holder's email, login or API key name.
    pub identifier: String,
    /// The vendor's plan name, if it gives one.
    pub plan: Option<String>,
    /// When the vendor says the seat was assigned.
    pub assigned_at: Option<NaiveDateTime>,
    /// The vendor's last activity time for the seat, if it reports one.
    pub last_activity_at: Option<NaiveDateTime>,
}

/// Holder kind and identifier, plan, assigned at, last activity at.
type SeatRow = (ActorKind, String, Option<String>, Option<NaiveDateTime>, Option<NaiveDateTime>);

/// The stored seats of an integration, by holder identifier.
pub async fn list(db: impl Into<DbConn<'_>>, integration_id: i64) -> Result<Vec<StoredSeat>, StorageError> {
    use diesel_async::RunQueryDsl;
    let rows: Vec<SeatRow> = crate::db_run!(db, |conn| {
        Ok::<_, StorageError>(
            seats::table
                .inner_join(actors::table.on(actors::id.eq(seats::actor_id)))
                .filter(seats::integration_id.eq(integration_id))
                .order(actors::identifier)
                .select((
                    actors::kind,
                    actors::identifier,
                    seats::plan,
                    seats::assigned_at,
                    seats::last_activity_at,
                ))
                .load(conn)
                .await?,
        )
    })?;
    Ok(rows
        .into_iter()
        .map(|(kind, identifier, plan, assigned_at, last_activity_at)| StoredSeat {
            kind,
            identifier,
            plan,
            assigned_at,
            last_activity_at,
        })
        .collect())
}
