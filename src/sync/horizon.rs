//! How far back a vendor serves: asked by each backfill, recorded on the integration (issue #12).
//!
//! Rules: a backfill asks the provider ([`ProviderClient::discover_earliest_day`]; Cursor walks
//! back window by window, Copilot answers with its documented year, Claude Code has none), records
//! the answer, when there is one, as
//! `integrations.history_horizon` and reads from the later of that horizon and the configured
//! backfill cap (`AI_USAGE_BACKFILL_DAYS`, every provider alike). Days older than the horizon are
//! `UNAVAILABLE` in `dataFreshness`: the vendor does not serve them. A discovery that fails for a
//! reason a person must fix (a refused key) fails the run; any other failure keeps the range
//! planned from the documented depth and records nothing.
//!
//! [`ProviderClient::discover_earliest_day`]: crate::providers::ProviderClient::discover_earliest_day

use chrono::{Duration, NaiveDate};

use super::engine::{PreparedRun, SyncEngine, SyncError, now};
use super::plan::DayRange;
use crate::storage::{integrations, sync_runs};

impl SyncEngine {
    /// The oldest day a backfill reads when the vendor serves back to `earliest`: no older than
    /// the configured cap, never after today.
    pub(super) fn backfill_floor(&self, earliest: NaiveDate, today: NaiveDate) -> NaiveDate {
        let cap = self.config().history_days.map(|days| today - Duration::days(i64::from(days)));
        cap.map_or(earliest, |cap| earliest.max(cap)).min(today)
    }
}

impl PreparedRun {
    /// Asks the vendor how far back it serves, records it and re-plans this (backfill) run from
    /// there. Errors only when a person must act; the run then fails like any other.
    pub(super) async fn discover_horizon(&mut self) -> Result<(), SyncError> {
        let today = now().date();
        let provider = self.provider;
        let horizon = match self.client.discover_earliest_day(today).await {
            Ok(Some(horizon)) => horizon,
            // The vendor keeps everything (or no limit was found within reach): the backfill reads
            // the documented or configured depth and records no horizon.
            Ok(None) => return Ok(()),
            Err(source) if source.needs_attention() => {
                return Err(SyncError::Vendor { provider, day: today, source });
            }
            Err(error) => {
                tracing::warn!(
                    integration_id = self.run.integration_id,
                    %error,
                    "cannot discover the vendor's history horizon; backfilling its documented depth"
                );
                return Ok(());
            }
        };
        let db = self.engine.db();
        integrations::set_history_horizon(db, self.run.integration_id, horizon).await?;
        let range = DayRange { from: self.engine.backfill_floor(horizon, today), to: self.plan.range.to };
        if range != self.plan.range {
            self.plan.range = range;
            sync_runs::replan(db, self.run.id, range.from, self.plan.len()).await?;
            self.run.range_from = range.from;
            self.run.days_total = self.plan.len();
        }
        tracing::info!(integration_id = self.run.integration_id, %horizon, from = %range.from, "history horizon");
        Ok(())
    }
}
