//! Admins shaping who is a person: links between identities and persons, persons created and
//! merged, identities marked human or service. Each change rewrites the people figures of the
//! days already stored (see `storage::persons`).

use async_graphql::{Context, ID, Object};

use crate::auth::Action;
use crate::domain::IdentityKind;
use crate::graphql::guard::{caller, require};
use crate::graphql::ids::parse_id;
use crate::graphql::types::analytics::{ActorInfo, Person};
use crate::graphql::{ApiError, ApiResult};
use crate::storage::analytics::people::{self, WorkspaceActor};
use crate::storage::{Db, StorageError, persons};

#[derive(Default)]
pub struct PeopleMutation;

/// The actor and its workspace, once the caller may manage that workspace's members. An unknown
/// actor is `FORBIDDEN` so ids cannot be probed across workspaces.
async fn managed_actor(ctx: &Context<'_>, actor_id: &ID) -> ApiResult<WorkspaceActor> {
    caller(ctx)?;
    let actor_id = parse_id(actor_id, "actorId")?;
    let db = ctx.data_unchecked::<Db>();
    let actor = people::actors_by_ids(db, &[actor_id])
        .await
        .map_err(ApiError::storage)?
        .into_iter()
        .next()
        .ok_or(ApiError::Forbidden)?;
    require(ctx, actor.workspace_id, Action::ManageMembers).await?;
    Ok(actor)
}

#[Object]
impl PeopleMutation {
    /// Links a vendor identity to a person of the same workspace, so its usage counts as theirs.
    /// The link is kept: automatic email matching no longer changes this actor. Admins only.
    async fn link_actor(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vendor identity's id.")] actor_id: ID,
        #[graphql(desc = "The person to link it to (same workspace).")] person_id: ID,
    ) -> ApiResult<ActorInfo> {
        let actor = managed_actor(ctx, &actor_id).await?;
        let person_id = parse_id(&person_id, "personId")?;
        let db = ctx.data_unchecked::<Db>();
        if people::person_workspace(db, person_id).await.map_err(ApiError::storage)?
            != Some(actor.workspace_id)
        {
            return Err(ApiError::Forbidden);
        }
        let updated = people::set_actor_person(db, actor.workspace_id, actor.actor.id, Some(person_id))
            .await
            .map_err(ApiError::storage)?;
        Ok(ActorInfo::from(WorkspaceActor { actor: updated, ..actor }))
    }

    /// Unlinks a vendor identity from its person; it then counts as a person of its own. Automatic
    /// email matching will not link it again. Admins only.
    async fn unlink_actor(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vendor identity's id.")] actor_id: ID,
    ) -> ApiResult<ActorInfo> {
        let actor = managed_actor(ctx, &actor_id).await?;
        let db = ctx.data_unchecked::<Db>();
        let updated = people::set_actor_person(db, actor.workspace_id, actor.actor.id, None)
            .await
            .map_err(ApiError::storage)?;
        Ok(ActorInfo::from(WorkspaceActor { actor: updated, ..actor }))
    }

    /// Marks a vendor identity as a person (HUMAN) or a machine (SERVICE). Service identities
    /// are left out of active users, DAU/WAU/MAU, the people leaderboard and team sizes (see
    /// `identities` on those queries), for every day already stored too; their usage stays in
    /// every measure. Sync never changes the kind back. Admins only.
    async fn set_identity_kind(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The vendor identity's id.")] actor_id: ID,
        #[graphql(desc = "HUMAN or SERVICE.")] kind: IdentityKind,
    ) -> ApiResult<ActorInfo> {
        let actor = managed_actor(ctx, &actor_id).await?;
        let db = ctx.data_unchecked::<Db>();
        let updated = persons::set_identity_kind(db, actor.workspace_id, actor.actor.id, kind)
            .await
            .map_err(ApiError::storage)?;
        Ok(ActorInfo::from(WorkspaceActor { actor: updated, ..actor }))
    }

    /// Creates a person in the workspace, to link vendor identities to (`linkActor`) — for
    /// example GitHub logins, which no email links automatically. An email, when given, is
    /// lower-cased and must be unique in the workspace (CONFLICT otherwise); Claude Code and
    /// Cursor identities with that email are then linked to this person at their next sync.
    /// Admins only.
    async fn create_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The name shown on the dashboard.")] display_name: String,
        #[graphql(
            desc = "The person's email, to link identities with it automatically; unique in the workspace."
        )]
        email: Option<String>,
    ) -> ApiResult<Person> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ManageMembers).await?;
        let name = display_name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(ApiError::BadInput("displayName must be 1–200 characters".into()));
        }
        if email.as_deref().is_some_and(|e| !e.contains('@') || e.len() > 320) {
            return Err(ApiError::BadInput("email is not an email address".into()));
        }
        let db = ctx.data_unchecked::<Db>();
        let now = chrono::Utc::now().naive_utc();
        match persons::create_person(db, workspace_id, name, email.as_deref(), now).await {
            Ok(person) => Ok(Person::from(person)),
            Err(StorageError::Conflict(_)) => {
                Err(ApiError::Conflict("a person with this email exists in the workspace".into()))
            }
            Err(other) => Err(ApiError::storage(other)),
        }
    }

    /// Merges person `from` into person `into` (same workspace): every identity of `from` moves
    /// to `into`, and `from` is deleted. `into` keeps its name, and takes `from`'s email only
    /// when it has none. People figures of every stored day count the two as one from then on.
    /// Admins only.
    async fn merge_people(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The person who stays.")] into: ID,
        #[graphql(desc = "The person merged away (deleted).")] from: ID,
    ) -> ApiResult<Person> {
        caller(ctx)?;
        let (into, from) = (parse_id(&into, "into")?, parse_id(&from, "from")?);
        if into == from {
            return Err(ApiError::BadInput("a person cannot be merged into themselves".into()));
        }
        let db = ctx.data_unchecked::<Db>();
        let workspace = people::person_workspace(db, into).await.map_err(ApiError::storage)?;
        let Some(workspace_id) = workspace else { return Err(ApiError::Forbidden) };
        require(ctx, workspace_id, Action::ManageMembers).await?;
        if people::person_workspace(db, from).await.map_err(ApiError::storage)? != Some(workspace_id) {
            return Err(ApiError::Forbidden);
        }
        let merged = persons::merge(db, workspace_id, into, from).await.map_err(ApiError::storage)?;
        Ok(Person::from(merged))
    }
}
