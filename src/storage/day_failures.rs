//! Days a vendor answered badly (`sync_day_failures`): one row per integration and day, from the
//! first failed read until a read of that day succeeds (then the row is deleted).
//!
//! States: `failed` (retried once `next_retry_at` has passed), `given_up` (every attempt failed)
//! and `acknowledged` (an admin accepted the gap). The retry schedule itself belongs to the sync
//! layer (`crate::sync::failed_days`); this module only stores what it decides.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::sync_day_failures;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::DayFailureState;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = sync_day_failures, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `sync_day_failures`: a day the vendor answered badly, until a read succeeds.
pub struct DayFailure {
    /// Row id.
    pub id: i64,
    /// The integration whose day it is.
    pub integration_id: i64,
    /// The UTC day.
    pub day: NaiveDate,
    /// Sanitised error message (provider, day, cause); never the key.
    pub reason: String,
    /// Failed reads so far.
    pub attempts: i32,
    /// When the first failed read happened.
    pub first_failed_at: NaiveDateTime,
    /// When the latest failed read happened.
    pub last_failed_at: NaiveDateTime,
    /// When a scheduled run may try again; `None` once no more automatic retries are planned.
    pub next_retry_at: Option<NaiveDateTime>,
    /// Retried, given up or acknowledged.
    pub state: DayFailureState,
}

/// What a new failed read of a day changes on its row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailureUpdate {
    /// Failed reads so far, this one included.
    pub attempts: i32,
    /// Retried, given up or acknowledged.
    pub state: DayFailureState,
    /// When to read the day again; `None` once given up.
    pub next_retry_at: Option<NaiveDateTime>,
}

/// Records one more failed read of `day` with `reason`; `decide` gets the row as it was (none on
/// the first failure) and says what its attempts, state and next retry become. One transaction,
/// so a concurrent acknowledgement is never lost half-way.
pub async fn record(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: NaiveDate,
    reason: &str,
    now: NaiveDateTime,
    decide: impl Fn(Option<&DayFailure>) -> FailureUpdate + Send + Sync,
) -> Result<DayFailure, StorageError> {
    let decide = &decide;
    let db: DbConn<'_> = db.into();
    db.transaction(async |mut tx| {
        db_run!(&mut tx, |conn| {
            let row = sync_day_failures::table
                .filter(sync_day_failures::integration_id.eq(integration_id))
                .filter(sync_day_failures::day.eq(day))
                .select(DayFailure::as_select())
                .first(conn)
                .await
                .optional()?;
            let update = decide(row.as_ref());
            let changes = (
                sync_day_failures::reason.eq(reason),
                sync_day_failures::attempts.eq(update.attempts),
                sync_day_failures::last_failed_at.eq(now),
                sync_day_failures::next_retry_at.eq(update.next_retry_at),
                sync_day_failures::state.eq(update.state),
            );
            Ok(match row {
                Some(row) => {
                    diesel::update(sync_day_failures::table.find(row.id))
                        .set(changes)
                        .returning(DayFailure::as_returning())
                        .get_result(conn)
                        .await?
                }
                None => {
                    diesel::insert_into(sync_day_failures::table)
                        .values((
                            sync_day_failures::integration_id.eq(integration_id),
                            sync_day_failures::day.eq(day),
                            sync_day_failures::first_failed_at.eq(now),
                            changes,
                        ))
                        .returning(DayFailure::as_returning())
                        .get_result(conn)
                        .await?
                }
            })
        })
    })
    .await
}

/// Forgets the failures of `day` (it was read and stored). Returns whether there was one.
pub async fn clear(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: NaiveDate,
) -> Result<bool, StorageError> {
    db_run!(db, |conn| {
        let deleted = diesel::delete(
            sync_day_failures::table
                .filter(sync_day_failures::integration_id.eq(integration_id))
                .filter(sync_day_failures::day.eq(day)),
        )
        .execute(conn)
        .await?;
        Ok(deleted > 0)
    })
}

/// Every recorded failure of an integration, oldest day first.
pub async fn list(db: impl Into<DbConn<'_>>, integration_id: i64) -> Result<Vec<DayFailure>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_day_failures::table
            .filter(sync_day_failures::integration_id.eq(integration_id))
            .order(sync_day_failures::day)
            .select(DayFailure::as_select())
            .load(conn)
            .await?)
    })
}

/// Every recorded failure of several integrations, by integration then day.
pub async fn for_integrations(
    db: impl Into<DbConn<'_>>,
    integration_ids: &[i64],
) -> Result<Vec<DayFailure>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_day_failures::table
            .filter(sync_day_failures::integration_id.eq_any(integration_ids))
            .order((sync_day_failures::integration_id, sync_day_failures::day))
            .select(DayFailure::as_select())
            .load(conn)
            .await?)
    })
}

/// The failures of several integrations within `from..=to`, by integration then day.
pub async fn in_range(
    db: impl Into<DbConn<'_>>,
    integration_ids: &[i64],
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DayFailure>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_day_failures::table
            .filter(sync_day_failures::integration_id.eq_any(integration_ids))
            .filter(sync_day_failures::day.between(from, to))
            .order((sync_day_failures::integration_id, sync_day_failures::day))
            .select(DayFailure::as_select())
            .load(conn)
            .await?)
    })
}

/// The one failure of `day`, if any.
pub async fn get(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: NaiveDate,
) -> Result<Option<DayFailure>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_day_failures::table
            .filter(sync_day_failures::integration_id.eq(integration_id))
            .filter(sync_day_failures::day.eq(day))
            .select(DayFailure::as_select())
            .first(conn)
            .await
            .optional()?)
    })
}

/// Days in state [`DayFailureState::Failed`] whose retry time has come at `now`, oldest first.
pub async fn due_for_retry(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<NaiveDate>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_day_failures::table
            .filter(sync_day_failures::integration_id.eq(integration_id))
            .filter(sync_day_failures::state.eq(DayFailureState::Failed))
            .filter(sync_day_failures::next_retry_at.le(now))
            .order(sync_day_failures::day)
            .select(sync_day_failures::day)
            .load(conn)
            .await?)
    })
}

/// An admin accepts the gap: the day is no longer retried. `NotFound` when it has no failure.
pub async fn acknowledge(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: NaiveDate,
) -> Result<DayFailure, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::update(
            sync_day_failures::table
                .filter(sync_day_failures::integration_id.eq(integration_id))
                .filter(sync_day_failures::day.eq(day)),
        )
        .set((
            sync_day_failures::state.eq(DayFailureState::Acknowledged),
            sync_day_failures::next_retry_at.eq(None::<NaiveDateTime>),
        ))
        .returning(DayFailure::as_returning())
        .get_result(conn)
        .await?)
    })
}
