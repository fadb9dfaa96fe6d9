//! Per person and tool over a range, from the per-actor running totals: the people leaderboard's
//! ranking, and every measure of the page it shows.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Date, Nullable, Text};

use super::scope::{Scope, push_actor_filter};
use super::sql::{Dialect, MEASURES, metric_columns};
use super::{identities, load};
use crate::domain::{Measures, Metric};
use crate::storage::{Backend, Db, StorageError};

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
