//! Subscription root: streams fed by the sync engine's event bus, one workspace at a time.

mod feed;

use async_graphql::{Context, ID, Result, Subscription};
use futures_util::{Stream, StreamExt, future};

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::{IntegrationChangedEvent, SyncProgressEvent};
use crate::storage::Db;
use crate::sync::events::EventBus;
use feed::{Feed, workspace_feed};

pub struct SubscriptionRoot;

#[Subscription]
impl SubscriptionRoot {
    /// Sync runs of a workspace as they happen: started, each committed day, finished or failed.
    /// A subscriber that falls behind gets one event with `resyncRequired: true` instead of a
    /// silent gap. The stream ends when the subscriber loses access to the workspace.
    async fn sync_progress(
        &self,
        ctx: &Context<'_>,
        workspace_id: ID,
    ) -> Result<impl Stream<Item = SyncProgressEvent>> {
        let feed = open_feed(ctx, &workspace_id, Action::ReadAggregates).await?;
        Ok(feed.filter_map(|item| {
            future::ready(match item {
                Feed::Event(event) => Some(SyncProgressEvent::from(event)),
                Feed::Resync => Some(SyncProgressEvent::lagged()),
                Feed::IntegrationChanged { .. } => None,
            })
        }))
    }

    /// Integrations of a workspace being connected, updated, disconnected, or needing attention
    /// (the vendor refused the key). Same resync and access rules as `syncProgress`.
    async fn integration_changed(
        &self,
        ctx: &Context<'_>,
        workspace_id: ID,
    ) -> Result<impl Stream<Item = IntegrationChangedEvent>> {
        let feed = open_feed(ctx, &workspace_id, Action::ReadAggregates).await?;
        Ok(feed.filter_map(|item| {
            future::ready(match item {
                Feed::IntegrationChanged { integration_id, change } => {
                    Some(IntegrationChangedEvent::new(integration_id, change))
                }
                Feed::Resync => Some(IntegrationChangedEvent::lagged()),
                Feed::Event(_) => None,
            })
        }))
    }
}

/// Authorises the caller for `action` on the workspace, then opens its feed.
async fn open_feed(
    ctx: &Context<'_>,
    workspace_id: &ID,
    action: Action,
) -> Result<impl Stream<Item = Feed> + use<>> {
    let workspace_id = parse_id(workspace_id, "workspaceId")?;
    let access = require(ctx, workspace_id, action).await?;
    let db = ctx.data_unchecked::<Db>().clone();
    Ok(workspace_feed(db, ctx.data_unchecked::<EventBus>(), access.caller.clone(), workspace_id, action))
}
