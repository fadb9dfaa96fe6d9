//! Share cards as the API shows them. A card's link (which holds its secret token) appears only
//! in [`CreatedShareCard`], the answer of `createShareCard`; a [`ShareCard`] carries no address.

use async_graphql::{ID, InputObject, SimpleObject};
use chrono::NaiveDateTime;

use super::analytics::DateRange;
use crate::domain::{Provider, ShareCardFigure, ShareCardKind};
use crate::graphql::ApiResult;
use crate::graphql::ids::{parse_id, to_id};
use crate::graphql::selection::resolve_range;
use crate::share::create::{CardOptions, CardRequest, CreatedCard};
use crate::storage::share_links::ShareLink;

/// What `createShareCard` makes.
#[derive(InputObject)]
pub struct CreateShareCardInput {
    /// The workspace whose figures the card shows.
    pub workspace_id: ID,
    /// PERSON: the caller's own figures (members and up). TEAM: one team's aggregates (admins).
    pub kind: ShareCardKind,
    /// The UTC days the figures cover; see `DateRange` for the defaults (the last 90 days).
    pub range: Option<DateRange>,
    /// Only these tools; missing or empty means every tool.
    pub tools: Option<Vec<Provider>>,
    /// The figures to show, in this order (at most six numbers, plus the heatmap); missing or
    /// empty means all of them.
    pub figures: Option<Vec<ShareCardFigure>>,
    /// The team of a TEAM card (as the vendor names it). Below the workspace's minimum group
    /// size — when a viewer could not see the team — the card is refused.
    pub team: Option<String>,
    /// When the link stops working (UTC); missing means never (until revoked).
    pub expires_at: Option<NaiveDateTime>,
}

impl CreateShareCardInput {
    /// The request the share module takes, once the ids and the range are checked.
    pub fn request(self) -> ApiResult<CardRequest> {
        let (from, to) = resolve_range(self.range)?;
        Ok(CardRequest {
            workspace_id: parse_id(&self.workspace_id, "workspaceId")?,
            kind: self.kind,
            from,
            to,
            tools: self.tools.unwrap_or_default(),
            figures: self.figures.unwrap_or_default(),
            team: self.team,
            expires_at: self.expires_at,
        })
    }
}

/// A share card, without its link (the link is shown once, by `createShareCard`).
#[derive(SimpleObject)]
pub struct ShareCard {
    /// The card's id (what `revokeShareCard` takes).
    pub id: ID,
    /// Whose figures it shows.
    pub kind: ShareCardKind,
    /// Its heading: the person's name, or `Team …`.
    pub title: String,
    /// The figures it shows, in order.
    pub figures: Vec<ShareCardFigure>,
    /// The account that made it.
    pub created_by: ID,
    /// When it was made (UTC); its figures are as of then.
    pub created_at: NaiveDateTime,
    /// When its link stops working (UTC), if ever.
    pub expires_at: Option<NaiveDateTime>,
    /// When it was revoked (UTC); its link answers 404 from then on.
    pub revoked_at: Option<NaiveDateTime>,
}

impl From<ShareLink> for ShareCard {
    fn from(card: ShareLink) -> Self {
        let figures =
            serde_json::from_str::<CardOptions>(&card.options).map(|o| o.figures).unwrap_or_default();
        ShareCard {
            id: to_id(card.id),
            kind: card.kind,
            title: card.title,
            figures,
            created_by: to_id(card.created_by),
            created_at: card.created_at,
            expires_at: card.expires_at,
            revoked_at: card.revoked_at,
        }
    }
}

/// A card just made, with its addresses: the only time they are shown.
#[derive(SimpleObject)]
pub struct CreatedShareCard {
    /// The card.
    pub card: ShareCard,
    /// The public page (with OpenGraph tags for LinkedIn and others). Anyone holding it sees the
    /// card until it is revoked, expires, or the workspace turns cards off.
    pub url: String,
    /// The card's PNG (1200 × 627).
    pub image_url: String,
    /// The PNG as a file download.
    pub download_url: String,
    /// LinkedIn's share dialog for the page.
    pub linkedin_share_url: String,
    /// A suggested post: the figures in one sentence, then the page's address.
    pub post_text: String,
}

impl From<CreatedCard> for CreatedShareCard {
    fn from(made: CreatedCard) -> Self {
        CreatedShareCard {
            linkedin_share_url: made.links.linkedin(),
            url: made.links.page,
            image_url: made.links.image,
            download_url: made.links.download,
            post_text: made.post_text,
            card: made.card.into(),
        }
    }
}
