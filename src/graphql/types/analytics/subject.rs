//! Whom per-person figures are about: a person, or an actor linked to nobody, with their names
//! and identities (batched through the DataLoaders).

use async_graphql::{ComplexObject, Context, ID, SimpleObject};

use crate::domain::{ActorKind, IdentityKind, Provider};
use crate::graphql::ids::to_id;
use crate::graphql::limits::cost;
use crate::graphql::loaders::Loaders;
use crate::graphql::{ApiError, ApiResult};
use crate::storage::analytics::people::{Person as PersonRow, WorkspaceActor};

/// Whom a per-person figure is about: a person, or an actor linked to nobody.
#[derive(SimpleObject, Clone)]
#[graphql(complex)]
pub struct Subject {
    /// The person, when the actor(s) are linked to one.
    pub person_id: Option<ID>,
    /// The actor, when it is linked to no person.
    pub actor_id: Option<ID>,
}

impl Subject {
    /// The subject of a per-person rollup key: a person id when non-negative, else minus an unlinked
    /// actor's id (the rollups' `person_key` convention).
    pub fn from_key(key: i64) -> Self {
        if key >= 0 {
            Subject { person_id: Some(to_id(key)), actor_id: None }
        } else {
            Subject { person_id: None, actor_id: Some(to_id(-key)) }
        }
    }
}

pub(super) fn loaders<'a>(ctx: &Context<'a>) -> &'a Loaders {
    ctx.data_unchecked::<Loaders>()
}

fn parse(id: &Option<ID>) -> Option<i64> {
    id.as_ref().and_then(|id| id.parse().ok())
}

#[ComplexObject]
impl Subject {
    /// The person (batched: one statement for the whole list).
    async fn person(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        self.load_person(ctx).await
    }

    /// The unlinked actor (batched).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<ActorInfo>> {
        self.load_actor(ctx).await
    }

    /// A name to show: the person's display name, else the real name the vendor gives for the
    /// actor, else the actor's identifier.
    async fn label(&self, ctx: &Context<'_>) -> ApiResult<String> {
        if let Some(person) = self.load_person(ctx).await? {
            return Ok(person.display_name);
        }
        Ok(self.load_actor(ctx).await?.map(|a| a.display_name.unwrap_or(a.identifier)).unwrap_or_default())
    }
}

// Outside `#[ComplexObject]`, whose expansion turns every method's error into async-graphql's
// (the fields above call these to keep `ApiError`).
impl Subject {
    async fn load_person(&self, ctx: &Context<'_>) -> ApiResult<Option<Person>> {
        let Some(id) = parse(&self.person_id) else { return Ok(None) };
        let found = loaders(ctx).persons.load_one(id).await.map_err(|_| ApiError::Internal)?;
        Ok(found.map(Person::from))
    }

    async fn load_actor(&self, ctx: &Context<'_>) -> ApiResult<Option<ActorInfo>> {
        let Some(id) = parse(&self.actor_id) else { return Ok(None) };
        let found = loaders(ctx).actors.load_one(id).await.map_err(|_| ApiError::Internal)?;
        Ok(found.map(ActorInfo::from))
    }
}

/// Someone the dashboard talks about, across tools.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Person {
    /// The person's id.
    pub id: ID,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// The person's email, when one is known (from a linked account or the vendor).
    pub email: Option<String>,
}

impl From<PersonRow> for Person {
    fn from(p: PersonRow) -> Self {
        Person { id: to_id(p.id), display_name: p.display_name, email: p.email }
    }
}

#[ComplexObject]
impl Person {
    /// The vendor identities linked to this person (batched).
    #[graphql(complexity = "cost::rows(cost::ASSUMED_ACTORS, child_complexity)")]
    async fn actors(&self, ctx: &Context<'_>) -> ApiResult<Vec<ActorInfo>> {
        let id: i64 = self.id.parse().map_err(|_| ApiError::Internal)?;
        let found = loaders(ctx).person_actors.load_one(id).await.map_err(|_| ApiError::Internal)?;
        Ok(found.unwrap_or_default().into_iter().map(ActorInfo::from).collect())
    }
}

/// A vendor identity: an email, GitHub login or API key name within one integration.
#[derive(SimpleObject)]
pub struct ActorInfo {
    /// The actor's id.
    pub id: ID,
    /// The integration that reported it.
    pub integration_id: ID,
    /// The integration's tool.
    pub provider: Provider,
    /// How the vendor identifies it: an email, a login or an API key name.
    pub kind: ActorKind,
    /// The email, GitHub login or API key name, as the vendor gives it.
    pub identifier: String,
    /// The real name the vendor gives for this identity (Cursor members' names), if any.
    pub display_name: Option<String>,
    /// Human or service: service identities are left out of people figures by default. Set from
    /// the vendor's kind of identity (API keys are services) unless an admin changed it.
    pub identity_kind: IdentityKind,
    /// The person it is linked to, if any.
    pub person_id: Option<ID>,
}

impl From<WorkspaceActor> for ActorInfo {
    fn from(a: WorkspaceActor) -> Self {
        ActorInfo {
            id: to_id(a.actor.id),
            integration_id: to_id(a.actor.integration_id),
            provider: a.provider,
            kind: a.actor.kind,
            identifier: a.actor.identifier,
            display_name: a.actor.display_name,
            identity_kind: a.actor.identity_kind,
            person_id: a.actor.person_id.map(to_id),
        }
    }
}
