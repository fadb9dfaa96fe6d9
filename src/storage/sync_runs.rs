//! Sync runs: one row per attempt to bring an integration up to date, with its progress.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::sync_runs;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::{SyncRunStatus, Trigger};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sync_runs, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `sync_runs`: an attempt to bring an integration up to date, with its progress and
/// the lease of the process running it.
pub struct SyncRun {
    /// Row id.
    pub id: i64,
    /// The integration being synced.
    pub integration_id: i64,
    /// What started it.
    pub trigger_kind: Trigger,
    /// Where it stands.
    pub status: SyncRunStatus,
    /// First UTC day of the range.
    pub range_from: NaiveDate,
    /// Last UTC day of the range (included).
    pub range_to: NaiveDate,
    /// Days in the plan: the range plus the retried failed days.
    pub days_total: i32,
    /// Days dealt with so far (stored or recorded as failed).
    pub days_done: i32,
    /// Per-person daily rows stored so far.
    pub records: i64,
    /// Why it failed or was partial, as the user should read it.
    pub error: Option<String>,
    /// The process holding the run (its instance id) while it runs.
    pub claimed_by: Option<String>,
    /// When the holder's lease ends unless renewed by progress.
    pub lease_expires_at: Option<NaiveDateTime>,
    /// When it started.
    pub started_at: NaiveDateTime,
    /// When it ended; `None` while it runs.
    pub finished_at: Option<NaiveDateTime>,
    /// Days of the plan the vendor answered badly (counted in `days_done` too: done means dealt
    /// with).
    pub days_failed: i32,
    /// Earlier failed days retried before the range, as a JSON array of ISO dates.
    pub retry_days: Option<String>,
}

impl SyncRun {
    /// The earlier failed days this run retries before its range, oldest first.
    pub fn retry_days(&self) -> Result<Vec<NaiveDate>, StorageError> {
        match &self.retry_days {
            None => Ok(Vec::new()),
            Some(text) => serde_json::from_str(text)
                .map_err(|e| StorageError::Corrupt(format!("sync_runs.retry_days of run {}: {e}", self.id))),
        }
    }
}

/// Who opens a run and for how long they hold it.
#[derive(Debug, Clone)]
pub struct NewRun<'a> {
    /// The integration to sync.
    pub integration_id: i64,
    /// What started it.
    pub trigger: Trigger,
    /// First UTC day of the range.
    pub from: NaiveDate,
    /// Last UTC day of the range (included).
    pub to: NaiveDate,
    /// Days in the plan: the range plus `retry_days`.
    pub days_total: i32,
    /// The process running it (a per-process instance id).
    pub claimed_by: &'a str,
    /// When the run counts as abandoned unless renewed by progress.
    pub lease_expires_at: NaiveDateTime,
    /// Now, as the start time.
    pub now: NaiveDateTime,
    /// Earlier failed days retried before the range (their count is part of `days_total`).
    pub retry_days: &'a [NaiveDate],
}

/// Opens a run in `running` state over `[from, to]` (after `retry_days`, if any).
pub async fn start(db: impl Into<DbConn<'_>>, new: &NewRun<'_>) -> Result<SyncRun, StorageError> {
    let retry_days = if new.retry_days.is_empty() {
        None
    } else {
        Some(serde_json::to_string(new.retry_days).map_err(|e| StorageError::Corrupt(e.to_string()))?)
    };
    db_run!(db, |conn| {
        Ok(diesel::insert_into(sync_runs::table)
            .values((
                sync_runs::integration_id.eq(new.integration_id),
                sync_runs::trigger_kind.eq(new.trigger),
                sync_runs::status.eq(SyncRunStatus::Running),
                sync_runs::range_from.eq(new.from),
                sync_runs::range_to.eq(new.to),
                sync_runs::days_total.eq(new.days_total),
                sync_runs::claimed_by.eq(new.claimed_by),
                sync_runs::lease_expires_at.eq(new.lease_expires_at),
                sync_runs::started_at.eq(new.now),
                sync_runs::retry_days.eq(&retry_days),
            ))
            .returning(SyncRun::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// What a run has done so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunCounts {
    /// Days dealt with: stored, or recorded as failed.
    pub days_done: i32,
    /// Of which the vendor answered badly.
    pub days_failed: i32,
    /// Rows stored.
    pub records: i64,
}

/// Records a run's progress after each day (stored or failed) and extends its lease to
/// `lease_expires_at`.
pub async fn record_progress(
    db: impl Into<DbConn<'_>>,
    run_id: i64,
    counts: RunCounts,
    lease_expires_at: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(sync_runs::table.find(run_id))
            .set((
                sync_runs::days_done.eq(counts.days_done),
                sync_runs::days_failed.eq(counts.days_failed),
                sync_runs::records.eq(counts.records),
                sync_runs::lease_expires_at.eq(lease_expires_at),
            ))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Narrows a backfill's range once the vendor's history horizon is known: it starts at `from`.
pub async fn replan(
    db: impl Into<DbConn<'_>>,
    run_id: i64,
    from: NaiveDate,
    days_total: i32,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(sync_runs::table.find(run_id))
            .set((sync_runs::range_from.eq(from), sync_runs::days_total.eq(days_total)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Extends the lease of a run that is still `running` and still held by `claimed_by` (the
/// heartbeat). False when the run was closed or taken over meanwhile.
pub async fn renew_lease(
    db: impl Into<DbConn<'_>>,
    run_id: i64,
    claimed_by: &str,
    lease_expires_at: NaiveDateTime,
) -> Result<bool, StorageError> {
    db_run!(db, |conn| {
        let renewed = diesel::update(
            sync_runs::table
                .find(run_id)
                .filter(sync_runs::status.eq(SyncRunStatus::Running))
                .filter(sync_runs::claimed_by.eq(claimed_by)),
        )
        .set(sync_runs::lease_expires_at.eq(lease_expires_at))
        .execute(conn)
        .await?;
        Ok(renewed == 1)
    })
}

/// The `running` runs held by `claimed_by`, re-leased until `lease_expires_at`: at start-up these
/// belong to an earlier life of this instance that died, so they are taken over at once.
pub async fn reclaim_own(
    db: impl Into<DbConn<'_>>,
    claimed_by: &str,
    lease_expires_at: NaiveDateTime,
) -> Result<Vec<SyncRun>, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::update(
            sync_runs::table
                .filter(sync_runs::status.eq(SyncRunStatus::Running))
                .filter(sync_runs::claimed_by.eq(claimed_by)),
        )
        .set(sync_runs::lease_expires_at.eq(lease_expires_at))
        .returning(SyncRun::as_returning())
        .get_results(conn)
        .await?)
    })
}

/// Closes a run as `succeeded` (no error) or `failed` (with the error the user will read).
pub async fn finish(
    db: impl Into<DbConn<'_>>,
    run_id: i64,
    error: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    let status = if error.is_some() { SyncRunStatus::Failed } else { SyncRunStatus::Succeeded };
    finish_as(db, run_id, status, error, now).await
}

/// Closes a run in `status` (succeeded, partial or failed) with `error` (for a partial
/// run: which days could not be read).
pub async fn finish_as(
    db: impl Into<DbConn<'_>>,
    run_id: i64,
    status: SyncRunStatus,
    error: Option<&str>,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(sync_runs::table.find(run_id))
            .set((sync_runs::status.eq(status), sync_runs::error.eq(error), sync_runs::finished_at.eq(now)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// The most recent runs of an integration, newest first.
pub async fn recent(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    limit: i64,
) -> Result<Vec<SyncRun>, StorageError> {
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

/// One run by id; [`StorageError::NotFound`] when there is none.
pub async fn get(db: impl Into<DbConn<'_>>, run_id: i64) -> Result<SyncRun, StorageError> {
    db_run!(db, |conn| Ok(sync_runs::table.find(run_id).select(SyncRun::as_select()).first(conn).await?))
}

/// Closes the `running` runs of an integration whose lease ended before `now` (their process died
/// or lost its database) as `failed` with `error`. Returns how many were closed.
pub async fn fail_expired(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    error: &str,
    now: NaiveDateTime,
) -> Result<usize, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::update(
            sync_runs::table
                .filter(sync_runs::integration_id.eq(integration_id))
                .filter(sync_runs::status.eq(SyncRunStatus::Running))
                .filter(sync_runs::lease_expires_at.is_null().or(sync_runs::lease_expires_at.lt(now))),
        )
        .set((
            sync_runs::status.eq(SyncRunStatus::Failed),
            sync_runs::error.eq(error),
            sync_runs::finished_at.eq(now),
        ))
        .execute(conn)
        .await?)
    })
}

/// The integration's run that is still `running` (lease not expired), if any.
pub async fn running(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
) -> Result<Option<SyncRun>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_runs::table
            .filter(sync_runs::integration_id.eq(integration_id))
            .filter(sync_runs::status.eq(SyncRunStatus::Running))
            .order(sync_runs::id.desc())
            .select(SyncRun::as_select())
            .first(conn)
            .await
            .optional()?)
    })
}

/// The last day of the newest range a run went through to the end, i.e. the day synced most
/// recently. A `partial` run counts: the days it could not read are retried on their own
/// schedule (`sync_day_failures`), not by reading the whole range again.
pub async fn last_succeeded_day(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
) -> Result<Option<NaiveDate>, StorageError> {
    db_run!(db, |conn| {
        Ok(sync_runs::table
            .filter(sync_runs::integration_id.eq(integration_id))
            .filter(sync_runs::status.eq_any([SyncRunStatus::Succeeded, SyncRunStatus::Partial]))
            .select(diesel::dsl::max(sync_runs::range_to))
            .first::<Option<NaiveDate>>(conn)
            .await?)
    })
}
