//! `DailyUsageRow`: one stored per-person, per-day row as `dailyUsage` returns it. Its measures
//! are the same `UsageTotals` the dashboard sums: each keeps the vendor's null for "not
//! reported" (never 0), and each field's description names the vendor field it comes from per
//! tool.

use async_graphql::{ID, SimpleObject};
use chrono::NaiveDate;

use super::analytics::UsageTotals;
use crate::domain::{ActorKind, Provider, ProviderSet};
use crate::graphql::ids::to_id;
use crate::storage::usage::{Actor, DailyUsage};

/// One vendor identity's usage on one UTC day, through one integration. A measure the
/// integration's tool does not report is null.
#[derive(SimpleObject)]
pub struct DailyUsageRow {
    /// The UTC day, as the vendor reports it.
    pub day: NaiveDate,
    /// The integration that reported the row.
    pub integration_id: ID,
    /// The integration's tool: which measures the row can have.
    pub provider: Provider,
    /// The vendor identity the row is about.
    pub actor_id: ID,
    /// How the vendor identifies the actor: an email, a login or an API key name.
    pub actor_kind: ActorKind,
    /// The email, GitHub login or API key name.
    pub actor: String,
    /// The vendor counted the actor as active that day.
    pub active: bool,
    /// The currency of `totals.costMillicents` (`USD`).
    pub currency: String,
    /// The day's measures: null for each measure the tool does not report.
    pub totals: UsageTotals,
}

impl From<(DailyUsage, Actor)> for DailyUsageRow {
    fn from((u, a): (DailyUsage, Actor)) -> Self {
        DailyUsageRow {
            day: u.day,
            integration_id: to_id(u.integration_id),
            provider: u.provider,
            actor_id: to_id(u.actor_id),
            actor_kind: a.kind,
            actor: a.identifier,
            active: u.active,
            totals: UsageTotals::over(u.measures(), ProviderSet::single(u.provider)),
            currency: u.currency,
        }
    }
}
