//! `Integration`: a connected vendor account, with its last run, failed days and attention state
//! resolved on demand through the loaders. Every resolved field re-checks the caller's access to
//! the workspace. The key is never returned, only a hint.
//!
//! Integrations listed together ([`Integration::list`]) share one loader call per field for the
//! whole list: a loader batches only what arrives within its short window, and the resolvers of
//! a long list do not all arrive within it, so each list remembers what it loaded ([`Siblings`]).
//! `integrations { lastRun failedDays }` costs the same statements for 5 integrations as for 50.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::{ComplexObject, Context, ID, SimpleObject};
use chrono::{NaiveDate, NaiveDateTime};
use tokio::sync::OnceCell;

use super::{FailedDay, SyncRun, attention_reason};
use crate::auth::Action;
use crate::domain::{IntegrationStatus, Provider, ScopeKind};
use crate::graphql::guard::require;
use crate::graphql::ids::to_id;
use crate::graphql::loaders::Loaders;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::day_failures::DayFailure;
use crate::storage::integrations::Integration as IntegrationRow;
use crate::storage::sync_runs::SyncRun as SyncRunRow;

/// A connection to one vendor account (a Claude organisation, a GitHub organisation or
/// enterprise, a Cursor team).
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Integration {
    #[graphql(skip)]
    /// Row id, for the resolvers.
    pub row_id: i64,
    #[graphql(skip)]
    /// The workspace's row id, for the access checks.
    pub row_workspace_id: i64,
    /// The integration's id.
    pub id: ID,
    /// The workspace it belongs to.
    pub workspace_id: ID,
    /// The tool whose admin API it reads.
    pub provider: Provider,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// What a Copilot integration reads: an organization or an enterprise; empty for the other
    /// tools.
    pub scope_kind: Option<ScopeKind>,
    /// The GitHub organisation or enterprise slug, for Copilot.
    pub scope_slug: Option<String>,
    /// The vendor API base URL when it is not the public default.
    pub base_url: Option<String>,
    /// A recognisable fragment of the key (prefix and last characters). The key itself is never
    /// returned.
    pub secret_hint: String,
    /// Whether it syncs: `NEEDS_ATTENTION` when the vendor refused the key or the account, or a
    /// policy is switched off (a person must act before it can sync). Days the vendor answered
    /// badly do not change it: see `needsAttention` and `failedDays`.
    pub status: IntegrationStatus,
    /// When it syncs, as a cron expression in UTC.
    pub schedule: String,
    /// When the scheduler syncs it next (UTC).
    pub next_sync_at: Option<NaiveDateTime>,
    /// End of the last successful sync (UTC).
    pub last_synced_at: Option<NaiveDateTime>,
    /// The last sync error as the user should read it, until a sync succeeds.
    pub last_error: Option<String>,
    /// Oldest day the vendor serves, as found by the last backfill; older days are
    /// `UNAVAILABLE`. Empty until a backfill asked.
    pub history_horizon: Option<NaiveDate>,
    /// When it was connected (UTC).
    pub created_at: NaiveDateTime,
    #[graphql(skip)]
    /// The integrations listed with this one, when it was listed.
    pub siblings: Option<Arc<Siblings>>,
}

/// The integrations of one list and what their lazy fields loaded for all of them, once.
pub struct Siblings {
    ids: Vec<i64>,
    last_runs: OnceCell<HashMap<i64, SyncRunRow>>,
    failed_days: OnceCell<HashMap<i64, Vec<DayFailure>>>,
}

impl Integration {
    /// Integrations shown as one list: their last runs and failed days load together.
    pub fn list(rows: Vec<IntegrationRow>) -> Vec<Integration> {
        let siblings = Arc::new(Siblings {
            ids: rows.iter().map(|row| row.id).collect(),
            last_runs: OnceCell::new(),
            failed_days: OnceCell::new(),
        });
        rows.into_iter()
            .map(|row| Integration { siblings: Some(siblings.clone()), ..Integration::from(row) })
            .collect()
    }
}

impl From<IntegrationRow> for Integration {
    fn from(row: IntegrationRow) -> Self {
        Integration {
            row_id: row.id,
            row_workspace_id: row.workspace_id,
            id: to_id(row.id),
            workspace_id: to_id(row.workspace_id),
            provider: row.provider,
            display_name: row.display_name,
            scope_kind: row.scope_kind,
            scope_slug: row.scope_slug,
            base_url: row.base_url,
            secret_hint: row.secret_hint,
            status: row.status,
            schedule: row.schedule,
            next_sync_at: row.next_sync_at,
            last_synced_at: row.last_synced_at,
            last_error: row.last_error,
            history_horizon: row.history_horizon,
            created_at: row.created_at,
            siblings: None,
        }
    }
}

#[ComplexObject]
impl Integration {
    /// The most recent sync run, running or finished (batched across integrations).
    async fn last_run(&self, ctx: &Context<'_>) -> ApiResult<Option<SyncRun>> {
        require(ctx, self.row_workspace_id, Action::ReadAggregates).await?;
        let loader = &ctx.data_unchecked::<Loaders>().last_runs;
        let run = match &self.siblings {
            Some(list) => {
                let all = list.last_runs.get_or_try_init(|| loader.load_many(list.ids.iter().copied()));
                all.await.map_err(|_| ApiError::Internal)?.get(&self.row_id).cloned()
            }
            None => loader.load_one(self.row_id).await.map_err(|_| ApiError::Internal)?,
        };
        Ok(run.map(SyncRun::from))
    }

    /// Days the vendor answered badly, oldest first, until a read of them succeeds: those still
    /// retried (`FAILED`) and those given up or acknowledged (`UNAVAILABLE`).
    async fn failed_days(&self, ctx: &Context<'_>) -> ApiResult<Vec<FailedDay>> {
        Ok(self.failures(ctx).await?.into_iter().map(FailedDay::from).collect())
    }

    /// True while a person should look: the key was refused (`status` is `needs_attention`) or
    /// some day is `FAILED`. `attentionReason` says why.
    async fn needs_attention(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        let failures = self.failures(ctx).await?;
        Ok(attention_reason(self.status, self.last_error.as_deref(), &failures).is_some())
    }

    /// Why `needsAttention` is true: the refusal (as `lastError`), or the failed day(s) with the
    /// first one's date and reason. Empty when nothing needs a person.
    async fn attention_reason(&self, ctx: &Context<'_>) -> ApiResult<Option<String>> {
        let failures = self.failures(ctx).await?;
        Ok(attention_reason(self.status, self.last_error.as_deref(), &failures))
    }
}

impl Integration {
    /// The recorded failed days (batched across integrations).
    async fn failures(&self, ctx: &Context<'_>) -> ApiResult<Vec<DayFailure>> {
        require(ctx, self.row_workspace_id, Action::ReadAggregates).await?;
        let loader = &ctx.data_unchecked::<Loaders>().failed_days;
        let failures = match &self.siblings {
            Some(list) => {
                let all = list.failed_days.get_or_try_init(|| loader.load_many(list.ids.iter().copied()));
                all.await.map_err(|_| ApiError::Internal)?.get(&self.row_id).cloned()
            }
            None => loader.load_one(self.row_id).await.map_err(|_| ApiError::Internal)?,
        };
        Ok(failures.unwrap_or_default())
    }
}
