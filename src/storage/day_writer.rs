//! Writes one provider-day: actors, daily usage, breakdowns, teams and raw payloads, as one unit.
//!
//! This file deliberately imports no `RunQueryDsl` at module level: the PostgreSQL arm uses
//! diesel-async's, the SQLite arm synchronous diesel's, each inside its own block, around one
//! shared body (`write_day_body!`).
//!
//! The same transaction links new email actors to persons and rewrites the analytics rollups the
//! day feeds (`storage::analytics::rollups`): delete its contribution, re-aggregate it from the rows
//! just written. A re-synced day therefore replaces, never adds to, its rollup figures.

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, NaiveDateTime};
use diesel::{ExpressionMethods, Insertable, QueryDsl, QueryableByName};

use super::actor_ids::ensure_actors;
use super::analytics::rollups::{self, CumulativeRefresh, DayTarget};
use super::analytics::sql::{Dialect, MEASURES};
use super::schema::{actor_teams, daily_usage, raw_payloads, usage_breakdowns};
use super::{Db, StorageError};
use crate::domain::{ActorDay, ActorKey, Measures, ProviderDay};

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

#[derive(Insertable)]
#[diesel(table_name = daily_usage)]
struct NewDailyUsage<'a> {
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    active: bool,
    sessions: i64,
    interactions: i64,
    input_tokens: i64,
    output_tokens: i64,
    cache_read_tokens: i64,
    cache_write_tokens: i64,
    cost_millicents: i64,
    currency: &'a str,
    lines_added: i64,
    lines_removed: i64,
    lines_accepted: i64,
    suggestions_shown: i64,
    suggestions_accepted: i64,
    tool_accepted: i64,
    tool_rejected: i64,
    commits: i64,
    pull_requests: i64,
    updated_at: NaiveDateTime,
    lines_suggested: i64,
}

#[derive(Insertable)]
#[diesel(table_name = usage_breakdowns)]
struct NewBreakdown<'a> {
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    dimension: &'a str,
    value: &'a str,
    interactions: i64,
    input_tokens: i64,
    output_tokens: i64,
    cache_read_tokens: i64,
    cache_write_tokens: i64,
    cost_millicents: i64,
    lines_added: i64,
    lines_removed: i64,
    lines_accepted: i64,
    suggestions_shown: i64,
    suggestions_accepted: i64,
    lines_suggested: i64,
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
        provider: &integration.provider,
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

/// The rows of one day, ready to insert.
struct DayRows<'a> {
    /// Per actor id: active, and the measures.
    figures: BTreeMap<i64, (bool, Measures)>,
    usage: Vec<NewDailyUsage<'a>>,
    breakdowns: Vec<NewBreakdown<'a>>,
    teams: Vec<NewActorTeam<'a>>,
}

impl<'a> DayRows<'a> {
    fn build(
        merged: &'a BTreeMap<ActorKey, ActorDay>,
        actor_ids: &HashMap<(String, String), i64>,
        integration_id: i64,
        day: NaiveDate,
        currency: &'a str,
        now: NaiveDateTime,
    ) -> Result<Self, StorageError> {
        let mut rows = DayRows {
            figures: BTreeMap::new(),
            usage: Vec::with_capacity(merged.len()),
            breakdowns: Vec::new(),
            teams: Vec::new(),
        };
        for (key, actor_day) in merged {
            let actor_id = actor_ids
                .get(&(key.kind.as_str().to_owned(), key.identifier.clone()))
                .copied()
                .ok_or(StorageError::NotFound)?;
            rows.figures.insert(actor_id, (actor_day.active, actor_day.measures));
            rows.usage.push(new_daily_usage(integration_id, actor_id, day, actor_day, currency, now));
            for b in &actor_day.breakdowns {
                rows.breakdowns.push(new_breakdown(
                    integration_id,
                    actor_id,
                    day,
                    b.dimension.as_str(),
                    &b.value,
                    &b.measures,
                ));
            }
            for team in &actor_day.teams {
                rows.teams.push(NewActorTeam { integration_id, actor_id, day, team });
            }
        }
        Ok(rows)
    }
}

#[derive(Insertable)]
#[diesel(table_name = actor_teams)]
struct NewActorTeam<'a> {
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    team: &'a str,
}

#[derive(Insertable)]
#[diesel(table_name = raw_payloads)]
struct NewRawPayload<'a> {
    integration_id: i64,
    day: NaiveDate,
    endpoint: &'a str,
    payload: &'a str,
    fetched_at: NaiveDateTime,
}

/// A vendor may report one actor in several rows (Claude Code splits local and remote sessions):
/// sum them so each actor has one row per day, and one breakdown row per dimension value.
fn merge_actor_days(days: &[ActorDay]) -> BTreeMap<ActorKey, ActorDay> {
    let mut merged: BTreeMap<ActorKey, ActorDay> = BTreeMap::new();
    for day in days {
        let key = ActorKey { external_id: None, ..day.actor.clone() };
        match merged.get_mut(&key) {
            None => {
                let mut first = day.clone();
                first.breakdowns.clear();
                first.teams.clear();
                merged.insert(key.clone(), first);
            }
            Some(existing) => {
                existing.active |= day.active;
                existing.measures += day.measures;
            }
        }
        let entry = merged.get_mut(&key).expect("inserted above");
        if entry.actor.external_id.is_none() {
            entry.actor.external_id = day.actor.external_id.clone();
        }
        for b in &day.breakdowns {
            match entry.breakdowns.iter_mut().find(|e| e.dimension == b.dimension && e.value == b.value) {
                Some(e) => e.measures += b.measures,
                None => entry.breakdowns.push(b.clone()),
            }
        }
        for team in &day.teams {
            if !entry.teams.contains(team) {
                entry.teams.push(team.clone());
            }
        }
    }
    merged
}

fn new_daily_usage<'a>(
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    actor_day: &ActorDay,
    currency: &'a str,
    now: NaiveDateTime,
) -> NewDailyUsage<'a> {
    let m = &actor_day.measures;
    NewDailyUsage {
        integration_id,
        actor_id,
        day,
        active: actor_day.active,
        sessions: m.sessions,
        interactions: m.interactions,
        input_tokens: m.input_tokens,
        output_tokens: m.output_tokens,
        cache_read_tokens: m.cache_read_tokens,
        cache_write_tokens: m.cache_write_tokens,
        cost_millicents: m.cost_millicents,
        currency,
        lines_added: m.lines_added,
        lines_removed: m.lines_removed,
        lines_accepted: m.lines_accepted,
        suggestions_shown: m.suggestions_shown,
        suggestions_accepted: m.suggestions_accepted,
        tool_accepted: m.tool_accepted,
        tool_rejected: m.tool_rejected,
        commits: m.commits,
        pull_requests: m.pull_requests,
        updated_at: now,
        lines_suggested: m.lines_suggested,
    }
}

fn new_breakdown<'a>(
    integration_id: i64,
    actor_id: i64,
    day: NaiveDate,
    dimension: &'a str,
    value: &'a str,
    m: &Measures,
) -> NewBreakdown<'a> {
    NewBreakdown {
        integration_id,
        actor_id,
        day,
        dimension,
        value,
        interactions: m.interactions,
        input_tokens: m.input_tokens,
        output_tokens: m.output_tokens,
        cache_read_tokens: m.cache_read_tokens,
        cache_write_tokens: m.cache_write_tokens,
        cost_millicents: m.cost_millicents,
        lines_added: m.lines_added,
        lines_removed: m.lines_removed,
        lines_accepted: m.lines_accepted,
        suggestions_shown: m.suggestions_shown,
        suggestions_accepted: m.suggestions_accepted,
        lines_suggested: m.lines_suggested,
    }
}
