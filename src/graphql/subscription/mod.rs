//! Subscription root: streams fed by the sync engine's event bus.

use async_graphql::{Context, ID, Result, Subscription};
use futures_util::Stream;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

use crate::auth::Action;
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::SyncProgressEvent;
use crate::sync::events::{BusMessage, EventBus};

pub struct SubscriptionRoot;

#[Subscription]
impl SubscriptionRoot {
    /// Sync runs of a workspace as they happen: started, each committed day, finished or failed.
    /// A subscriber that falls behind gets one event with `resyncRequired: true` instead of a
    /// silent gap.
    async fn sync_progress(
        &self,
        ctx: &Context<'_>,
        workspace_id: ID,
    ) -> Result<impl Stream<Item = SyncProgressEvent>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ReadAggregates).await?;
        let events = ctx.data_unchecked::<EventBus>();
        Ok(BroadcastStream::new(events.subscribe()).filter_map(move |item| match item {
            Ok(BusMessage::Event(event)) if event.workspace_id == workspace_id => {
                Some(SyncProgressEvent::from(event))
            }
            Ok(BusMessage::Event(_)) => None,
            Ok(BusMessage::Gap) | Err(BroadcastStreamRecvError::Lagged(_)) => {
                Some(SyncProgressEvent::lagged())
            }
        }))
    }
}
