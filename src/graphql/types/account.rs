//! Accounts, workspaces, members, invitations and API tokens as clients see them. Secrets never
//! cross this line: a token's value appears only in the response that created it.

use async_graphql::{ID, SimpleObject};
use chrono::NaiveDateTime;

use crate::domain::Role;
use crate::graphql::ids::to_id;
use crate::storage::auth_tokens::AuthToken;
use crate::storage::users::User as UserRow;
use crate::storage::workspaces::Workspace as WorkspaceRow;

/// An account.
#[derive(SimpleObject)]
pub struct User {
    pub id: ID,
    pub email: String,
    pub display_name: String,
    /// Instance admins operate the instance; they get no access to workspaces they are not in.
    pub is_instance_admin: bool,
}

impl From<UserRow> for User {
    fn from(u: UserRow) -> Self {
        User {
            id: to_id(u.id),
            email: u.email,
            display_name: u.display_name,
            is_instance_admin: u.is_instance_admin,
        }
    }
}

/// A new session. Keep the token secret: it acts as the account until it expires or is revoked.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Send it as `Authorization: Bearer <token>` (the web dashboard also receives it as an
    /// HttpOnly cookie).
    pub token: String,
    pub user: User,
}

/// A team's or a person's space: its integrations, members and usage.
#[derive(SimpleObject)]
pub struct Workspace {
    pub id: ID,
    pub name: String,
    /// `personal` (one account's own) or `team`.
    pub kind: String,
    /// Below admin, no team figure, nor any sum or difference of answers (a breakdown's total
    /// minus its rows included), singles out fewer people than this. Team figures are made of cells: per integration, the people ever placed
    /// in the same shown teams (or in none) form a cell; teams are shown largest first while every
    /// cell keeps at least this many people, and a team filter or `breakdown(TEAM)` row is given
    /// only for shown teams (hidden ones are out of the breakdown's total too). Tools,
    /// integrations, models and the like split usage, not people, and are not affected.
    /// Admins see everything. 1 turns the rule off.
    pub min_group_size: i32,
    /// The caller's role here.
    pub role: Role,
}

impl Workspace {
    pub fn new(w: WorkspaceRow, role: Role) -> Self {
        Workspace { id: to_id(w.id), name: w.name, kind: w.kind, min_group_size: w.min_group_size, role }
    }
}

/// A member of a workspace.
#[derive(SimpleObject)]
pub struct Member {
    pub user: User,
    pub role: Role,
}

/// A personal API token, without its secret (shown once, at creation).
#[derive(SimpleObject)]
pub struct ApiToken {
    pub id: ID,
    pub name: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

impl From<AuthToken> for ApiToken {
    fn from(t: AuthToken) -> Self {
        ApiToken {
            id: to_id(t.id),
            name: t.name,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        }
    }
}

/// A freshly created API token. `token` is shown only now.
#[derive(SimpleObject)]
pub struct CreatedApiToken {
    pub token: String,
    pub api_token: ApiToken,
}

/// An invitation to join a workspace. Hand `token` to the invitee; it works once, for 7 days, and
/// only for an account with `email`.
#[derive(SimpleObject)]
pub struct Invitation {
    /// Pass it to `revokeInvitation` to withdraw the invitation.
    pub id: ID,
    pub token: String,
    pub email: String,
    pub role: Role,
    pub expires_at: NaiveDateTime,
}

/// An invitation not used yet (its token is shown only when it is made).
#[derive(SimpleObject)]
pub struct PendingInvitation {
    pub id: ID,
    pub email: String,
    pub role: Role,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}
