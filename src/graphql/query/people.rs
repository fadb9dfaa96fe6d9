//! Persons of a workspace and the links suggested between them and vendor identities. Admins
//! only: both name who is behind each identity.

use async_graphql::{Context, ID, Object, SimpleObject};

use crate::auth::Action;
use crate::domain::link_rules::{self, IdentityFacts, LinkReason, PersonFacts};
use crate::graphql::guard::require;
use crate::graphql::ids::parse_id;
use crate::graphql::types::analytics::{ActorInfo, Person};
use crate::graphql::{ApiError, ApiResult};
use crate::storage::analytics::people::{Person as PersonRow, WorkspaceActor};
use crate::storage::{Db, persons};

#[derive(Default)]
pub struct PeopleQuery;

/// A link between a vendor identity and a person that the evidence suggests; confirm it with
/// `linkActor(actorId, personId)`.
#[derive(SimpleObject)]
pub struct PersonLinkSuggestion {
    /// The identity to link.
    pub actor: ActorInfo,
    /// The person it would count as.
    pub person: Person,
    /// Which rule suggested it.
    pub reason: LinkReason,
    /// The evidence in words, e.g. "login alice-smith matches the part of alice.smith@corp.com
    /// before @".
    pub explanation: String,
}

#[Object]
impl PeopleQuery {
    /// Every person of the workspace, by name. Admins only.
    async fn persons(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> ApiResult<Vec<Person>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ReadAllPersonRows).await?;
        let db = ctx.data_unchecked::<Db>();
        Ok(persons::list(db, workspace_id)
            .await
            .map_err(ApiError::storage)?
            .into_iter()
            .map(Person::from)
            .collect())
    }

    /// Links worth confirming: human identities no admin has linked yet, each with a person the
    /// evidence points to (a GitHub login equal to the local part of a person's email; a vendor's
    /// real name equal to a person's name). Confirm one with `linkActor`. Admins only.
    async fn person_link_suggestions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The workspace's id.")] workspace_id: ID,
    ) -> ApiResult<Vec<PersonLinkSuggestion>> {
        let workspace_id = parse_id(&workspace_id, "workspaceId")?;
        require(ctx, workspace_id, Action::ReadAllPersonRows).await?;
        let db = ctx.data_unchecked::<Db>();
        let (everyone, candidates) = futures_util::try_join!(
            persons::list(db, workspace_id),
            persons::link_candidates(db, workspace_id)
        )
        .map_err(ApiError::storage)?;
        Ok(suggestions(workspace_id, &everyone, candidates))
    }
}

/// The suggestions the link rules make for `candidates` among `everyone`.
fn suggestions(
    workspace_id: i64,
    everyone: &[PersonRow],
    candidates: Vec<persons::LinkCandidate>,
) -> Vec<PersonLinkSuggestion> {
    let facts: Vec<PersonFacts<'_>> = everyone
        .iter()
        .map(|p| PersonFacts { id: p.id, display_name: &p.display_name, email: p.email.as_deref() })
        .collect();
    let mut out = Vec::new();
    for candidate in candidates {
        let identity = IdentityFacts {
            kind: candidate.actor.kind,
            identifier: &candidate.actor.identifier,
            display_name: candidate.actor.display_name.as_deref(),
            person_id: candidate.actor.person_id,
        };
        for (person_id, reason, explanation) in link_rules::suggest(identity, &facts) {
            let Some(person) = everyone.iter().find(|p| p.id == person_id) else { continue };
            out.push(PersonLinkSuggestion {
                actor: ActorInfo::from(WorkspaceActor {
                    actor: candidate.actor.clone(),
                    workspace_id,
                    provider: candidate.provider,
                }),
                person: Person::from(person.clone()),
                reason,
                explanation,
            });
        }
    }
    out
}
