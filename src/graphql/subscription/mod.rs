//! Subscription root: streams fed by the sync engine's event bus, one workspace at a time.

mod feed;

use async_graphql::{Context, ID, Result, Subscription};
use futures_util::{Stream, StreamExt};

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::SyncProgressEvent;
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
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let access = require(ctx, workspace_id, Action::ReadAggregates).await?;
        let db = ctx.data_unchecked::<Db>().clone();
        let feed = workspace_feed(
            db,
            ctx.data_unchecked::<EventBus>(),
            access.caller.clone(),
            workspace_id,
            Action::ReadAggregates,
        );
        Ok(feed.map(|item| match item {
            Feed::Event(event) => SyncProgressEvent::from(event),
            Feed::Resync => SyncProgressEvent::lagged(),
        }))
    }
}
