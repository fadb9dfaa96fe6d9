//! Distinct active people: per bucket of a series, and over several windows at once (a summary's
//! range, last day, 7 and 30 days). Whole-workspace questions read the person rollups; the rest
//! count `daily_usage` rows per person key.

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Date, Text};

use super::scope::Scope;
use super::sql::{self, Dialect};
use super::{identities, load};
use crate::domain::Granularity;
use crate::storage::{Db, StorageError};

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
