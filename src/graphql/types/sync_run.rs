//! `SyncRun`: one stored sync attempt of an integration with its progress, as queries, mutations,
//! `Integration.lastRun` and `IntegrationFreshness.lastRun` return it.

use async_graphql::{ID, SimpleObject};
use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::{SyncRunStatus, Trigger};
use crate::graphql::ids::to_id;
use crate::storage::sync_runs::SyncRun as SyncRunRow;

/// One attempt to bring an integration up to date, with its progress.
#[derive(SimpleObject)]
pub struct SyncRun {
    /// The run's id.
    pub id: ID,
    /// The integration being synced.
    pub integration_id: ID,
    /// Where it stands: running, or how it ended.
    pub status: SyncRunStatus,
    /// What started it.
    pub trigger: Trigger,
    /// First UTC day of the range.
    pub range_from: NaiveDate,
    /// Last UTC day of the range (included).
    pub range_to: NaiveDate,
    /// Days in the run: its range, plus earlier failed days a scheduled run retries first.
    pub days_total: i32,
    /// Days dealt with so far: stored, or recorded as failed.
    pub days_done: i32,
    /// Of `daysDone`, the days the vendor answered badly.
    pub days_failed: i32,
    /// Per-person daily rows stored so far.
    pub records: i64,
    /// Why it failed, naming the provider, the day and the cause; for a partial run, how many
    /// days could not be read and the first one's reason.
    pub error: Option<String>,
    /// When it started (UTC).
    pub started_at: NaiveDateTime,
    /// When it ended (UTC); null while it runs.
    pub finished_at: Option<NaiveDateTime>,
}

impl From<SyncRunRow> for SyncRun {
    fn from(row: SyncRunRow) -> Self {
        SyncRun {
            id: to_id(row.id),
            integration_id: to_id(row.integration_id),
            status: row.status,
            trigger: row.trigger_kind,
            range_from: row.range_from,
            range_to: row.range_to,
            days_total: row.days_total,
            days_done: row.days_done,
            days_failed: row.days_failed,
            records: row.records,
            error: row.error,
            started_at: row.started_at,
            finished_at: row.finished_at,
        }
    }
}
