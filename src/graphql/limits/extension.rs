//! The async-graphql extension that puts our bounds in front of its parser and validation.
//!
//! `prepare_request` is the first hook of every operation — HTTP GET and POST (`Schema::execute`)
//! and both WebSocket protocols (`Schema::execute_stream`, for graphql-transport-ws `subscribe`
//! and graphql-ws `start`) — and the only one that runs before async-graphql's own post-parse
//! recursion check, which expands fragments like validation does. So it scans the raw text,
//! parses it, runs our [`checker`], and hands the parsed document on. The later hooks give
//! async-graphql's own errors (which carry no code) an `extensions.code`.
//!
//! What is left after the limits is bounded but not free: parsing a long document, validating one
//! that expands to many fields, executing one of high cost take milliseconds to tens of
//! milliseconds of CPU. Those steps run in `block_in_place`, so the runtime hands the worker's
//! other tasks (`/healthz`, everyone else's requests) to another thread meanwhile; cheap documents
//! skip that hand-over.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery, NextPrepareRequest,
    NextValidation,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{Request, Response, ServerError, ServerResult, ValidationResult, Variables};
use tokio::runtime::{Handle, RuntimeFlavor};

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

/// Documents longer than this are parsed off the async workers.
const HEAVY_TEXT_BYTES: usize = 16 * 1024;
/// Documents expanding to more fields than this are validated off the async workers.
const HEAVY_FIELDS: u64 = 200;
/// Operations costing more than this are executed off the async workers.
const HEAVY_COST: usize = 2_000;

impl ExtensionFactory for DocumentLimitsExtension {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentGuard::default())
    }
}

/// The per-request extension.
#[derive(Default)]
pub struct DocumentGuard {
    heavy_validation: AtomicBool,
    heavy_execution: AtomicBool,
}

/// Whether heavy work can leave the worker: `block_in_place` needs a multi-threaded runtime (a
/// current-thread one has no other worker to hand its tasks to).
fn can_leave_the_worker(heavy: bool) -> bool {
    heavy && Handle::try_current().is_ok_and(|handle| handle.runtime_flavor() == RuntimeFlavor::MultiThread)
}

/// Runs `work` where, when `heavy`, it does not hold up the runtime's other tasks.
fn off_the_workers<R>(heavy: bool, work: impl FnOnce() -> R) -> R {
    if can_leave_the_worker(heavy) { tokio::task::block_in_place(work) } else { work() }
}

/// Awaits `work`, when `heavy` on this thread while the worker's other tasks move elsewhere.
async fn await_off_the_workers<F: Future>(heavy: bool, work: F) -> F::Output {
    if can_leave_the_worker(heavy) {
        tokio::task::block_in_place(|| Handle::current().block_on(work))
    } else {
        work.await
    }
}

#[async_graphql::async_trait::async_trait]
impl Extension for DocumentGuard {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        let heavy = request.query.len() > HEAVY_TEXT_BYTES;
        let fields = off_the_workers(heavy, || {
            lexical::scan(&request.query, &LEXICAL_LIMITS).map_err(|e| coded(e.message(), TOO_COMPLEX))?;
            let document =
                request.parsed_query().map_err(|e| with_code(readable_syntax_error(e), PARSE_FAILED))?;
            checker::check(document, &DOCUMENT_LIMITS).map_err(|e| coded(e.message(), e.code()))
        })?;
        self.heavy_validation.store(fields > HEAVY_FIELDS, Ordering::Relaxed);
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
        let heavy = self.heavy_validation.load(Ordering::Relaxed);
        let result = await_off_the_workers(heavy, next.run(ctx)).await;
        if heavy {
            release_memory_soon();
        }
        if let Ok(valid) = &result {
            self.heavy_execution.store(valid.complexity > HEAVY_COST, Ordering::Relaxed);
        }
        result.map_err(|errors| {
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

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        let heavy = self.heavy_execution.load(Ordering::Relaxed);
        let response = await_off_the_workers(heavy, next.run(ctx, operation_name)).await;
        if heavy {
            release_memory_soon();
        }
        response
    }
}

/// A trim is scheduled and has not run yet.
static TRIM_PENDING: AtomicBool = AtomicBool::new(false);

/// Gives the memory of large answers and validations back to the system shortly after. glibc keeps
/// what a thread frees in that thread's arena for reuse, and heavy work runs on several threads,
/// so without this the peak of a few large answers stays resident. At most one trim is pending.
fn release_memory_soon() {
    if TRIM_PENDING.swap(true, Ordering::AcqRel) || Handle::try_current().is_err() {
        return;
    }
    tokio::spawn(async {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        TRIM_PENDING.store(false, Ordering::Release);
        let _ = tokio::task::spawn_blocking(trim_heap).await;
    });
}

/// Heap arenas glibc may create, at most. It gives each thread that allocates concurrently an
/// arena of its own (up to 8 per core) and keeps what is freed there; heavy work moving between
/// threads would otherwise multiply a request's peak by the number of arenas.
const MAX_HEAP_ARENAS: i32 = 4;

/// Caps the heap arenas (see [`MAX_HEAP_ARENAS`]); call once at start-up.
pub fn limit_heap_arenas() {
    // SAFETY: `mallopt` only changes an allocator setting; arenas that exist stay valid.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, MAX_HEAP_ARENAS);
    }
}

fn trim_heap() {
    // SAFETY: `malloc_trim` only hands free pages back to the kernel; it has no preconditions.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::malloc_trim(0);
    }
}

fn coded(message: String, code: &'static str) -> ServerError {
    with_code(ServerError::new(message, None), code)
}

/// Sets `extensions.code` unless the error already has one.
/// The parser reports syntax errors as a multi-line excerpt (`--> 1:2 | … = expected selection`);
/// a client wants one sentence with the position it already has in `locations`.
fn readable_syntax_error(mut error: ServerError) -> ServerError {
    if let Some(expected) = error.message.lines().find_map(|l| l.trim().strip_prefix("= ")) {
        let at = error.locations.first().map(|p| format!(" at line {}, column {}", p.line, p.column));
        error.message = format!("Syntax error{}: {}", at.unwrap_or_default(), expected.replace('_', " "));
    }
    error
}

fn with_code(mut error: ServerError, code: &'static str) -> ServerError {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    if extensions.get("code").is_none() {
        extensions.set("code", code);
    }
    error
}
