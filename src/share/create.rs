//! Making a card: the access rules (see the module comment of [`super`]), the snapshot, the PNG
//! rendered once, the token, and the stored row. Revoking is here too.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::links::{self, CardLinks};
use super::snapshot::{self, Snapshot};
use super::{ShareError, card_svg, png, token};
use crate::analytics::privacy::TeamGroups;
use crate::analytics::{self, Audience, Filter, Request, Rows, Scope};
use crate::auth::{Action, Caller, policy};
use crate::domain::{Identities, Provider, Role, ShareCardFigure, ShareCardKind};
use crate::storage::analytics::people;
use crate::storage::share_links::{self, NewShareLink, ShareLink};
use crate::storage::usage::OwnRows;
use crate::storage::{Db, users, workspaces};

/// The most cards one account may make in one workspace (each holds a PNG).
pub const MAX_CARDS_PER_CREATOR: i64 = 200;
/// The longest team name accepted.
const MAX_TEAM_CHARS: usize = 200;

/// What the caller asks a card to show.
#[derive(Debug, Clone)]
pub struct CardRequest {
    /// The workspace whose figures it shows.
    pub workspace_id: i64,
    /// The caller's own card, or a team's.
    pub kind: ShareCardKind,
    /// First UTC day (already checked by `analytics::range`).
    pub from: NaiveDate,
    /// Last UTC day.
    pub to: NaiveDate,
    /// Only these tools; empty means every tool.
    pub tools: Vec<Provider>,
    /// The figures, in order; empty means every figure.
    pub figures: Vec<ShareCardFigure>,
    /// The team of a TEAM card.
    pub team: Option<String>,
    /// When the link stops working, if ever.
    pub expires_at: Option<NaiveDateTime>,
}

/// What the creator chose, as stored in the card's `options` (JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardOptions {
    /// The figures, in order.
    pub figures: Vec<ShareCardFigure>,
    /// The tools (stored spellings); empty means every tool.
    pub tools: Vec<String>,
    /// First UTC day.
    pub from: NaiveDate,
    /// Last UTC day.
    pub to: NaiveDate,
    /// The team of a TEAM card.
    pub team: Option<String>,
}

/// A card just made: the only time its token (inside `links`) is known.
#[derive(Debug, Clone)]
pub struct CreatedCard {
    /// The stored card.
    pub card: ShareLink,
    /// What it shows.
    pub snapshot: Snapshot,
    /// Its public addresses.
    pub links: CardLinks,
    /// The suggested post.
    pub post_text: String,
}

/// Makes a card for `caller`; `public_base` is the configured public URL (cards need one).
pub async fn create(
    db: &Db,
    caller: &Caller,
    public_base: Option<&str>,
    request: CardRequest,
    now: NaiveDateTime,
) -> Result<CreatedCard, ShareError> {
    let action = match request.kind {
        ShareCardKind::Person => Action::ReadOwnPersonRows,
        ShareCardKind::Team => Action::ReadAllPersonRows,
    };
    let role = policy::authorize(db, Some(caller), request.workspace_id, action).await?;
    if !workspaces::get(db, request.workspace_id).await?.public_share_cards {
        return Err(ShareError::Disabled("this workspace has turned share cards off"));
    }
    let base = public_base.ok_or(ShareError::Disabled(
        "share cards need the service's public URL: the operator sets AI_USAGE_PUBLIC_URL",
    ))?;
    let request = checked(request, now)?;
    if share_links::count_by_creator(db, request.workspace_id, caller.user_id).await? >= MAX_CARDS_PER_CREATOR
    {
        return Err(ShareError::BadInput(format!(
            "you have made {MAX_CARDS_PER_CREATOR} cards in this workspace; revoke old ones first"
        )));
    }
    let (title, scope) = match (&request.kind, &request.team) {
        (ShareCardKind::Team, Some(team)) => {
            (format!("Team {team}"), team_scope(db, caller, role, &request, team).await?)
        }
        _ => (users::get(db, caller.user_id).await?.display_name, person_scope(db, caller, &request).await?),
    };
    let snapshot = snapshot::freeze(db, &scope, &title, &request.tools, &request.figures).await?;
    let svg = card_svg::svg(&snapshot);
    // Drawing takes tens of milliseconds of CPU: off the async workers.
    let card_png = tokio::task::spawn_blocking(move || png::render(&svg))
        .await
        .map_err(|e| ShareError::Internal(format!("the card renderer stopped: {e}")))?
        .map_err(ShareError::Internal)?;
    let options = CardOptions {
        figures: request.figures.clone(),
        tools: request.tools.iter().map(|p| p.as_str().to_owned()).collect(),
        from: request.from,
        to: request.to,
        team: request.team.clone(),
    };
    let options = serde_json::to_string(&options).map_err(|e| ShareError::Internal(e.to_string()))?;
    let snapshot_json = serde_json::to_string(&snapshot).map_err(|e| ShareError::Internal(e.to_string()))?;
    let token = token::generate();
    let card = share_links::create(
        db,
        &NewShareLink {
            workspace_id: request.workspace_id,
            created_by: caller.user_id,
            kind: request.kind,
            title: &title,
            options: &options,
            snapshot: &snapshot_json,
            card_png: &card_png,
            token_hash: &token::hash(&token),
            created_at: now,
            expires_at: request.expires_at,
        },
    )
    .await?;
    let links = CardLinks::new(base, &token);
    let post_text = links::post_text(&snapshot, &links.page);
    Ok(CreatedCard { card, snapshot, links, post_text })
}

/// Revokes card `id`: its creator, or an admin of its workspace. A card the caller cannot see is
/// `Forbidden`, like one that does not exist.
pub async fn revoke(db: &Db, caller: &Caller, id: i64, now: NaiveDateTime) -> Result<ShareLink, ShareError> {
    let card = match share_links::get(db, id).await {
        Ok(card) => card,
        Err(crate::storage::StorageError::NotFound) => return Err(ShareError::Forbidden),
        Err(other) => return Err(other.into()),
    };
    let action =
        if card.created_by == caller.user_id { Action::ReadAggregates } else { Action::ManageMembers };
    policy::authorize(db, Some(caller), card.workspace_id, action).await?;
    Ok(share_links::revoke(db, id, now).await?)
}

/// The request with its lists deduplicated and bounded, and its team and expiry checked.
fn checked(mut request: CardRequest, now: NaiveDateTime) -> Result<CardRequest, ShareError> {
    let bad = |m: &str| Err(ShareError::BadInput(m.to_owned()));
    if request.figures.is_empty() {
        request.figures = ShareCardFigure::ALL.to_vec();
    }
    dedup(&mut request.figures);
    dedup(&mut request.tools);
    if request.expires_at.is_some_and(|at| at <= now) {
        return bad("expiresAt must be in the future");
    }
    match (request.kind, &mut request.team) {
        (ShareCardKind::Person, Some(_)) => return bad("a PERSON card takes no team"),
        (ShareCardKind::Team, None) => return bad("a TEAM card needs a team"),
        (ShareCardKind::Team, Some(team)) => {
            *team = team.trim().to_owned();
            if team.is_empty() || team.chars().count() > MAX_TEAM_CHARS || team.chars().any(char::is_control)
            {
                return bad("the team name must be 1 to 200 printable characters");
            }
        }
        (ShareCardKind::Person, None) => {}
    }
    Ok(request)
}

fn dedup<T: PartialEq + Copy>(list: &mut Vec<T>) {
    let mut seen = Vec::with_capacity(list.len());
    list.retain(|v| {
        let new = !seen.contains(v);
        seen.push(*v);
        new
    });
}

/// The caller's own identities in the workspace, whatever their role: a card made by an admin
/// still shows only them.
async fn person_scope(db: &Db, caller: &Caller, request: &CardRequest) -> Result<Scope, ShareError> {
    let own = OwnRows { user_id: caller.user_id, email: &caller.email };
    let actor_ids = people::own_actor_ids(db, request.workspace_id, own).await?;
    if actor_ids.is_empty() {
        return Err(ShareError::BadInput(
            "no usage in this workspace is yours yet: an admin links your identities to you".into(),
        ));
    }
    let mut scope = slice(request);
    analytics::scope::restrict(&mut scope, actor_ids);
    Ok(scope)
}

/// The team's actors, when a viewer could see the team under the minimum group size.
async fn team_scope(
    db: &Db,
    caller: &Caller,
    role: Role,
    request: &CardRequest,
    team: &str,
) -> Result<Scope, ShareError> {
    // The public is no more than a viewer: the team must be shown to one (see analytics::privacy).
    let public = Audience { role: Role::Viewer, user_id: caller.user_id, email: String::new() };
    let teams = vec![team.to_owned()];
    if let Some(groups) = TeamGroups::for_audience(db, &public, &slice(request)).await?
        && !groups.allows(&teams)
    {
        return Err(ShareError::BadInput(format!(
            "team {team:?} is too small for a public card under this workspace's minimum group size"
        )));
    }
    let audience = Audience { role, user_id: caller.user_id, email: caller.email.clone() };
    let question = Request {
        workspace_id: request.workspace_id,
        from: request.from,
        to: request.to,
        filter: Filter { providers: request.tools.clone(), teams, ..Filter::default() },
        identities: Identities::default(),
    };
    let selection = analytics::scope::select(db, audience, question, Rows::Aggregates).await?;
    if selection.scope.actor_ids.as_ref().is_some_and(Vec::is_empty) {
        return Err(ShareError::BadInput(format!("no one was ever placed in team {team:?}")));
    }
    Ok(selection.scope)
}

/// The workspace, days and tools of the request, over everyone.
fn slice(request: &CardRequest) -> Scope {
    Scope {
        workspace_id: request.workspace_id,
        from: request.from,
        to: request.to,
        providers: request.tools.clone(),
        integration_ids: vec![],
        actor_ids: None,
        identities: Identities::default(),
    }
}
