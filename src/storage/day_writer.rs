//! Writes one provider-day: actors, daily usage, breakdowns, teams and raw payloads, as one unit.
//!
//! This file deliberately imports no `RunQueryDsl` at module level: the PostgreSQL arm uses
//! diesel-async's, the SQLite arm synchronous diesel's, each inside its own arm of `db_run!`,
//! around one shared body (`write_day_body!`) over one prepared [`DayWrite`].
//!
//! The same transaction links new email actors to persons and rewrites the analytics rollups the
//! day feeds (`storage::analytics::rollups`): delete its contribution, re-aggregate it from the rows
//! just written. A re-synced day therefore replaces, never adds to, its rollup figures.

use std::collections::BTreeMap;

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::{ExpressionMethods, QueryDsl, QueryableByName};

use super::actor_ids::ensure_actors;
use super::analytics::rollups::{self, CumulativeRefresh, DayTarget};
use super::analytics::sql::{Dialect, MEASURES};
use super::day_rows::{DayRows, NewRawPayload, merge_actor_days};
use super::pool::on_blocking_pool;
use super::schema::{actor_teams, daily_usage, raw_payloads, usage_breakdowns};
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::{ActorDay, ActorKey, Measures, ProviderDay, RawPayload};

/// Rows per multi-row INSERT: under both SQLite's 32,766 and PostgreSQL's 65,535 bind limits for
/// the widest table (23 columns).
pub(super) const ROWS_PER_INSERT: usize = 500;

/// An actor's stored row of the day, as the write found it.
#[derive(QueryableByName)]
struct StoredFigures {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    actor_id: i64,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    active: bool,
    #[diesel(embed)]
    measures: Measures,
}

/// Actors whose row of the day the write adds, removes or changes: only their running totals
/// depend on it.
fn changed_actors(stored: Vec<StoredFigures>, new: &BTreeMap<i64, (bool, Measures)>) -> Vec<i64> {
    let old: BTreeMap<i64, (bool, Measures)> =
        stored.into_iter().map(|s| (s.actor_id, (s.active, s.measures))).collect();
    let mut changed: Vec<i64> =
        old.iter().filter(|(id, f)| new.get(id) != Some(f)).map(|(id, _)| *id).collect();
    changed.extend(new.keys().filter(|id| !old.contains_key(id)));
    changed.sort_unstable();
    changed
}

/// What one [`write_day`] stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayWritten {
    /// Actor-day rows written.
    pub actors: usize,
    /// Breakdown rows written.
    pub breakdowns: usize,
}

/// Everything [`write_day`] stores for one day, prepared before its statements run. It owns what
/// it holds (the payloads borrowed while PostgreSQL writes, copied for SQLite's blocking pool).
struct DayWrite<'d> {
    integration_id: i64,
    date: NaiveDate,
    merged: BTreeMap<ActorKey, ActorDay>,
    raw: Cow<'d, [RawPayload]>,
    currency: Cow<'d, str>,
    now: NaiveDateTime,
    /// Rollup statements to run after the rows: link email actors, refresh the day's figures.
    after: Vec<String>,
    /// The query reading the day's stored figures per actor, before they are replaced.
    stored: String,
    cumulative: CumulativeRefresh,
}

impl DayWrite<'_> {
    fn into_owned(self) -> DayWrite<'static> {
        DayWrite {
            raw: Cow::Owned(self.raw.into_owned()),
            currency: Cow::Owned(self.currency.into_owned()),
            ..self
        }
    }
}

/// The statements of [`write_day`], once for both backends: `$dsl` is the `RunQueryDsl` to use
/// and `[.await]` or `[]` says how each statement completes.
macro_rules! write_day_body {
    ($conn:ident, $write:ident, $dsl:path, [$($aw:tt)*]) => {{
        use $dsl as _;
        let w = &$write;
        let integration_id = w.integration_id;
        let actor_ids = ensure_actors!($conn, integration_id, w.merged.values().map(|day| &day.actor), w.now, [$($aw)*]);
        let rows = DayRows::build(&w.merged, &actor_ids, integration_id, w.date, &w.currency, w.now)?;
        let stored: Vec<StoredFigures> = diesel::sql_query(w.stored.as_str()).load($conn) $($aw)* ?;
        let changed = changed_actors(stored, &rows.figures);

        diesel::delete(
            usage_breakdowns::table
                .filter(usage_breakdowns::integration_id.eq(integration_id))
                .filter(usage_breakdowns::day.eq(w.date)),
        )
        .execute($conn) $($aw)* ?;
        diesel::delete(
            daily_usage::table
                .filter(daily_usage::integration_id.eq(integration_id))
                .filter(daily_usage::day.eq(w.date)),
        )
        .execute($conn) $($aw)* ?;
        diesel::delete(
            actor_teams::table
                .filter(actor_teams::integration_id.eq(integration_id))
                .filter(actor_teams::day.eq(w.date)),
        )
        .execute($conn) $($aw)* ?;
        diesel::delete(
            raw_payloads::table
                .filter(raw_payloads::integration_id.eq(integration_id))
                .filter(raw_payloads::day.eq(w.date)),
        )
        .execute($conn) $($aw)* ?;

        for chunk in rows.usage.chunks(ROWS_PER_INSERT) {
            diesel::insert_into(daily_usage::table).values(chunk).execute($conn) $($aw)* ?;
        }
        for chunk in rows.breakdowns.chunks(ROWS_PER_INSERT) {
            diesel::insert_into(usage_breakdowns::table).values(chunk).execute($conn) $($aw)* ?;
        }
        for chunk in rows.teams.chunks(ROWS_PER_INSERT) {
            diesel::insert_into(actor_teams::table).values(chunk).execute($conn) $($aw)* ?;
        }
        let raw_rows: Vec<NewRawPayload<'_>> = w
            .raw
            .iter()
            .map(|raw| NewRawPayload {
                integration_id,
                day: w.date,
                endpoint: raw.endpoint.as_str(),
                payload: raw.body.as_str(),
                fetched_at: w.now,
            })
            .collect();
        // Raw bodies can be large: a few per statement keeps each statement reasonable.
        for chunk in raw_rows.chunks(16) {
            diesel::insert_into(raw_payloads::table).values(chunk).execute($conn) $($aw)* ?;
        }
        for statement in w.after.iter().chain(&w.cumulative.statements(&changed)) {
            diesel::sql_query(statement.as_str()).execute($conn) $($aw)* ?;
        }
        Ok::<_, StorageError>(DayWritten { actors: rows.usage.len(), breakdowns: rows.breakdowns.len() })
    }};
}

/// Replaces everything stored for `(integration_id, day.day)` with `day`, in one transaction (a
/// savepoint when `db` is already one): a re-sync of a day never doubles it, and a failure leaves
/// the previous version intact. The integration row is read inside that transaction.
///
/// Rows go in as multi-row INSERTs. diesel-async cannot express a multi-row INSERT for SQLite
/// (diesel implements it only for its synchronous connection), so on SQLite the same body runs
/// with synchronous diesel on the blocking pool, on the transaction's connection (an IMMEDIATE
/// transaction, see `storage::conn`).
pub async fn write_day(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: &ProviderDay,
    currency: &str,
    now: NaiveDateTime,
) -> Result<DayWritten, StorageError> {
    db.into()
        .transaction(async |mut tx| {
            let integration = super::integrations::get(&mut tx, integration_id).await?;
            let target = DayTarget {
                workspace_id: integration.workspace_id,
                provider: integration.provider.as_str(),
                integration_id,
                day: day.day,
            };
            let dialect = Dialect(tx.backend());
            let mut after = rollups::link_email_actors(&target);
            after.extend(rollups::refresh_day(dialect, &target));
            let write = DayWrite {
                integration_id,
                date: day.day,
                merged: merge_actor_days(&day.actors),
                raw: Cow::Borrowed(&day.raw),
                currency: Cow::Borrowed(currency),
                now,
                after,
                stored: format!(
                    "SELECT actor_id, active, {} FROM daily_usage WHERE integration_id = {integration_id} AND day = {}",
                    MEASURES.join(", "),
                    dialect.date(day.day)
                ),
                cumulative: CumulativeRefresh::new(dialect, &target),
            };
            db_run!(&mut tx, |conn| postgres {
                // The rollups aggregate across a workspace's integrations: its writers take turns,
                // so each recomputation sees the rows the other committed. (SQLite's IMMEDIATE
                // transactions already serialise every writer.)
                let lock = diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
                    .bind::<diesel::sql_types::BigInt, _>(integration.workspace_id);
                diesel_async::RunQueryDsl::execute(lock, conn).await?;
                write_day_body!(conn, write, diesel_async::RunQueryDsl, [.await])
            } sqlite {
                let write = write.into_owned();
                on_blocking_pool(conn, move |conn| write_day_body!(conn, write, diesel::RunQueryDsl, [])).await
            })
        })
        .await
}
