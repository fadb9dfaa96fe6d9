//! Share cards (`share_links`): a frozen snapshot of figures and its PNG, reachable by anyone
//! holding the link's token. Only the token's SHA-256 is stored; the public routes look a card
//! up by that hash and get it only while it is live (not revoked, not expired, its workspace
//! still allowing public cards).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::{share_links, workspaces};
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::ShareCardKind;

/// One card, without its PNG (lists and checks need no image bytes).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = share_links, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct ShareLink {
    /// Row id.
    pub id: i64,
    /// The workspace whose figures it shows.
    pub workspace_id: i64,
    /// The account that made it.
    pub created_by: i64,
    /// A person's or a team's card.
    pub kind: ShareCardKind,
    /// The heading shown on the card and the page.
    pub title: String,
    /// What the creator chose (figures, tools, period, team), JSON.
    pub options: String,
    /// The figures as they were at creation, JSON: the page and PNG show only these.
    pub snapshot: String,
    /// SHA-256 of the link's token.
    pub token_hash: String,
    /// When it was made.
    pub created_at: NaiveDateTime,
    /// When the link stops working, if ever.
    pub expires_at: Option<NaiveDateTime>,
    /// When it was revoked; `None` while it works.
    pub revoked_at: Option<NaiveDateTime>,
}

/// A card to store.
#[derive(Debug, Insertable)]
#[diesel(table_name = share_links)]
pub struct NewShareLink<'a> {
    /// The workspace whose figures it shows.
    pub workspace_id: i64,
    /// The account making it.
    pub created_by: i64,
    /// A person's or a team's card.
    pub kind: ShareCardKind,
    /// The heading.
    pub title: &'a str,
    /// The creator's choices, JSON.
    pub options: &'a str,
    /// The frozen figures, JSON.
    pub snapshot: &'a str,
    /// The rendered card.
    pub card_png: &'a [u8],
    /// SHA-256 of the token.
    pub token_hash: &'a str,
    /// Now.
    pub created_at: NaiveDateTime,
    /// When the link stops working, if ever.
    pub expires_at: Option<NaiveDateTime>,
}

/// Stores a card and returns its row.
pub async fn create(db: impl Into<DbConn<'_>>, new: &NewShareLink<'_>) -> Result<ShareLink, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(share_links::table)
            .values(new)
            .returning(ShareLink::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// One card by id; `NotFound` when there is none.
pub async fn get(db: impl Into<DbConn<'_>>, id: i64) -> Result<ShareLink, StorageError> {
    db_run!(db, |conn| Ok(share_links::table.find(id).select(ShareLink::as_select()).first(conn).await?))
}

/// A workspace's cards, newest first: all of them, or only those `created_by` made.
pub async fn list(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    created_by: Option<i64>,
    limit: i64,
) -> Result<Vec<ShareLink>, StorageError> {
    db_run!(db, |conn| {
        let mut query = share_links::table
            .filter(share_links::workspace_id.eq(workspace_id))
            .select(ShareLink::as_select())
            .order(share_links::id.desc())
            .limit(limit)
            .into_boxed();
        if let Some(user_id) = created_by {
            query = query.filter(share_links::created_by.eq(user_id));
        }
        Ok(query.load(conn).await?)
    })
}

/// Marks a card revoked (once: a second revoke keeps the first time) and returns its row.
pub async fn revoke(
    db: impl Into<DbConn<'_>>,
    id: i64,
    now: NaiveDateTime,
) -> Result<ShareLink, StorageError> {
    db_run!(db, |conn| {
        diesel::update(share_links::table.find(id).filter(share_links::revoked_at.is_null()))
            .set(share_links::revoked_at.eq(now))
            .execute(conn)
            .await?;
        Ok(share_links::table.find(id).select(ShareLink::as_select()).first(conn).await?)
    })
}

// The cards that may be served: the one rule both public routes share (a macro because the
// joined, filtered query's type is long to spell out).
macro_rules! live {
    ($token_hash:expr, $now:expr) => {
        share_links::table
            .inner_join(workspaces::table)
            .filter(share_links::token_hash.eq($token_hash))
            .filter(share_links::revoked_at.is_null())
            .filter(share_links::expires_at.is_null().or(share_links::expires_at.gt($now)))
            .filter(workspaces::public_share_cards.eq(true))
    };
}

/// The live card whose token hashes to `token_hash`: not revoked, not expired at `now`, in a
/// workspace that allows public cards. `None` otherwise, whichever the reason.
pub async fn live_by_token_hash(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<ShareLink>, StorageError> {
    db_run!(db, |conn| {
        Ok(live!(token_hash, now).select(ShareLink::as_select()).first(conn).await.optional()?)
    })
}

/// The PNG of the live card whose token hashes to `token_hash` (same rules as
/// [`live_by_token_hash`]).
pub async fn live_png_by_token_hash(
    db: impl Into<DbConn<'_>>,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<Vec<u8>>, StorageError> {
    db_run!(db, |conn| {
        Ok(live!(token_hash, now).select(share_links::card_png).first(conn).await.optional()?)
    })
}

/// Turns a workspace's public cards on or off.
pub async fn set_public_share_cards(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    on: bool,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(workspaces::table.find(workspace_id))
            .set(workspaces::public_share_cards.eq(on))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// How many cards `user_id` has made in a workspace (revoked ones included: they keep their PNG).
pub async fn count_by_creator(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
    user_id: i64,
) -> Result<i64, StorageError> {
    db_run!(db, |conn| {
        Ok(share_links::table
            .filter(share_links::workspace_id.eq(workspace_id))
            .filter(share_links::created_by.eq(user_id))
            .count()
            .get_result(conn)
            .await?)
    })
}
