//! Aggregates for the dashboard, computed in the database.
//!
//! Workspace-wide questions read the rollups (`usage_rollup_daily`, `usage_rollup_breakdown_daily`,
//! `usage_rollup_person_day`; distinct people from `usage_rollup_person_month` bitmaps and
//! `usage_rollup_workspace_day` counts): a year is a few thousand rows whatever the team size. Questions about
//! some actors (a person, a team, a member's own rows) read `daily_usage` for those actors only.
//! Per-person totals read `usage_rollup_actor_cumulative`: per actor, its running totals on the
//! range's last written day minus those on the last written day before it. Every function here is one SQL statement that returns
//! at most a few thousand grouped rows; the service never sums raw rows.

pub mod identities;
pub mod people;
pub mod rollups;
pub mod sql;

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Date, Nullable, Text};
use diesel_async::RunQueryDsl;

use self::sql::{
    Dialect, MEASURES, id_list, metric_columns, provider_list, sum_breakdown_measures, sum_measures,
};
use super::{Backend, Db, StorageError};
use crate::db_run;
use crate::domain::{Dimension, Granularity, Identities, Measures, Metric, Provider};

/// What an analytics query covers: a workspace, inclusive UTC days, and optional restrictions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The workspace whose usage is asked about.
    pub workspace_id: i64,
    /// First UTC day (included).
    pub from: NaiveDate,
    /// Last UTC day (included).
    pub to: NaiveDate,
    /// Only these tools (empty: all).
    pub providers: Vec<Provider>,
    /// Only these integrations (empty: all).
    pub integration_ids: Vec<i64>,
    /// Only these actors; `None` for everyone. Person, team and own-rows filters resolve to this.
    pub actor_ids: Option<Vec<i64>>,
    /// Which identities people figures (distinct people, the per-person totals, seats) count.
    /// Measures are usage and ignore it: they always include every identity.
    pub identities: Identities,
}

impl Scope {
    /// The same restrictions over other days.
    pub fn with_days(&self, from: NaiveDate, to: NaiveDate) -> Scope {
        Scope { from, to, ..self.clone() }
    }

    /// True when the answer needs per-actor rows rather than workspace rollups.
    fn per_actor(&self) -> bool {
        self.actor_ids.is_some()
    }

    /// Restricted to fewer than all tools or integrations.
    fn narrowed(&self) -> bool {
        !self.providers.is_empty() || !self.integration_ids.is_empty()
    }

    /// `WHERE` conditions on a table with `workspace_id`, `integration_id`, `provider` columns
    /// (the rollups), for days `[from, to]` of column `day_col`.
    fn rollup_where(&self, d: Dialect, alias: &str, day_col: &str, from: NaiveDate, to: NaiveDate) -> String {
        let mut w = format!(
            "{alias}.workspace_id = {} AND {alias}.{day_col} BETWEEN {} AND {}",
            self.workspace_id,
            d.date(from),
            d.date(to)
        );
        self.push_common(&mut w, &format!("{alias}.provider"), &format!("{alias}.integration_id"));
        w
    }

    /// `WHERE` conditions on `daily_usage du JOIN integrations i` (and any actor-keyed table).
    fn raw_where(&self, d: Dialect, alias: &str, from: NaiveDate, to: NaiveDate) -> String {
        let mut w = format!(
            "i.workspace_id = {} AND {alias}.day BETWEEN {} AND {}",
            self.workspace_id,
            d.date(from),
            d.date(to)
        );
        self.push_common(&mut w, "i.provider", &format!("{alias}.integration_id"));
        if let Some(actors) = &self.actor_ids {
            push_actor_filter(&mut w, &format!("{alias}.actor_id"), actors);
        }
        w
    }

    fn push_common(&self, w: &mut String, provider_col: &str, integration_col: &str) {
        if !self.providers.is_empty() {
            w.push_str(&format!(" AND {provider_col} IN ({})", provider_list(&self.providers)));
        }
        if !self.integration_ids.is_empty() {
            w.push_str(&format!(" AND {integration_col} IN ({})", id_list(&self.integration_ids)));
        }
    }
}

fn push_actor_filter(w: &mut String, col: &str, actors: &[i64]) {
    if actors.is_empty() {
        w.push_str(" AND 1 = 0");
    } else {
        w.push_str(&format!(" AND {col} IN ({})", id_list(actors)));
    }
}

/// One tool's measures on one day.
#[derive(Debug, Clone, QueryableByName)]
pub struct DayTotals {
    #[diesel(sql_type = Date)]
    /// The UTC day.
    pub day: NaiveDate,
    #[diesel(sql_type = Text)]
    /// The tool (`claude_code`, `copilot`, `cursor`).
    pub provider: String,
    /// Actor-days the vendor counted as active (a person using two tools counts twice).
    #[diesel(sql_type = BigInt)]
    pub active_actors: i64,
    #[diesel(embed)]
    /// Every measure summed over the tool's rows that day.
    pub sums: Measures,
}

/// Per day and tool over the scope, days without data absent.
pub async fn day_totals(db: &Db, scope: &Scope) -> Result<Vec<DayTotals>, StorageError> {
    let d = Dialect(db.backend());
    let text = if scope.per_actor() {
        format!(
            "SELECT du.day AS day, i.provider AS provider, \
             CAST(COALESCE(SUM(CASE WHEN du.active THEN 1 ELSE 0 END), 0) AS BIGINT) AS active_actors, {} \
             FROM daily_usage du JOIN integrations i ON i.id = du.integration_id \
             WHERE {} GROUP BY du.day, i.provider ORDER BY du.day",
            sum_measures("du"),
            scope.raw_where(d, "du", scope.from, scope.to)
        )
    } else {
        format!(
            "SELECT r.day AS day, r.provider AS provider, \
             CAST(COALESCE(SUM(r.active_actors), 0) AS BIGINT) AS active_actors, {} \
             FROM usage_rollup_daily r WHERE {} GROUP BY r.day, r.provider ORDER BY r.day",
            sum_measures("r"),
            scope.rollup_where(d, "r", "day", scope.from, scope.to)
        )
    };
    load(db, text).await
}

/// Distinct active people in one bucket (and tool, when split).
#[derive(Debug, Clone, QueryableByName)]
pub struct BucketPeople {
    #[diesel(sql_type = Date)]
    /// First day of the bucket.
    pub bucket: NaiveDate,
    #[diesel(sql_type = Text)]
    /// The tool, or empty when not split by tool.
    pub provider: String,
    #[diesel(sql_type = BigInt)]
    /// Distinct people active in the bucket.
    pub people: i64,
}

/// Distinct active people per bucket; `provider` is empty unless `split_by_provider`.
pub async fn active_people_by_bucket(
    db: &Db,
    scope: &Scope,
    granularity: Granularity,
    split_by_provider: bool,
) -> Result<Vec<BucketPeople>, StorageError> {
    let d = Dialect(db.backend());
    let whole_workspace = !scope.per_actor() && !scope.narrowed() && !split_by_provider;
    let who = scope.identities;
    let text = if whole_workspace && granularity == Granularity::Day {
        let count = identities::workspace_day_count(who, "w");
        format!(
            "SELECT w.day AS bucket, '' AS provider, {count} AS people \
             FROM usage_rollup_workspace_day w WHERE w.workspace_id = {} AND w.day BETWEEN {} AND {} \
             AND {count} > 0 ORDER BY w.day",
            scope.workspace_id,
            d.date(scope.from),
            d.date(scope.to)
        )
    } else if whole_workspace && granularity == Granularity::Month {
        // A month bucket holds the range's days of that month: the first and last may be partial.
        let masks = sql::month_masks(scope.from, scope.to);
        format!(
            "SELECT p.month AS bucket, '' AS provider, CAST(COUNT(*) AS BIGINT) AS people \
             FROM usage_rollup_person_month p WHERE p.workspace_id = {} AND p.month BETWEEN {} AND {} \
             AND (p.days & {}) <> 0{} GROUP BY p.month ORDER BY p.month",
            scope.workspace_id,
            d.date(masks[0].0),
            d.date(masks[masks.len() - 1].0),
            mask_case(d, "p.month", &masks),
            identities::rollup_condition(who, "p")
        )
    } else if whole_workspace {
        let bucket = d.bucket_start("p.day", granularity);
        format!(
            "SELECT {bucket} AS bucket, '' AS provider, CAST(COUNT(DISTINCT p.person_key) AS BIGINT) AS people \
             FROM usage_rollup_person_day p WHERE p.workspace_id = {} AND p.day BETWEEN {} AND {}{} \
             GROUP BY 1 ORDER BY 1",
            scope.workspace_id,
            d.date(scope.from),
            d.date(scope.to),
            identities::rollup_condition(who, "p")
        )
    } else {
        let bucket = d.bucket_start("du.day", granularity);
        let provider = if split_by_provider { "i.provider" } else { "''" };
        format!(
            "SELECT {bucket} AS bucket, {provider} AS provider, \
             CAST(COUNT(DISTINCT {}) AS BIGINT) AS people \
             FROM daily_usage du JOIN actors a ON a.id = du.actor_id JOIN integrations i ON i.id = du.integration_id \
             WHERE {} AND du.active{} GROUP BY 1, 2 ORDER BY 1",
            identities::person_key("a"),
            scope.raw_where(d, "du", scope.from, scope.to),
            identities::actor_condition(who, "a")
        )
    };
    load(db, text).await
}

#[derive(QueryableByName)]
struct Counts {
    #[diesel(sql_type = Text)]
    counts: String,
}

/// Distinct active people in each of `windows` (inclusive day ranges), in one statement.
pub async fn distinct_people(
    db: &Db,
    scope: &Scope,
    windows: &[(NaiveDate, NaiveDate)],
) -> Result<Vec<i64>, StorageError> {
    let Some(lo) = windows.iter().map(|w| w.0).min() else { return Ok(vec![]) };
    let hi = windows.iter().map(|w| w.1).max().unwrap_or(lo);
    let d = Dialect(db.backend());
    let text = if !scope.per_actor() && !scope.narrowed() {
        // Per person, whether any of their month bitmaps meets each window's days; then summed.
        let flags: Vec<String> = windows
            .iter()
            .enumerate()
            .map(|(n, (from, to))| {
                format!(
                    "MAX(CASE WHEN (p.days & {}) <> 0 THEN 1 ELSE 0 END) AS w{n}",
                    mask_case(d, "p.month", &sql::month_masks(*from, *to))
                )
            })
            .collect();
        let sums: Vec<String> =
            (0..windows.len()).map(|n| format!("CAST(COALESCE(SUM(q.w{n}), 0) AS TEXT)")).collect();
        format!(
            "SELECT {} AS counts FROM (SELECT {} FROM usage_rollup_person_month p \
             WHERE p.workspace_id = {} AND p.month BETWEEN {} AND {}{} GROUP BY p.person_key) q",
            sums.join(" || ',' || "),
            flags.join(", "),
            scope.workspace_id,
            d.date(sql::month_start(lo)),
            d.date(sql::month_start(hi)),
            identities::rollup_condition(scope.identities, "p")
        )
    } else {
        distinct_people_raw(d, scope, windows, lo, hi)
    };
    let rows: Vec<Counts> = load(db, text).await?;
    let counts = rows.into_iter().next().map(|r| r.counts).unwrap_or_default();
    counts
        .split(',')
        .map(|c| c.parse::<i64>().map_err(|_| StorageError::Corrupt(format!("count {c:?}"))))
        .collect()
}

/// `CASE month_col WHEN <month> THEN <bitmap> … ELSE 0 END`: the days of `masks` in a row's month.
fn mask_case(d: Dialect, month_col: &str, masks: &[(NaiveDate, i64)]) -> String {
    let arms: Vec<String> =
        masks.iter().map(|(month, mask)| format!("WHEN {} THEN {mask}", d.date(*month))).collect();
    format!("(CASE {month_col} {} ELSE 0 END)", arms.join(" "))
}

/// [`distinct_people`] over `daily_usage`, for scopes the workspace rollups cannot answer.
fn distinct_people_raw(
    d: Dialect,
    scope: &Scope,
    windows: &[(NaiveDate, NaiveDate)],
    lo: NaiveDate,
    hi: NaiveDate,
) -> String {
    let (day, key) = ("du.day", identities::person_key("a"));
    let source = format!(
        "daily_usage du JOIN actors a ON a.id = du.actor_id JOIN integrations i ON i.id = du.integration_id \
         WHERE {} AND du.active{}",
        scope.raw_where(d, "du", lo, hi),
        identities::actor_condition(scope.identities, "a")
    );
    // The counts travel as one comma-separated text so one row type fits any number of windows.
    let concat = " || ',' || ";
    let parts: Vec<String> = windows
        .iter()
        .map(|(from, to)| {
            format!(
                "CAST(COUNT(DISTINCT CASE WHEN {day} BETWEEN {} AND {} THEN {key} END) AS TEXT)",
                d.date(*from),
                d.date(*to)
            )
        })
        .collect();
    format!("SELECT {} AS counts FROM {source}", parts.join(concat))
}

/// One value of a dimension with its measures.
#[derive(Debug, Clone, QueryableByName)]
pub struct KeyTotals {
    #[diesel(sql_type = Text)]
    /// The dimension's value (a model, editor, language, feature or team name, or a person key).
    pub key: String,
    /// Distinct people behind the row (teams only; 0 elsewhere).
    #[diesel(sql_type = BigInt)]
    pub people: i64,
    /// Actor-days behind the row: with usage of the dimension value, or active (teams).
    #[diesel(sql_type = BigInt)]
    pub active_days: i64,
    #[diesel(embed)]
    /// Every measure summed over the row.
    pub sums: Measures,
}

/// Totals per value of a vendor dimension (model, editor, language, feature).
pub async fn dimension_totals(
    db: &Db,
    scope: &Scope,
    dimension: Dimension,
) -> Result<Vec<KeyTotals>, StorageError> {
    let d = Dialect(db.backend());
    let dim = dimension.as_str();
    let text = if scope.per_actor() {
        format!(
            "SELECT ub.value AS key, CAST(0 AS BIGINT) AS people, CAST(COUNT(*) AS BIGINT) AS active_days, {} \
             FROM usage_breakdowns ub JOIN integrations i ON i.id = ub.integration_id \
             WHERE {} AND ub.dimension = '{dim}' GROUP BY ub.value",
            sum_breakdown_measures("ub"),
            scope.raw_where(d, "ub", scope.from, scope.to)
        )
    } else {
        format!(
            "SELECT r.value AS key, CAST(0 AS BIGINT) AS people, \
             CAST(COALESCE(SUM(r.actor_days), 0) AS BIGINT) AS active_days, {} \
             FROM usage_rollup_breakdown_daily r WHERE {} AND r.dimension = '{dim}' GROUP BY r.value",
            sum_breakdown_measures("r"),
            scope.rollup_where(d, "r", "day", scope.from, scope.to)
        )
    };
    load(db, text).await
}

/// Totals per team, with distinct people: all the range's usage of the actors the vendor ever
/// placed in the team, the same figures as a `teams` filter of that one team (so a breakdown row
/// never differs from a filter's answer by part of someone's usage).
pub async fn team_totals(db: &Db, scope: &Scope) -> Result<Vec<KeyTotals>, StorageError> {
    let d = Dialect(db.backend());
    // People behind a team row are the identities the scope counts; its measures are everyone's.
    let counted = identities::actor_predicate(scope.identities, "a");
    let text = format!(
        "SELECT t.team AS key, CAST(COUNT(DISTINCT CASE WHEN {counted} THEN {} END) AS BIGINT) AS people, \
         CAST(COALESCE(SUM(CASE WHEN du.active THEN 1 ELSE 0 END), 0) AS BIGINT) AS active_days, {} \
         FROM (SELECT DISTINCT integration_id, actor_id, team FROM actor_teams \
         WHERE integration_id IN (SELECT id FROM integrations WHERE workspace_id = {})) t \
         JOIN daily_usage du ON du.actor_id = t.actor_id AND du.integration_id = t.integration_id \
         JOIN actors a ON a.id = du.actor_id JOIN integrations i ON i.id = du.integration_id \
         WHERE {} GROUP BY t.team",
        identities::person_key("a"),
        sum_measures("du"),
        scope.workspace_id,
        scope.raw_where(d, "du", scope.from, scope.to)
    );
    load(db, text).await
}

/// How much [`person_tool_totals`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The ranking metric only: enough to order everyone.
    Ranking,
    /// Every measure too.
    AllMeasures,
}

/// One actor's use over the scope.
#[derive(QueryableByName)]
struct ActorRank {
    #[diesel(sql_type = BigInt)]
    actor_id: i64,
    #[diesel(sql_type = BigInt)]
    person_key: i64,
    #[diesel(sql_type = Text)]
    provider: String,
    /// Days with a row in the range: 0 for an actor without any.
    #[diesel(sql_type = BigInt)]
    row_days: i64,
    #[diesel(sql_type = BigInt)]
    active_days: i64,
    #[diesel(sql_type = Nullable<Date>)]
    last_active_day: Option<NaiveDate>,
    /// The ranking metric's columns summed (0 for active users, who rank by active days).
    #[diesel(sql_type = BigInt)]
    value: i64,
}

#[derive(QueryableByName)]
struct ActorTotals {
    #[diesel(embed)]
    rank: ActorRank,
    #[diesel(embed)]
    sums: Measures,
}

/// One person's use of one tool over the scope.
#[derive(Debug, Clone)]
pub struct PersonToolTotals {
    /// The person's id, or minus the actor's id for an unlinked actor.
    pub person_key: i64,
    /// The tool (`claude_code`, `copilot`, `cursor`).
    pub provider: String,
    /// The person's actors on this tool that have rows in the range.
    pub actor_ids: Vec<i64>,
    /// Days the vendor counted one of the person's actors active on this tool.
    pub active_days: i64,
    /// The last such day in the range.
    pub last_active_day: Option<NaiveDate>,
    /// The ranking metric (for active users: the active days).
    pub value: i64,
    /// Every measure, with [`Detail::AllMeasures`].
    pub sums: Option<Measures>,
}

/// Per person and tool: running totals from `usage_rollup_actor_cumulative` at the range's last
/// written day minus those at the last written day before it. A leaderboard ranks everyone by
/// `metric` and needs every measure only for the page it shows: with [`Detail::Ranking`] a row
/// carries one value instead of sixteen.
pub async fn person_tool_totals(
    db: &Db,
    scope: &Scope,
    metric: Metric,
    detail: Detail,
) -> Result<Vec<PersonToolTotals>, StorageError> {
    let d = Dialect(db.backend());
    let from = d.date(scope.from);
    // Per integration: its last written day in the range (none: no rows in the range) and its last
    // written day before the range.
    let bounds = format!(
        "SELECT r.integration_id AS integration_id, MAX(r.day) AS hi, \
         (SELECT MAX(p.day) FROM usage_rollup_daily p WHERE p.integration_id = r.integration_id AND p.day < {from}) AS lo \
         FROM usage_rollup_daily r WHERE {} GROUP BY r.integration_id",
        scope.rollup_where(d, "r", "day", scope.from, scope.to)
    );
    let actors_of = |alias: &str| {
        let mut w = String::new();
        if let Some(ids) = &scope.actor_ids {
            push_actor_filter(&mut w, &format!("{alias}.actor_id"), ids);
        }
        w
    };
    // Per actor: its running totals at the range's last written day (h) minus those before the
    // range (l; none for an actor new in the range). Summed per person and tool here rather than
    // by a GROUP BY: on PostgreSQL, SUM over BIGINT goes through NUMERIC, which costs more than
    // the statement's reads. Actors without rows in the range (same row count on both sides) are
    // dropped here too: filtering them in SQL made PostgreSQL misjudge the row count and look up
    // each actor by index instead of hashing them.
    let diff = |m: &str| format!("h.{m} - COALESCE(l.{m}, 0)");
    let (key, counted) = (identities::person_key("a"), identities::actor_predicate(scope.identities, "a"));
    let value = match metric_columns(metric) {
        [] => "CAST(0 AS BIGINT)".to_owned(),
        columns => columns.iter().map(|m| format!("({})", diff(m))).collect::<Vec<_>>().join(" + "),
    };
    let mut measures = format!("{value} AS value");
    if detail == Detail::AllMeasures {
        for m in MEASURES {
            measures.push_str(&format!(", {} AS {m}", diff(m)));
        }
    }
    let from_sides = match db.backend() {
        // Two index ranges per integration, matched by actor in a hash join.
        Backend::Postgres => {
            let side = |day: &str| {
                format!(
                    "SELECT c.* FROM k JOIN usage_rollup_actor_cumulative c \
                     ON c.integration_id = k.integration_id AND c.day = k.{day}{}",
                    actors_of("c")
                )
            };
            format!("({}) h LEFT JOIN ({}) l ON l.actor_id = h.actor_id", side("hi"), side("lo"))
        }
        // SQLite would materialize the joined subqueries: one index range, then a lookup per actor.
        Backend::Sqlite => format!(
            "k JOIN usage_rollup_actor_cumulative h ON h.integration_id = k.integration_id \
             AND h.day = k.hi{} LEFT JOIN usage_rollup_actor_cumulative l ON l.integration_id = k.integration_id \
             AND l.day = k.lo AND l.actor_id = h.actor_id",
            actors_of("h")
        ),
    };
    let text = format!(
        "WITH k AS ({bounds}) \
         SELECT h.actor_id AS actor_id, {key} AS person_key, h.provider AS provider, \
         h.row_days - COALESCE(l.row_days, 0) AS row_days, h.active_days - COALESCE(l.active_days, 0) AS active_days, \
         CASE WHEN h.last_active_day >= {from} THEN h.last_active_day END AS last_active_day, {measures} \
         FROM {from_sides} JOIN actors a ON a.id = h.actor_id WHERE {counted}"
    );
    let rows: Vec<(ActorRank, Option<Measures>)> = match detail {
        Detail::Ranking => load::<ActorRank>(db, text).await?.into_iter().map(|r| (r, None)).collect(),
        Detail::AllMeasures => {
            load::<ActorTotals>(db, text).await?.into_iter().map(|r| (r.rank, Some(r.sums))).collect()
        }
    };
    let mut merged: BTreeMap<(i64, String), PersonToolTotals> = BTreeMap::new();
    for (row, sums) in rows.into_iter().filter(|(r, _)| r.row_days > 0) {
        let value = if matches!(metric, Metric::ActiveUsers | Metric::ActiveDays) {
            row.active_days
        } else {
            row.value
        };
        match merged.entry((row.person_key, row.provider.clone())) {
            Entry::Vacant(e) => {
                e.insert(PersonToolTotals {
                    person_key: row.person_key,
                    provider: row.provider,
                    actor_ids: vec![row.actor_id],
                    active_days: row.active_days,
                    last_active_day: row.last_active_day,
                    value,
                    sums,
                });
            }
            Entry::Occupied(mut e) => {
                let t = e.get_mut();
                t.actor_ids.push(row.actor_id);
                t.active_days += row.active_days;
                t.last_active_day = t.last_active_day.max(row.last_active_day);
                t.value += value;
                if let (Some(total), Some(more)) = (t.sums.as_mut(), sums) {
                    *total += more;
                }
            }
        }
    }
    Ok(merged.into_values().collect())
}

/// A licence and the last day its holder was active on or before the scope's end.
#[derive(Debug, Clone, QueryableByName)]
pub struct SeatUse {
    #[diesel(sql_type = BigInt)]
    /// The holder's person key (a person's id, or minus an unlinked actor's id).
    pub person_key: i64,
    /// The holder.
    #[diesel(sql_type = BigInt)]
    pub actor_id: i64,
    #[diesel(sql_type = Text)]
    /// The tool the licence is for.
    pub provider: String,
    #[diesel(sql_type = Nullable<Text>)]
    /// The vendor's plan name, if it gives one.
    pub plan: Option<String>,
    /// The day the vendor will end the licence, if scheduled.
    #[diesel(sql_type = Nullable<Date>)]
    pub pending_cancellation_date: Option<NaiveDate>,
    #[diesel(sql_type = Nullable<Date>)]
    /// The holder's last active day on or before the scope's end, at any time.
    pub last_active_day: Option<NaiveDate>,
}

/// Every seat in the scope's integrations held by an identity the scope counts (none when the
/// vendor reports no seats).
pub async fn seats(db: &Db, scope: &Scope) -> Result<Vec<SeatUse>, StorageError> {
    let d = Dialect(db.backend());
    let mut w = format!("i.workspace_id = {}", scope.workspace_id);
    scope.push_common(&mut w, "i.provider", "s.integration_id");
    if let Some(actors) = &scope.actor_ids {
        push_actor_filter(&mut w, "s.actor_id", actors);
    }
    w.push_str(&identities::actor_condition(scope.identities, "a"));
    let text = format!(
        "SELECT {} AS person_key, s.actor_id AS actor_id, i.provider AS provider, s.plan AS plan, \
         s.pending_cancellation_date AS pending_cancellation_date, \
         (SELECT MAX(du.day) FROM daily_usage du WHERE du.actor_id = s.actor_id AND du.active \
          AND du.day <= {}) AS last_active_day \
         FROM seats s JOIN actors a ON a.id = s.actor_id JOIN integrations i ON i.id = s.integration_id WHERE {w}",
        identities::person_key("a"),
        d.date(scope.to)
    );
    load(db, text).await
}

/// An (integration, day) that has been written.
#[derive(Debug, Clone, QueryableByName)]
pub struct SyncedDay {
    #[diesel(sql_type = BigInt)]
    /// The integration.
    pub integration_id: i64,
    #[diesel(sql_type = Date)]
    /// A UTC day written for it.
    pub day: NaiveDate,
}

/// The days in the scope each integration has data for (a written day always has a rollup row).
pub async fn synced_days(db: &Db, scope: &Scope) -> Result<Vec<SyncedDay>, StorageError> {
    let d = Dialect(db.backend());
    let text = format!(
        "SELECT r.integration_id AS integration_id, r.day AS day FROM usage_rollup_daily r WHERE {} \
         ORDER BY r.integration_id, r.day",
        scope.rollup_where(d, "r", "day", scope.from, scope.to)
    );
    load(db, text).await
}

async fn load<T>(db: &Db, text: String) -> Result<Vec<T>, StorageError>
where
    T: QueryableByName<diesel::pg::Pg> + QueryableByName<diesel::sqlite::Sqlite> + Send + 'static,
{
    let started = std::time::Instant::now();
    let out = db_run!(db, |conn| Ok(diesel::sql_query(text.as_str()).load::<T>(conn).await?));
    tracing::trace!(elapsed_ms = started.elapsed().as_secs_f64() * 1000.0, statement = %text, "analytics statement");
    out
}

/// Runs statements one after the other (bulk seeding in tests and benchmarks).
#[cfg(feature = "test-support")]
pub async fn bulk_execute(db: &Db, statements: Vec<String>) -> Result<(), StorageError> {
    use diesel_async::SimpleAsyncConnection;
    db_run!(db, |conn| {
        for statement in &statements {
            conn.batch_execute(statement).await?;
        }
        Ok(())
    })
}
