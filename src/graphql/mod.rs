//! The GraphQL API. Resolvers stay thin: they check access, call storage, map to types.
//!
//! The schema is built without I/O ([`sdl`]) so the checked-in `schema.graphql` can be compared
//! with the code in a test that needs no database.

mod error;
mod ids;
pub mod query;
pub mod subscription;
pub mod types;

use async_graphql::{EmptyMutation, Schema};

pub use error::ApiError;

use crate::storage::Db;
use crate::sync::events::EventBus;

pub type AppSchema = Schema<query::QueryRoot, EmptyMutation, subscription::SubscriptionRoot>;

/// Limits that keep one request from monopolising the server.
const MAX_DEPTH: usize = 12;
const MAX_COMPLEXITY: usize = 5_000;

fn builder()
-> async_graphql::SchemaBuilder<query::QueryRoot, EmptyMutation, subscription::SubscriptionRoot> {
    Schema::build(
        query::QueryRoot::default(),
        EmptyMutation,
        subscription::SubscriptionRoot,
    )
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
}

/// The schema with its run-time data.
pub fn build(db: Db, events: EventBus) -> AppSchema {
    builder().data(db).data(events).finish()
}

/// The schema in SDL, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    builder().finish().sdl()
}
