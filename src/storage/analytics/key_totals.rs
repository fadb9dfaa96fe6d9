//! Totals per value of a breakdown: a vendor dimension (model, editor, language, feature) from the
//! breakdown rollups, or a team from the daily rows of its actors.

use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Text};

use super::scope::Scope;
use super::sql::{Dialect, sum_breakdown_measures, sum_measures};
use super::{identities, load};
use crate::domain::{Dimension, Measures};
use crate::storage::{Db, StorageError};

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
