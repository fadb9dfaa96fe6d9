//! The schema's own description (`__schema { description }`, and the `"""…"""` above `schema { … }`
//! in the SDL). async-graphql answers that introspection field with the description of the
//! `__Schema` *type* ("A GraphQL Schema defines the capabilities…"), which describes GraphQL, not
//! this API, and which its SDL export leaves out; clients that compare the two (graphql-js,
//! GraphQL Code Generator) then see different schemas. This module makes both say the same thing.

use std::sync::Arc;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo};
use async_graphql::{ServerResult, Value};

/// What the API is, as GraphiQL's documentation pane shows it.
pub const DESCRIPTION: &str = "ai-usage: a team's use of AI coding tools (Claude Code, GitHub Copilot, Cursor), \
synced per UTC day from each vendor's admin API. Every figure is scoped to a workspace and checked \
against the caller's role.";

/// Answers `__schema { description }` with [`DESCRIPTION`].
pub struct SchemaDescription;

impl ExtensionFactory for SchemaDescription {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(SchemaDescription)
    }
}

#[async_trait::async_trait]
impl Extension for SchemaDescription {
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if info.parent_type == "__Schema" && info.name == "description" {
            return Ok(Some(Value::from(DESCRIPTION)));
        }
        next.run(ctx, info).await
    }
}

/// `sdl` with the description above its `schema { … }` block, as graphql-js prints it.
pub fn with_description(sdl: String) -> String {
    match sdl.rfind("\nschema {") {
        Some(at) => format!("{}\n\"\"\"\n{DESCRIPTION}\n\"\"\"{}", &sdl[..at], &sdl[at..]),
        None => sdl,
    }
}
