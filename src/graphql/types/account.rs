//! Accounts, workspaces, members, invitations and API tokens as clients see them. Secrets never
//! cross this line: a token's value appears only in the response that created it.

use async_graphql::{ID, SimpleObject};
use chrono::NaiveDateTime;

use crate::domain::{Role, WorkspaceKind};
use crate::graphql::ids::to_id;
use crate::storage::auth_tokens::AuthToken;
use crate::storage::users::User as UserRow;
use crate::storage::workspaces::Workspace as WorkspaceRow;

/// An account.
#[derive(SimpleObject)]
pub struct User {
    /// The account's id.
    pub id: ID,
    /// The log-in email.
    pub email: String,
    /// The name shown to other members.
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
    /// The account the session acts as.
    pub user: User,
}

/// A team's or a person's space: its integrations, members and usage.
#[derive(SimpleObject)]
pub struct Workspace {
    /// The workspace's id.
    pub id: ID,
    /// The name shown on the dashboard.
    pub name: String,
    /// Personal (one account's own) or team.
    pub kind: WorkspaceKind,
    /// Below admin, no team figure, nor any sum or difference of answers (a breakdown's total
    /// minus its rows included), singles out fewer people than this. Team figures are made of cells: per integration, the people ever placed
    /// in the same shown teams (or in none) form a cell; teams are shown largest first while every
    /// cell keeps at least this many people, and a team filter or `breakdown(TEAM)` row is given
    /// only for shown teams (hidden ones are out of the breakdown's total too). Tools,
    /// integrations, models and the like split usage, not people, and are not affected.
    /// Admins see everything. 1 turns the rule off.
    pub min_group_size: i32,
    /// Whether share cards made here may be seen by anyone holding their link. When false, no
    /// card can be made (`SHARE_CARDS_DISABLED`) and every existing card's link answers 404.
    pub public_share_cards: bool,
    /// The caller's role here.
    pub role: Role,
}

impl Workspace {
    /// The workspace as the caller sees it, with the caller's role in it.
    pub fn new(w: WorkspaceRow, role: Role) -> Self {
        Workspace {
            id: to_id(w.id),
            name: w.name,
            kind: w.kind,
            min_group_size: w.min_group_size,
            public_share_cards: w.public_share_cards,
            role,
        }
    }
}

/// A member of a workspace.
#[derive(SimpleObject)]
pub struct Member {
    /// The member's account.
    pub user: User,
    /// The member's role in the workspace.
    pub role: Role,
}

/// A personal API token, without its secret (shown once, at creation).
#[derive(SimpleObject)]
pub struct ApiToken {
    /// The token's id (what `revokeApiToken` takes).
    pub id: ID,
    /// The name given at creation.
    pub name: String,
    /// When it was created (UTC).
    pub created_at: NaiveDateTime,
    /// When it last authenticated a request (UTC); null if never.
    pub last_used_at: Option<NaiveDateTime>,
    /// When it was revoked (UTC); null while valid.
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
    /// The token itself: send it as `Authorization: Bearer <token>`. Shown only here.
    pub token: String,
    /// The token's details, as `apiTokens` lists them.
    pub api_token: ApiToken,
}

/// An invitation to join a workspace. Hand `token` to the invitee; it works once, for 7 days, and
/// only for an account with `email`.
#[derive(SimpleObject)]
pub struct Invitation {
    /// Pass it to `revokeInvitation` to withdraw the invitation.
    pub id: ID,
    /// The one-time token to pass to `acceptInvite` or `signUp`. Shown only here.
    pub token: String,
    /// The address the invitation is for; only an account with it can accept.
    pub email: String,
    /// The role the invited person gets.
    pub role: Role,
    /// When the invitation stops working (UTC).
    pub expires_at: NaiveDateTime,
}

/// An invitation not used yet (its token is shown only when it is made).
#[derive(SimpleObject)]
pub struct PendingInvitation {
    /// The invitation's id (what `revokeInvitation` takes).
    pub id: ID,
    /// The address it is for.
    pub email: String,
    /// The role it grants.
    pub role: Role,
    /// When it was made (UTC).
    pub created_at: NaiveDateTime,
    /// When it stops working (UTC).
    pub expires_at: NaiveDateTime,
}
