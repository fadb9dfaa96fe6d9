//! Writes one provider-day: actors, daily usage, breakdowns, teams and raw payloads, as one unit.
//!
//! This file deliberately imports no `RunQueryDsl` at module level: the PostgreSQL arm uses
//! diesel-async's, the SQLite arm synchronous diesel's, each inside its own block, around one
//! shared body (`write_day_body!`).
//!
//! The same transaction links new email actors to persons and rewrites the analytics rollups the
//! day feeds (`storage::analytics::rollups`): delete its contribution, re-aggregate it from the rows
//! just written. A re-synced day therefore replaces, never adds to, its rollup figures.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, QueryDsl, QueryableByName};

use super::actor_ids::ensure_actors;
use super::analytics::rollups::{self, CumulativeRefresh, DayTarget};
use super::analytics::sql::{Dialect, MEASURES};
use super::day_rows::{DayRows, NewRawPayload, merge_actor_days};
use super::schema::{actor_teams, daily_usage, raw_payloads, usage_breakdowns};
use super::{Db, StorageError};
use crate::domain::{Measures, ProviderDay};

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

/// The statements of [`write_day`], once for both backends; `[.await]` or `[]` says how each
/// statement completes.
macro_rules! write_day_body {
    ($conn:ident, $integration_id:ident, $date:ident, $merged:ident, $raw:expr, $currency:ident, $now:ident, $after:ident, $stored:ident, $cumulative:ident, $dsl:path, [$($aw:tt)*]) => {{
        use $dsl as _;
        let actor_ids = ensure_actors!($conn, $integration_id, $merged.values().map(|day| &day.actor), $now, [$($aw)*]);
        let rows = DayRows::build(&$merged, &actor_ids, $integration_id, $date, $currency, $now)?;
        let stored: Vec<StoredFigures> = diesel::sql_query($stored.as_str()).load($conn) $($aw)* ?;
        let changed = changed_actors(stored, &rows.figures);

        diesel::delete(
            usage_breakdowns::table
                .filter(usage_breakdowns::integration_id.eq($integration_id))
                .filter(usage_breakdowns::day.eq($date)),
        )
        .execute($conn) $($aw)* ?;
        diesel::delete(
            daily_usage::table
                .filter(daily_usage::integration_id.eq($integration_id))
                .filter(daily_usage::day.eq($date)),
        )
        .execute($conn) $($aw)* ?;
        diesel::delete(
            actor_teams::table
                .filter(actor_teams::integration_id.eq($integration_id))
                .filter(actor_teams::day.eq($date)),
        )
        .execute($conn) $($aw)* ?;
        diesel::delete(
            raw_payloads::table
                .filter(raw_payloads::integration_id.eq($integration_id))
                .filter(raw_payloads::day.eq($date)),
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
        let raw_rows: Vec<NewRawPayload<'_>> = $raw
            .iter()
            .map(|raw| NewRawPayload {
                integration_id: $integration_id,
                day: $date,
                endpoint: raw.endpoint.as_str(),
                payload: raw.body.as_str(),
                fetched_at: $now,
            })
            .collect();
        // Raw bodies can be large: a few per statement keeps each statement reasonable.
        for chunk in raw_rows.chunks(16) {
            diesel::insert_into(raw_payloads::table).values(chunk).execute($conn) $($aw)* ?;
        }
        for statement in $after.iter().chain(&$cumulative.statements(&changed)) {
            diesel::sql_query(statement.as_str()).execute($conn) $($aw)* ?;
        }
        Ok(DayWritten { actors: rows.usage.len(), breakdowns: rows.breakdowns.len() })
    }};
}

/// Replaces everything stored for `(integration_id, day.day)` with `day`, in one transaction:
/// a re-sync of a day never doubles it, and a failure leaves the previous version intact.
///
/// Rows go in as multi-row INSERTs. diesel-async cannot express a multi-row INSERT for SQLite
/// (diesel implements it only for its synchronous connection), so on SQLite the same body runs
/// with synchronous diesel on the blocking pool, inside an IMMEDIATE transaction so concurrent
/// writers wait on the busy timeout instead of failing on a lock upgrade.
pub async fn write_day(
    db: &Db,
    integration_id: i64,
    day: &ProviderDay,
    currency: &str,
    now: NaiveDateTime,
) -> Result<DayWritten, StorageError> {
    let merged = merge_actor_days(&day.actors);
    let date = day.day;
    let integration = super::integrations::get(db, integration_id).await?;
    let target = DayTarget {
        workspace_id: integration.workspace_id,
        provider: integration.provider.as_str(),
        integration_id,
        day: date,
    };
    let dialect = Dialect(db.backend());
    let mut after = rollups::link_email_actors(&target);
    after.extend(rollups::refresh_day(dialect, &target));
    let cumulative = CumulativeRefresh::new(dialect, &target);
    let stored = format!(
        "SELECT actor_id, active, {} FROM daily_usage WHERE integration_id = {integration_id} AND day = {}",
        MEASURES.join(", "),
        dialect.date(date)
    );
    match db {
        Db::Postgres(pool) => {
            use diesel_async::AsyncConnection;
            let mut pooled = pool.get().await.map_err(StorageError::pool)?;
            let conn = &mut *pooled;
            let workspace_id = integration.workspace_id;
            conn.transaction::<_, StorageError, _>(async |conn| {
                // The rollups aggregate across a workspace's integrations: its writers take turns,
                // so each recomputation sees the rows the other committed. (SQLite's IMMEDIATE
                // transactions already serialise every writer.)
                let lock = diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
                    .bind::<diesel::sql_types::BigInt, _>(workspace_id);
                diesel_async::RunQueryDsl::execute(lock, conn).await?;
                write_day_body!(conn, integration_id, date, merged, day.raw, currency, now, after, stored, cumulative, diesel_async::RunQueryDsl, [.await])
            })

            .await
        }
        Db::Sqlite(pool) => {
            let mut conn = pool.get().await.map_err(StorageError::pool)?;
            let raw = day.raw.clone();
            let currency = currency.to_owned();
            let outcome = conn
                .spawn_blocking(move |conn| {
                    let currency = currency.as_str();
                    let result = conn.immediate_transaction::<_, StorageError, _>(|conn| {
                        write_day_body!(
                            conn,
                            integration_id,
                            date,
                            merged,
                            raw,
                            currency,
                            now,
                            after,
                            stored,
                            cumulative,
                            diesel::RunQueryDsl,
                            []
                        )
                    });
                    // The blocking API only carries diesel errors: smuggle ours through `Ok`.
                    Ok(result)
                })
                .await;
            outcome?
        }
    }
}
