//! Per day and tool: the measures every chart starts from, and which days each integration has
//! written (`usage_rollup_daily`, or `daily_usage` for some actors only).

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Date, Text};

use super::load;
use super::scope::Scope;
use super::sql::{Dialect, sum_measures};
use crate::domain::Measures;
use crate::storage::{Db, StorageError};

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
