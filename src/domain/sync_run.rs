//! The closed sets of a sync: why a run started (`sync_runs.trigger_kind`), where it stands
//! (`sync_runs.status`) and where a day the vendor answered badly stands
//! (`sync_day_failures.state`).

stored_as_text! {
    /// Why a run was started.
    #[derive(async_graphql::Enum)]
    pub enum Trigger {
        /// The scheduler found the integration due.
        Schedule => "schedule",
        /// Someone asked for it through the API.
        Manual => "manual",
        /// The first sync after connecting: everything the vendor still has.
        Backfill => "backfill",
        /// `ai-usage sync` on the command line.
        Cli => "cli",
    }
}

stored_as_text! {
    /// Where a sync run stands.
    #[derive(async_graphql::Enum)]
    pub enum SyncRunStatus {
        /// Waiting to start.
        Queued => "queued",
        /// Reading days from the vendor now.
        Running => "running",
        /// Every day of the run is stored.
        Succeeded => "succeeded",
        /// Some days are stored, some could not be read: they are in `Integration.failedDays`
        /// and retried.
        Partial => "partial",
        /// Nothing could be read (the key was refused, every day unreadable) or the run was
        /// interrupted.
        Failed => "failed",
    }
}

impl SyncRunStatus {
    /// True once the run has ended, whichever way.
    pub fn is_finished(self) -> bool {
        matches!(self, SyncRunStatus::Succeeded | SyncRunStatus::Partial | SyncRunStatus::Failed)
    }
}

stored_as_text! {
    /// Where a day the vendor answered badly stands (one row of `sync_day_failures`).
    pub enum DayFailureState {
        /// Retried by later scheduled runs once `next_retry_at` has passed.
        Failed => "failed",
        /// Every attempt failed: no more automatic retries.
        GivenUp => "given_up",
        /// An admin accepted the gap: no more automatic retries.
        Acknowledged => "acknowledged",
    }
}
