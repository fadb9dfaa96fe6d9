//! Subscription root: streams fed by the sync engine's event bus, one workspace at a time.

mod feed;
mod usage_updates;

use async_graphql::{Context, ID, Subscription};
use futures_util::{Stream, StreamExt, future};

use crate::analytics::Rows;
use crate::auth::Action;
use crate::domain::{Identities, Metric};
use crate::graphql::ApiError;
use crate::graphql::guard::{caller, require};
use crate::graphql::ids::parse_id;
use crate::graphql::selection::{Question, select};
use crate::graphql::types::analytics::UsageFilter;
use crate::graphql::types::{IntegrationChangedEvent, SyncProgressEvent, UsageUpdate};
use crate::storage::Db;
use crate::sync::events::EventBus;
use feed::{Feed, workspace_feed};
pub use usage_updates::UpdateCache;

/// Every subscription, merged.
#[derive(async_graphql::MergedSubscription, Default)]
pub struct SubscriptionRoot(WorkspaceSubscription, UsageSubscription);

#[derive(Default)]
/// Subscriptions about a workspace's integrations and sync runs.
pub struct WorkspaceSubscription;

#[derive(Default)]
/// Subscriptions about a workspace's usage figures.
pub struct UsageSubscription;

#[Subscription]
impl WorkspaceSubscription {
    /// Sync runs of a workspace as they happen: started, each committed day, finished or failed.
    /// A subscriber that falls behind gets one event with `resyncRequired: true` instead of a
    /// silent gap. The stream ends when the subscriber loses access to the workspace.
    async fn sync_progress(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> Result<impl Stream<Item = SyncProgressEvent>, ApiError> {
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
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> Result<impl Stream<Item = IntegrationChangedEvent>, ApiError> {
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

#[Subscription]
impl UsageSubscription {
    /// After each committed provider-day: which UTC days changed and their new daily figures for
    /// `metrics` over `filter` (the same filter rules as `usageSeries`), so a dashboard updates
    /// without refetching everything. Readable by viewers and up.
    async fn usage_updated(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The metrics of each changed day, in this order.")] metrics: Vec<Metric>,
        #[graphql(
            desc = "Narrows the tools, integrations, people, actors or teams covered; see `UsageFilter`."
        )]
        filter: Option<UsageFilter>,
    ) -> Result<impl Stream<Item = UsageUpdate>, ApiError> {
        let question = Question { workspace_id, range: None, filter, identities: Identities::Humans };
        // Boxed for the reason given in `open_feed`.
        let scope = Box::pin(select(ctx, question, Rows::Aggregates)).await?.scope;
        let db = ctx.data_unchecked::<Db>().clone();
        let cache = ctx.data_unchecked::<std::sync::Arc<UpdateCache>>().clone();
        let feed = workspace_feed(
            db.clone(),
            ctx.data_unchecked::<EventBus>(),
            caller(ctx)?.clone(),
            scope.workspace_id,
            Action::ReadAggregates,
        );
        Ok(usage_updates::updates(feed, db, cache, scope, metrics))
    }
}

/// Authorises the caller for `action` on the workspace, then opens its feed.
async fn open_feed(
    ctx: &Context<'_>,
    workspace_id: &ID,
    action: Action,
) -> Result<impl Stream<Item = Feed> + use<>, ApiError> {
    let workspace_id = parse_id(workspace_id, "workspaceId")?;
    // Boxed: the subscription's stream is laid out to hold this future while it runs, so an
    // unboxed access check would add its size to every open subscription for its whole life.
    let access = Box::pin(require(ctx, workspace_id, action)).await?;
    let db = ctx.data_unchecked::<Db>().clone();
    Ok(workspace_feed(db, ctx.data_unchecked::<EventBus>(), access.caller.clone(), workspace_id, action))
}
