//! Sync runs: one row per attempt to bring an integration up to date, with its progress.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::sync_runs;
use super::{Db, StorageError};
use crate::db_run;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sync_runs, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct SyncRun {
    pub id: i64,
    pub integration_id: i64,
    pub trigger_kind: String,
    pub status: String,
    pub range_from: NaiveDate,
    pub range_to: NaiveDate,
    pub days_total: i32,
    pub days_done: i32,
    pub records: i64,
    pub error: Option<String>,
    pub claimed_by: Option<String>,
    pub lease_expires_at: Option<NaiveDateTime>,
    pub started_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
}

/// Opens a run in `running` state over `[from, to]`.
pub async fn start(
    db: &Db,
    integration_id: i64,
    trigger: &str,
    from: NaiveDate,
    to: NaiveDate,
    days_total: i32,
    now: NaiveDateTime,
) -> Result<SyncRun, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(sync_runs::table)
            .values((
                sync_runs::integration_id.eq(integration_id),
                sync_runs::trigger_kind.eq(trigger),
                sync_runs::status.eq("running"),
                sync_runs::range_from.eq(from),
                sync_runs::range_to.eq(to),
                sync_runs::days_total.eq(days_total),
                sync_runs::started_at.eq(now),
            ))
            .returning(SyncRun::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Records progress after a committed day.
pub async fn record_progress(db: &Db, run_id: i64, days_done: i32, records: i64) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(sync_runs::table.find(run_id))
            .set((sync_runs::days_done.eq(days_done), sync_runs::records.eq(records)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Closes a run as `succeeded` (no error) or `failed` (with the error the user will read).
pub async fn finish(
    db: &Db,
    run_id: i64,
    error: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    let status = if error.is_some() { "failed" } else { "succeeded" };
    db_run!(db, |conn| {
        diesel::update(sync_runs::table.find(run_id))
            .set((sync_runs::status.eq(status), sync_runs::error.eq(error), sync_runs::finished_at.eq(now)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// The most recent runs of an integration, newest first.
pub async fn recent(db: &Db, integration_id: i64, limit: i64) -> Result<Vec<SyncRun>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_runs::table
            .filter(sync_runs::integration_id.eq(integration_id))
            .order(sync_runs::id.desc())
            .limit(limit)
            .select(SyncRun::as_select())
            .load(conn)
            .await?)
    })
}
