//! The async-graphql extension that puts our bounds in front of its parser and validation.
//!
//! `prepare_request` is the first hook of every operation — HTTP GET and POST (`Schema::execute`)
//! and both WebSocket protocols (`Schema::execute_stream`, for graphql-transport-ws `subscribe`
//! and graphql-ws `start`) — and the only one that runs before async-graphql's own post-parse
//! recursion check, which expands fragments like validation does. So it scans the raw text,
//! parses it, runs our [`checker`], and hands the parsed document on. The later hooks only give
//! async-graphql's own errors (which carry no code) an `extensions.code`.

use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextPrepareRequest, NextValidation,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Request, ServerError, ServerResult, ValidationResult, Variables};

use super::cost::MAX_COST;
use super::{DOCUMENT_LIMITS, LEXICAL_LIMITS, checker, lexical};

/// Code of every refusal for size, depth or cost.
pub const TOO_COMPLEX: &str = "QUERY_TOO_COMPLEX";
/// Code of a document that does not parse.
pub const PARSE_FAILED: &str = "GRAPHQL_PARSE_FAILED";
/// Code of a document that parses but does not fit the schema.
pub const VALIDATION_FAILED: &str = "GRAPHQL_VALIDATION_FAILED";

/// Registers [`DocumentGuard`] on a schema (`SchemaBuilder::extension`).
pub struct DocumentLimitsExtension;

impl ExtensionFactory for DocumentLimitsExtension {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentGuard)
    }
}

/// The per-request extension.
pub struct DocumentGuard;

#[async_graphql::async_trait::async_trait]
impl Extension for DocumentGuard {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        lexical::scan(&request.query, &LEXICAL_LIMITS).map_err(|e| coded(e.message(), TOO_COMPLEX))?;
        let document = request.parsed_query().map_err(|e| with_code(e, PARSE_FAILED))?;
        checker::check(document, &DOCUMENT_LIMITS).map_err(|e| coded(e.message(), e.code()))?;
        next.run(ctx, request).await
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        // What is left here is async-graphql's recursion check (a limit) and its directive count.
        next.run(ctx, query, variables).await.map_err(|e| with_code(e, TOO_COMPLEX))
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        next.run(ctx).await.map_err(|errors| {
            errors
                .into_iter()
                .map(|mut e| {
                    // async-graphql's complexity limit; every other rule is a schema mismatch.
                    if e.message == "Query is too complex." {
                        e.message = format!(
                            "the query would answer more than {MAX_COST} values (see the cost of each field \
                             in the README); ask for fewer aliases, days or rows"
                        );
                        with_code(e, TOO_COMPLEX)
                    } else {
                        with_code(e, VALIDATION_FAILED)
                    }
                })
                .collect()
        })
    }
}

fn coded(message: String, code: &'static str) -> ServerError {
    with_code(ServerError::new(message, None), code)
}

/// Sets `extensions.code` unless the error already has one.
fn with_code(mut error: ServerError, code: &'static str) -> ServerError {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        extensions.set("code", code);
    }
    error
}
