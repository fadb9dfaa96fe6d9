//! Integration mutations: connect, update, disconnect and sync a vendor account. Admins only
//! (`Action::ManageIntegrations`); the vendor checks and the background runs are the sync
//! layer's (`sync::connect`, `SyncEngine`).

use async_graphql::{Context, ID, Object};
use chrono::NaiveDate;

use crate::auth::Action;
use crate::crypto::SecretString;
use crate::graphql::guard::{require, require_integration};
use crate::graphql::ids::parse_id;
use crate::graphql::types::{ConnectIntegrationInput, Integration, SyncRun, UpdateIntegrationInput};
use crate::graphql::{ApiError, ApiResult};
use crate::providers::Scope;
use crate::sync::connect::{self, ConnectRequest, UpdateRequest};
use crate::sync::{RangeRequest, SyncEngine, Trigger};

#[derive(Default)]
pub struct IntegrationMutation;

#[Object]
impl IntegrationMutation {
    /// Connects a vendor account. The key is checked with one real vendor call first; when the
    /// vendor refuses it nothing is saved and the error's `extensions.code` says why
    /// (`INVALID_CREDENTIALS`, `NOT_FOUND`, `POLICY_DISABLED`, `VENDOR_ERROR`,
    /// `BAD_USER_INPUT`). On success the history is backfilled in the background (watch
    /// `syncProgress` or `syncRuns`). Admins only.
    async fn connect_integration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace the usage belongs to.")] workspace_id: ID,
        #[graphql(desc = "The vendor, the key and the scope to connect.")] input: ConnectIntegrationInput,
    ) -> ApiResult<Integration> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ManageIntegrations).await?;
        let scope = match (non_blank(input.organization), non_blank(input.enterprise)) {
            (Some(org), None) => Some(Scope::Organization(org)),
            (None, Some(enterprise)) => Some(Scope::Enterprise(enterprise)),
            (None, None) => None,
            (Some(_), Some(_)) => {
                return Err(ApiError::BadInput("give either organization or enterprise, not both".into()));
            }
        };
        let request = ConnectRequest {
            provider: input.provider,
            display_name: input.display_name,
            api_key: SecretString::new(input.api_key),
            scope,
            base_url: input.base_url,
            schedule: input.schedule,
        };
        let row = connect::connect(engine(ctx), workspace_id, request).await.map_err(ApiError::from)?;
        Ok(row.into())
    }

    /// Renames, replaces the key (checked with the vendor first), reschedules, pauses or
    /// resumes an integration. Admins only.
    async fn update_integration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The integration's id.")] id: ID,
        #[graphql(desc = "What to change; omitted fields stay.")] input: UpdateIntegrationInput,
    ) -> ApiResult<Integration> {
        let id = parse_id(&id, "id")?;
        let (integration, _) = require_integration(ctx, id, Action::ManageIntegrations).await?;
        let request = UpdateRequest {
            display_name: input.display_name,
            api_key: input.api_key.map(SecretString::new),
            schedule: input.schedule,
            paused: input.paused,
        };
        let row = connect::update(engine(ctx), &integration, request).await.map_err(ApiError::from)?;
        Ok(row.into())
    }

    /// Disconnects an integration. With `keepData` its history stays (status `disconnected`,
    /// key erased, no more syncs); without, the integration and all its data are deleted.
    /// Admins only.
    async fn disconnect_integration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The integration's id.")] id: ID,
        #[graphql(desc = "Keep the synced history (true) or delete it with the integration (false).")]
        keep_data: bool,
    ) -> ApiResult<bool> {
        let id = parse_id(&id, "id")?;
        let (integration, _) = require_integration(ctx, id, Action::ManageIntegrations).await?;
        connect::disconnect(engine(ctx), &integration, keep_data).await.map_err(ApiError::from)?;
        Ok(true)
    }

    /// Starts a sync now, in the background, and returns its run. Without `from`/`to` it catches
    /// up like a scheduled run (the last few days again, or everything when never synced);
    /// with them it syncs exactly those UTC days (not in the future, at most three years).
    /// `CONFLICT` when a sync of the integration is already running. Admins only.
    async fn sync_integration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The integration's id.")] id: ID,
        #[graphql(desc = "First UTC day to sync; give it with `to`, or neither.")] from: Option<NaiveDate>,
        #[graphql(desc = "Last UTC day to sync (included); give it with `from`, or neither.")] to: Option<
            NaiveDate,
        >,
    ) -> ApiResult<SyncRun> {
        let id = parse_id(&id, "id")?;
        require_integration(ctx, id, Action::ManageIntegrations).await?;
        let range = match (from, to) {
            (Some(from), Some(to)) => RangeRequest::Days { from, to },
            (None, None) => RangeRequest::Due,
            _ => return Err(ApiError::BadInput("give both from and to, or neither".into())),
        };
        let (run, _task) = engine(ctx).spawn(id, range, Trigger::Manual).await.map_err(ApiError::from)?;
        Ok(run.into())
    }
}

fn engine<'a>(ctx: &Context<'a>) -> &'a SyncEngine {
    ctx.data_unchecked::<SyncEngine>()
}

fn non_blank(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
