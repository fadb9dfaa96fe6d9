//! `dataFreshness`: sync coverage per integration and day.

use async_graphql::{ComplexObject, Context, SimpleObject};
use chrono::NaiveDate;

use super::subject::loaders;
pub use crate::analytics::freshness::DayStatus;
use crate::analytics::freshness::{DayCoverage, Freshness, IntegrationCoverage};
use crate::graphql::types::{Integration, SyncRun};
use crate::graphql::{ApiError, ApiResult};

/// Sync coverage of one integration.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct IntegrationFreshness {
    /// The integration whose coverage this is.
    pub integration: Integration,
    /// Days at the end during which the vendor may still revise figures.
    pub lag_days: i32,
    /// Days of the range in state `FINAL`.
    pub final_days: i32,
    /// Days of the range in state `PROVISIONAL`.
    pub provisional_days: i32,
    /// Days of the range in state `MISSING`.
    pub missing_days: i32,
    /// Days of the range in state `FAILED`.
    pub failed_days: i32,
    /// Days of the range in state `UNAVAILABLE`.
    pub unavailable_days: i32,
    /// Oldest day the vendor serves, as found by the last backfill; empty until one asked.
    pub history_horizon: Option<NaiveDate>,
    /// One entry per day of the range, in order.
    pub days: Vec<DayFreshness>,
    #[graphql(skip)]
    /// The integration's row id, for batching its last run.
    pub integration_id: i64,
}

#[ComplexObject]
impl IntegrationFreshness {
    /// The latest sync run (batched across integrations).
    async fn last_run(&self, ctx: &Context<'_>) -> ApiResult<Option<SyncRun>> {
        let run =
            loaders(ctx).last_runs.load_one(self.integration_id).await.map_err(|_| ApiError::Internal)?;
        Ok(run.map(SyncRun::from))
    }
}

#[derive(SimpleObject)]
/// How far one day of one integration can be trusted.
pub struct DayFreshness {
    /// The UTC day.
    pub day: NaiveDate,
    /// Whether its figures can be trusted yet.
    pub status: DayStatus,
    /// Why a day is `FAILED` or `UNAVAILABLE` (the vendor's answer, or the history horizon);
    /// empty for the other states.
    pub reason: Option<String>,
}

/// Per-integration sync coverage over a range.
#[derive(SimpleObject)]
pub struct DataFreshness {
    /// First UTC day of the range.
    pub from: NaiveDate,
    /// Last UTC day of the range.
    pub to: NaiveDate,
    /// One entry per integration in scope, oldest first.
    pub integrations: Vec<IntegrationFreshness>,
}

impl From<Freshness> for DataFreshness {
    fn from(f: Freshness) -> Self {
        DataFreshness {
            from: f.from,
            to: f.to,
            integrations: f.integrations.into_iter().map(IntegrationFreshness::from).collect(),
        }
    }
}

impl From<IntegrationCoverage> for IntegrationFreshness {
    fn from(c: IntegrationCoverage) -> Self {
        IntegrationFreshness {
            integration_id: c.integration.id,
            lag_days: c.lag_days,
            final_days: c.count(DayStatus::Final),
            provisional_days: c.count(DayStatus::Provisional),
            missing_days: c.count(DayStatus::Missing),
            failed_days: c.count(DayStatus::Failed),
            unavailable_days: c.count(DayStatus::Unavailable),
            history_horizon: c.history_horizon,
            days: c.days.into_iter().map(DayFreshness::from).collect(),
            integration: Integration::from(c.integration),
        }
    }
}

impl From<DayCoverage> for DayFreshness {
    fn from(d: DayCoverage) -> Self {
        DayFreshness { day: d.day, status: d.status, reason: d.reason }
    }
}
