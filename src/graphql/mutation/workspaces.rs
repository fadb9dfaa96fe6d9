//! Workspace mutations: create and delete workspaces, invitations, member roles and settings.
//! Ownership rules: only owners grant or take away ownership, and a workspace always keeps one
//! owner. Every change of access is announced so live connections re-check it.

use async_graphql::{Context, ID, Object};
use chrono::{TimeDelta, Utc};

use crate::auth::accounts::AccountError;
use crate::auth::validate::{self, InputError};
use crate::auth::{Action, tokens};
use crate::domain::Role;
use crate::graphql::guard::{Access, caller, require};
use crate::graphql::ids::{parse_id, to_id};
use crate::graphql::types::{Invitation, Member, Workspace};
use crate::graphql::{ApiError, ApiResult};
use crate::storage::{Db, StorageError, invites, share_links, users, workspaces};
use crate::sync::events::EventBus;

/// How long an invitation can be used.
const INVITE_TTL: TimeDelta = TimeDelta::days(7);

#[derive(Default)]
pub struct WorkspaceMutation;

#[Object]
impl WorkspaceMutation {
    /// Creates a team workspace owned by the caller (a name of at most 100 characters).
    async fn create_workspace(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The name shown on the dashboard.")] name: String,
    ) -> ApiResult<Workspace> {
        let caller = caller(ctx)?;
        let name = validate::name(&name, "a workspace name").map_err(bad_input)?;
        let db = ctx.data_unchecked::<Db>();
        let ws = workspaces::create_with_owner(
            db,
            name,
            crate::domain::WorkspaceKind::Team,
            caller.user_id,
            now(),
        )
        .await
        .map_err(ApiError::storage)?;
        Ok(Workspace::new(ws, Role::Owner))
    }

    /// Invites someone by email. Returns a one-time token for them to pass to `acceptInvite` (or
    /// `signUp`); it works only for an account with this email, and that address then counts as
    /// verified in this workspace (per-person rows with it are the member's own). Admins may
    /// invite admins, members and viewers.
    async fn invite_member(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The invitee's email; only an account with it can accept.")] email: String,
        #[graphql(
            desc = "The role they get: ADMIN, MEMBER or VIEWER (OWNER is given with `setMemberRole`)."
        )]
        role: Role,
    ) -> ApiResult<Invitation> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let access = require(ctx, workspace_id, Action::ManageMembers).await?;
        if role == Role::Owner {
            return Err(ApiError::BadInput(
                "invite as admin, then make them owner with setMemberRole".into(),
            ));
        }
        let email = validate::email(&email).map_err(bad_input)?;
        create_invite(ctx.data_unchecked::<Db>(), workspace_id, &email, role, access.caller.user_id).await
    }

    /// Withdraws an invitation that has not been used yet. Admins of its workspace only.
    async fn revoke_invitation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The invitation's id, from `invitations`.")] id: ID,
    ) -> ApiResult<bool> {
        let id = parse_id(&id, "id")?;
        let db = ctx.data_unchecked::<Db>();
        caller(ctx)?;
        // An invitation of another workspace is refused like one that does not exist.
        let workspace_id =
            invites::workspace_of(db, id).await.map_err(ApiError::storage)?.ok_or(ApiError::Forbidden)?;
        require(ctx, workspace_id, Action::ManageMembers).await?;
        invites::revoke(db, id).await.map_err(|e| match e {
            StorageError::NotFound => ApiError::BadInput("the invitation was already used".into()),
            other => ApiError::storage(other),
        })?;
        Ok(true)
    }

    /// Joins the workspace an invitation is for, with the invited role. The invitation must be
    /// for the caller's email address.
    async fn accept_invite(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The token `inviteMember` returned.")] token: String,
    ) -> ApiResult<Workspace> {
        let caller = caller(ctx)?;
        let db = ctx.data_unchecked::<Db>();
        let (workspace_id, role) =
            invites::accept(db, &tokens::hash(&token), caller.user_id, &caller.email, now()).await.map_err(
                |e| match e {
                    StorageError::NotFound => ApiError::BadInput(AccountError::InvalidInvite.to_string()),
                    other => ApiError::storage(other),
                },
            )?;
        let ws = workspaces::get(db, workspace_id).await.map_err(ApiError::storage)?;
        Ok(Workspace::new(ws, role))
    }

    /// Changes a member's role. Only owners may grant or take away ownership; the last owner
    /// stays owner.
    async fn set_member_role(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The member's account id.")] user_id: ID,
        #[graphql(desc = "The new role.")] role: Role,
    ) -> ApiResult<Member> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let user_id = parse_id(&user_id, "userId")?;
        let access = require(ctx, workspace_id, Action::ManageMembers).await?;
        let db = ctx.data_unchecked::<Db>();
        let current = workspaces::role_of(db, workspace_id, user_id)
            .await
            .map_err(ApiError::storage)?
            .ok_or_else(|| ApiError::BadInput("that user is not a member".into()))?;
        check_ownership(db, &access, workspace_id, current, Some(role), false).await?;
        workspaces::set_member_role(db, workspace_id, user_id, role, now())
            .await
            .map_err(ApiError::storage)?;
        ctx.data_unchecked::<EventBus>().publish_access_changed(workspace_id, Some(user_id));
        let user = users::get(db, user_id).await.map_err(ApiError::storage)?;
        Ok(Member { user: user.into(), role })
    }

    /// Removes a member (admins), or lets the caller leave. The last owner cannot leave.
    async fn remove_member(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "The member's account id (the caller's own to leave).")] user_id: ID,
    ) -> ApiResult<bool> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let user_id = parse_id(&user_id, "userId")?;
        let caller = caller(ctx)?;
        let db = ctx.data_unchecked::<Db>();
        let leaving = caller.user_id == user_id;
        let access =
            require(ctx, workspace_id, if leaving { Action::ReadAggregates } else { Action::ManageMembers })
                .await?;
        let target = workspaces::role_of(db, workspace_id, user_id)
            .await
            .map_err(ApiError::storage)?
            .ok_or_else(|| ApiError::BadInput("that user is not a member".into()))?;
        check_ownership(db, &access, workspace_id, target, None, leaving).await?;
        workspaces::remove_member(db, workspace_id, user_id).await.map_err(ApiError::storage)?;
        ctx.data_unchecked::<EventBus>().publish_access_changed(workspace_id, Some(user_id));
        Ok(true)
    }

    /// Changes workspace settings; a setting left out keeps its value. `minGroupSize`: below
    /// admin, no team figure (nor any sum or difference of figures) singles out fewer people; see
    /// `Workspace.minGroupSize` (1 = off). `publicShareCards`: see `Workspace.publicShareCards`.
    async fn update_workspace_settings(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
        #[graphql(desc = "From 1 (off) to 1000.")] min_group_size: Option<i32>,
        #[graphql(
            desc = "Whether share cards made here may be seen by anyone holding their link; false stops every existing link at once."
        )]
        public_share_cards: Option<bool>,
    ) -> ApiResult<Workspace> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        let access = require(ctx, workspace_id, Action::ManageMembers).await?;
        if min_group_size.is_some_and(|size| !(1..=1000).contains(&size)) {
            return Err(ApiError::BadInput("minGroupSize must be between 1 and 1000".into()));
        }
        let db = ctx.data_unchecked::<Db>();
        if let Some(on) = public_share_cards {
            share_links::set_public_share_cards(db, workspace_id, on).await.map_err(ApiError::storage)?;
        }
        let ws = match min_group_size {
            Some(size) => workspaces::set_min_group_size(db, workspace_id, size).await,
            None => workspaces::get(db, workspace_id).await,
        };
        Ok(Workspace::new(ws.map_err(ApiError::storage)?, access.role))
    }

    /// Deletes a team workspace with its integrations and all their data. Owners only.
    async fn delete_workspace(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The team workspace's id.")] workspace_id: ID,
    ) -> ApiResult<bool> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::DeleteWorkspace).await?;
        let db = ctx.data_unchecked::<Db>();
        let ws = workspaces::get(db, workspace_id).await.map_err(ApiError::storage)?;
        if ws.kind == crate::domain::WorkspaceKind::Personal {
            return Err(ApiError::BadInput("a personal workspace lives as long as its account".into()));
        }
        workspaces::delete(db, workspace_id).await.map_err(ApiError::storage)?;
        ctx.data_unchecked::<EventBus>().publish_access_changed(workspace_id, None);
        Ok(true)
    }
}

/// Makes an invitation to `workspace_id` for `email` with `role`, valid for [`INVITE_TTL`].
async fn create_invite(
    db: &Db,
    workspace_id: i64,
    email: &str,
    role: Role,
    invited_by: i64,
) -> ApiResult<Invitation> {
    let token = tokens::generate();
    let new = invites::NewInvite {
        workspace_id,
        email,
        role,
        token_hash: &tokens::hash(&token),
        invited_by: Some(invited_by),
        expires_at: now() + INVITE_TTL,
        created_at: now(),
    };
    let invite = invites::create(db, &new).await.map_err(ApiError::storage)?;
    Ok(Invitation { id: to_id(invite.id), token, email: invite.email, role, expires_at: invite.expires_at })
}

/// The ownership rules for a member whose role goes from `current` to `next` (`None`: removed):
/// only owners grant or take away ownership (a member leaving on their own needs no one's
/// leave), and the last owner stays one.
async fn check_ownership(
    db: &Db,
    access: &Access<'_>,
    workspace_id: i64,
    current: Role,
    next: Option<Role>,
    leaving: bool,
) -> ApiResult<()> {
    let touches_owner = current == Role::Owner || next == Some(Role::Owner);
    if touches_owner && !leaving && !access.may(Action::ManageOwners) {
        return Err(ApiError::Forbidden);
    }
    if current == Role::Owner
        && next != Some(Role::Owner)
        && workspaces::owner_count(db, workspace_id).await.map_err(ApiError::storage)? <= 1
    {
        return Err(ApiError::BadInput("a workspace needs at least one owner".into()));
    }
    Ok(())
}

fn bad_input(err: InputError) -> ApiError {
    ApiError::BadInput(err.to_string())
}

fn now() -> chrono::NaiveDateTime {
    Utc::now().naive_utc()
}
