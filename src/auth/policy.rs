//! The authorization policy: which role may do what in a workspace. The only place that decides.
//!
//! A caller who is not a member of a workspace is refused exactly like a member with too low a role,
//! and a workspace that does not exist looks the same as one the caller is not in: the answer never
//! tells whether something exists elsewhere.

use crate::domain::Role;
use crate::storage::{Db, StorageError, workspaces};

use super::Caller;

/// Things a caller may want to do in a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the workspace, its integrations, sync status and aggregate figures.
    ReadAggregates,
    /// See per-person rows about themselves.
    ReadOwnPersonRows,
    /// See per-person rows about everyone.
    ReadAllPersonRows,
    /// Connect, change, sync and disconnect integrations.
    ManageIntegrations,
    /// Invite, remove and change the role of members; change workspace settings.
    ManageMembers,
    /// Make someone an owner, or change an owner's role or remove them (leaving aside).
    ManageOwners,
    /// Delete the workspace and everything in it.
    DeleteWorkspace,
    /// Read the workspace's audit log.
    ReadAuditLog,
}

impl Action {
    /// The least role allowed to do this.
    pub fn min_role(self) -> Role {
        match self {
            Action::ReadAggregates => Role::Viewer,
            Action::ReadOwnPersonRows => Role::Member,
            Action::ReadAllPersonRows | Action::ManageIntegrations | Action::ManageMembers => Role::Admin,
            Action::ManageOwners | Action::DeleteWorkspace | Action::ReadAuditLog => Role::Owner,
        }
    }

    /// Reading only: nothing changes if it is allowed.
    pub fn is_read(self) -> bool {
        matches!(self, Action::ReadAggregates | Action::ReadOwnPersonRows | Action::ReadAllPersonRows)
    }
}

/// Why a request was refused.
#[derive(Debug, thiserror::Error)]
pub enum Denied {
    #[error("authentication required")]
    /// The request carries no valid session or API token.
    Unauthenticated,
    #[error("not allowed")]
    /// The caller's role does not allow the action, or the workspace is not theirs.
    Forbidden,
    #[error(transparent)]
    /// The role could not be read.
    Storage(#[from] StorageError),
}

/// The caller's role when they may do `action` in `workspace_id`.
pub async fn authorize(
    db: &Db,
    caller: Option<&Caller>,
    workspace_id: i64,
    action: Action,
) -> Result<Role, Denied> {
    let caller = caller.ok_or(Denied::Unauthenticated)?;
    decide(workspaces::role_of(db, workspace_id, caller.user_id).await?, action)
}

/// Whether a member with `role` (`None`: not a member) may do `action`, for callers that already
/// know the role.
pub fn decide(role: Option<Role>, action: Action) -> Result<Role, Denied> {
    match role {
        Some(role) if role >= action.min_role() => Ok(role),
        _ => Err(Denied::Forbidden),
    }
}
