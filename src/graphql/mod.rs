//! The GraphQL API. Resolvers stay thin: they check access, call storage or `crate::analytics`,
//! map to types.
//!
//! The schema is built without I/O ([`sdl`]) so the checked-in `schema.graphql` can be compared
//! with the code in a test that needs no database.

pub mod audit;
mod error;
mod guard;
mod ids;
pub mod inputs;
pub mod limits;
mod loaders;
pub(crate) mod memo;
pub mod mutation;
pub mod over_http;
pub mod query;
mod schema_description;
mod selection;
pub mod subscription;
pub mod types;

use std::net::IpAddr;
use std::sync::Arc;

use async_graphql::Schema;

pub use error::{ApiError, ApiResult};
pub use memo::RequestMemo;

use crate::auth::SignupMode;
use crate::auth::rate_limit::{LoginLimiter, SignupLimiter};
use crate::auth::setup::SetupCode;
use crate::crypto::KeyRing;
use crate::storage::Db;
use crate::sync::SyncEngine;
use crate::sync::events::EventBus;

/// The API's schema: the merged query, mutation and subscription roots.
pub type AppSchema = Schema<query::QueryRoot, mutation::MutationRoot, subscription::SubscriptionRoot>;

/// Account settings resolvers need.
#[derive(Debug, Clone, Copy)]
pub struct AuthSettings {
    /// Whether anyone may sign up or only the invited.
    pub signup_mode: SignupMode,
}

/// The service's public URL (`AI_USAGE_PUBLIC_URL`, no trailing slash), where share card links
/// start; `None` when the operator set none (then no card can be made).
#[derive(Debug, Clone, Default)]
pub struct PublicBase(pub Option<String>);

/// The address a request came from (for the log-in and sign-up limits and first-run setup).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

fn builder()
-> async_graphql::SchemaBuilder<query::QueryRoot, mutation::MutationRoot, subscription::SubscriptionRoot> {
    Schema::build(
        query::QueryRoot::default(),
        mutation::MutationRoot::default(),
        subscription::SubscriptionRoot::default(),
    )
    // Bounds that keep one request from monopolising the server (see `limits`): ours run before
    // async-graphql parses and validates; the cost limit is async-graphql's, priced by `limits::cost`.
    .extension(limits::DocumentLimitsExtension)
    .limit_complexity(limits::cost::MAX_COST)
    .extension(inputs::InputGuard)
    .extension(audit::AuditTrail)
    .extension(over_http::OverHttp)
    .extension(schema_description::SchemaDescription)
}

/// The schema with its run-time data.
pub fn build(
    db: Db,
    events: EventBus,
    auth: AuthSettings,
    keyring: Arc<KeyRing>,
    engine: SyncEngine,
    public_base: PublicBase,
) -> AppSchema {
    limits::limit_heap_arenas();
    builder()
        .data(loaders::Loaders::new(db.clone()))
        .data(db)
        .data(events)
        .data(auth)
        .data(LoginLimiter::new())
        .data(SignupLimiter::new())
        .data(SetupCode::generate())
        .data(keyring)
        .data(engine)
        .data(public_base)
        .data(Arc::new(subscription::UpdateCache::default()))
        .finish()
}

/// The schema in SDL, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    schema_description::with_description(builder().finish().sdl())
}
