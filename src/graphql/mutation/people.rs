use async_graphql::{Context, ID, Object, Result};

use crate::auth::Action;
use crate::graphql::ApiError;
use crate::graphql::guard::{caller, require};
use crate::graphql::ids::parse_id;
use crate::graphql::types::analytics::ActorInfo;
use crate::storage::Db;
use crate::storage::analytics::people::{self, WorkspaceActor};

#[derive(Default)]
pub struct PeopleMutation;

/// The actor and its workspace, once the caller may manage that workspace's members. An unknown
/// actor is `FORBIDDEN` so ids cannot be probed across workspaces.
async fn managed_actor(ctx: &Context<'_>, actor_id: &ID) -> Result<WorkspaceActor, ApiError> {
    caller(ctx)?;
    let actor_id = parse_id(actor_id, "actorId")?;
    let db = ctx.data_unchecked::<Db>();
    let actor =
        people::actors_by_ids(db, &[actor_id]).await?.into_iter().next().ok_or(ApiError::Forbidden)?;
    require(ctx, actor.workspace_id, Action::ManageMembers).await?;
    Ok(actor)
}

#[Object]
impl PeopleMutation {
    /// Links a vendor identity to a person of the same workspace, so its usage counts as theirs.
    /// The link is kept: automatic email matching no longer changes this actor. Admins only.
    async fn link_actor(&self, ctx: &Context<'_>, actor_id: ID, person_id: ID) -> Result<ActorInfo> {
        let actor = managed_actor(ctx, &actor_id).await?;
        let person_id = parse_id(&person_id, "personId")?;
        let db = ctx.data_unchecked::<Db>();
        if people::person_workspace(db, person_id).await.map_err(ApiError::from)? != Some(actor.workspace_id)
        {
            return Err(ApiError::Forbidden.into());
        }
        let updated = people::set_actor_person(db, actor.workspace_id, actor.actor.id, Some(person_id))
            .await
            .map_err(ApiError::from)?;
        Ok(ActorInfo::from(WorkspaceActor { actor: updated, ..actor }))
    }

    /// Unlinks a vendor identity from its person; it then counts as a person of its own. Automatic
    /// email matching will not link it again. Admins only.
    async fn unlink_actor(&self, ctx: &Context<'_>, actor_id: ID) -> Result<ActorInfo> {
        let actor = managed_actor(ctx, &actor_id).await?;
        let db = ctx.data_unchecked::<Db>();
        let updated = people::set_actor_person(db, actor.workspace_id, actor.actor.id, None)
            .await
            .map_err(ApiError::from)?;
        Ok(ActorInfo::from(WorkspaceActor { actor: updated, ..actor }))
    }
}
