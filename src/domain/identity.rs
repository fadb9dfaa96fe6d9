//! Who is a person: the one rule for human and service identities, and which identity a row of
//! usage counts for.
//!
//! - **Kind.** Every vendor identity (actor) is a human or a service. The vendor's own kind of
//!   identity decides it when the actor is first seen ([`IdentityKind::default_for`]): Claude
//!   Code's API actors (`api_actor`, stored as [`ActorKind::ApiKey`]) are services — a CI pipeline
//!   is not a person; GitHub logins and emails (Copilot users, Cursor members, Claude Code users)
//!   are humans. An admin may override either way (`setIdentityKind`); sync never changes the kind
//!   of an actor it already knows, so the override stays.
//! - **Counting.** A human identity counts as the person it is linked to, or as itself when
//!   linked to nobody; a service identity always counts as itself, even when linked to a person
//!   (linking records who owns it; it does not make a pipeline's days that person's days). People
//!   figures (active users, DAU/WAU/MAU, the leaderboard, team sizes, `minGroupSize`) count
//!   humans by default; service identities are their own figures ([`Identities`]). Measures
//!   (tokens, cost, lines) are usage and always include every identity.

use super::ActorKind;

stored_as_text! {
    /// Whether a vendor identity is a person or a machine.
    #[derive(async_graphql::Enum)]
    pub enum IdentityKind {
        /// A person: counted in active users, DAU/WAU/MAU and the people leaderboard.
        Human => "human",
        /// A machine identity (an API key used by a pipeline): not a person, counted only in
        /// service figures (`identities: SERVICES` or `ALL`).
        Service => "service",
    }
}

impl IdentityKind {
    /// The kind a newly seen actor gets: API keys are services, logins and emails humans.
    pub fn default_for(kind: ActorKind) -> IdentityKind {
        match kind {
            ActorKind::ApiKey => IdentityKind::Service,
            ActorKind::Email | ActorKind::Login => IdentityKind::Human,
        }
    }
}

/// Which identities people figures count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, async_graphql::Enum)]
pub enum Identities {
    /// People only (the default): service identities are left out.
    #[default]
    Humans,
    /// Service identities only, each counted as one.
    Services,
    /// Both: people, plus each service identity as one.
    All,
}

impl Identities {
    /// Whether an identity of `kind` is counted.
    pub fn counts(self, kind: IdentityKind) -> bool {
        match self {
            Identities::Humans => kind == IdentityKind::Human,
            Identities::Services => kind == IdentityKind::Service,
            Identities::All => true,
        }
    }
}

/// The key a row of usage counts for: the linked person's id for a linked human, else minus the
/// actor's id. Keys of people (positive) and of identities (negative) never collide.
pub fn person_key(actor_id: i64, person_id: Option<i64>, kind: IdentityKind) -> i64 {
    match (kind, person_id) {
        (IdentityKind::Human, Some(person)) => person,
        _ => -actor_id,
    }
}
