//! Share card mutations: make a card (the only answer that holds its link) and revoke one. Both
//! are written to the audit log here: the audit extension finds workspaces by top-level
//! arguments, and a card's workspace is inside its input or behind its id.

use async_graphql::{Context, ID, Object};
use chrono::Utc;

use crate::graphql::audit::{AuditedAction, record};
use crate::graphql::guard::caller;
use crate::graphql::ids::parse_id;
use crate::graphql::types::{CreateShareCardInput, CreatedShareCard, ShareCard};
use crate::graphql::{ApiError, ApiResult, PublicBase};
use crate::share::create;
use crate::storage::Db;

#[derive(Default)]
pub struct ShareCardMutation;

#[Object]
impl ShareCardMutation {
    /// Makes a share card: the figures are read now and frozen, the 1200 × 627 PNG is drawn once,
    /// and a link anyone may open is returned — only here, never again. A PERSON card shows the
    /// caller's own usage only (members and up); a TEAM card a team's aggregates (admins), and
    /// only a team a viewer could see under `minGroupSize`. `SHARE_CARDS_DISABLED` when the
    /// workspace turned cards off (`publicShareCards`) or the instance has no public URL.
    async fn create_share_card(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What the card shows.")] input: CreateShareCardInput,
    ) -> ApiResult<CreatedShareCard> {
        let caller = caller(ctx)?;
        let request = input.request()?;
        let workspace_id = request.workspace_id;
        let db = ctx.data_unchecked::<Db>();
        let base = ctx.data_unchecked::<PublicBase>().0.as_deref();
        let made = create::create(db, caller, base, request, Utc::now().naive_utc())
            .await
            .map_err(ApiError::from)?;
        let detail = serde_json::json!({ "kind": made.card.kind.as_str(), "title": made.card.title });
        let target = Some(("share_card", made.card.id.to_string()));
        let action = "createShareCard";
        record(
            db,
            AuditedAction { workspace_id: Some(workspace_id), actor: Some(caller), action, target, detail },
        )
        .await;
        Ok(made.into())
    }

    /// Revokes a share card: its link and image answer 404 at once. The card's maker, or an
    /// admin of its workspace. Revoking twice keeps the first time.
    async fn revoke_share_card(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The card's id, from `shareCards` or `createShareCard`.")] id: ID,
    ) -> ApiResult<ShareCard> {
        let caller = caller(ctx)?;
        let id = parse_id(&id, "id")?;
        let db = ctx.data_unchecked::<Db>();
        let card = create::revoke(db, caller, id, Utc::now().naive_utc()).await.map_err(ApiError::from)?;
        record(
            db,
            AuditedAction {
                workspace_id: Some(card.workspace_id),
                actor: Some(caller),
                action: "revokeShareCard",
                target: Some(("share_card", card.id.to_string())),
                detail: serde_json::json!({}),
            },
        )
        .await;
        Ok(card.into())
    }
}
