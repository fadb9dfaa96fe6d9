//! What the GraphQL-over-HTTP edge (`web::graphql`) needs to learn from inside the schema about a
//! request it handed over: whether execution started — the spec's line between a request error
//! (400 with `application/graphql-response+json`, no `data`) and an execution result (200) — and
//! whether a GET asked for a mutation (refused: GET must be safe). For every transport it also says
//! which format a date takes when one cannot be read.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery, NextRequest,
};
use async_graphql::parser::types::{DocumentOperations, ExecutableDocument, OperationType};
use async_graphql::{ErrorExtensionValues, Response, ServerError, ServerResult, Value, Variables};

/// The `extensions.code` of a mutation or subscription sent over GET.
pub const METHOD_NOT_ALLOWED: &str = "METHOD_NOT_ALLOWED";

/// Put into an HTTP request's data by the edge; read back after execution.
#[derive(Debug, Default)]
pub struct HttpFacts {
    /// The request came as GET: only queries may run.
    pub get: bool,
    /// The operation the request names, to find it in a multi-operation document.
    pub operation_name: Option<String>,
    execution_started: AtomicBool,
}

impl HttpFacts {
    /// The facts of one request, before execution.
    pub fn new(get: bool, operation_name: Option<String>) -> Arc<HttpFacts> {
        Arc::new(HttpFacts { get, operation_name, execution_started: AtomicBool::new(false) })
    }

    /// Whether the document was parsed and validated and the operation began to run.
    pub fn execution_started(&self) -> bool {
        self.execution_started.load(Ordering::Acquire)
    }
}

/// Registers [`HttpFactsExtension`] on the schema.
pub struct OverHttp;

impl ExtensionFactory for OverHttp {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(HttpFactsExtension)
    }
}

struct HttpFactsExtension;

#[async_trait::async_trait]
impl Extension for HttpFactsExtension {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        response.errors.iter_mut().for_each(explain_date_format);
        response
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        if let Some(facts) = ctx.data_opt::<Arc<HttpFacts>>()
            && facts.get
            && operation_type(&document, facts.operation_name.as_deref()) != Some(OperationType::Query)
        {
            let mut error = ServerError::new("GET runs queries only: send mutations as POST", None);
            let mut extensions = ErrorExtensionValues::default();
            extensions.set("code", Value::from(METHOD_NOT_ALLOWED));
            error.extensions = Some(extensions);
            return Err(error);
        }
        Ok(document)
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        if let Some(facts) = ctx.data_opt::<Arc<HttpFacts>>() {
            facts.execution_started.store(true, Ordering::Release);
        }
        next.run(ctx, operation_name).await
    }
}

/// The type of the operation a request selects; `None` when the name matches nothing (validation
/// reports that).
fn operation_type(document: &ExecutableDocument, name: Option<&str>) -> Option<OperationType> {
    match (&document.operations, name) {
        (DocumentOperations::Single(op), _) => Some(op.node.ty),
        (DocumentOperations::Multiple(ops), Some(name)) => ops.get(name).map(|op| op.node.ty),
        (DocumentOperations::Multiple(ops), None) if ops.len() == 1 => {
            ops.values().next().map(|op| op.node.ty)
        }
        // Several operations and no name: validation refuses it; a GET that may hold a mutation
        // must not get that far.
        (DocumentOperations::Multiple(_), None) => None,
    }
}

/// chrono's "Failed to parse \"NaiveDate\": input contains invalid characters" names neither the
/// format nor an example.
fn explain_date_format(error: &mut ServerError) {
    if error.message.starts_with("Failed to parse \"NaiveDate\"") {
        error.message = format!("{}: a date is written YYYY-MM-DD, e.g. 2026-12-01 (UTC)", error.message);
        if error.extensions.is_none() {
            let mut extensions = ErrorExtensionValues::default();
            extensions.set("code", Value::from("BAD_USER_INPUT"));
            error.extensions = Some(extensions);
        }
    }
}
