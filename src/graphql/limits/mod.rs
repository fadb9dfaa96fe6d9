//! Bounds on what one GraphQL document may ask of the server, checked before it costs anything.
//!
//! In order: [`lexical`] scans the raw text (size, bracket nesting, tokens) so the recursive parser
//! only ever sees shallow, short documents; [`checker`] walks the parsed document once, with
//! fragment sizes memoised, and refuses depth, expanded field count and fragment cycles before
//! async-graphql's validation (which expands fragments) runs; [`cost`] prices each field by the
//! size of the answer it builds (days × metrics × lines for series, rows × children for lists),
//! which async-graphql sums over the whole document, aliases included, and refuses above
//! [`cost::MAX_COST`] before anything executes. [`extension`] wires the first two in front of the
//! parser for HTTP and both WebSocket protocols alike. Every refusal carries
//! `extensions.code = QUERY_TOO_COMPLEX`.

mod checker;
pub mod cost;
mod extension;
mod lexical;

pub use extension::{
    DocumentLimitsExtension, PARSE_FAILED, TOO_COMPLEX, VALIDATION_FAILED, limit_heap_arenas,
};

use checker::DocumentLimits;
use lexical::LexicalLimits;

/// The raw text. The byte bound matches the HTTP body limit, so a WebSocket message (whose frames
/// may be larger) cannot carry more. 32 brackets deep is twice what the deepest real document
/// (the introspection query) needs and far below what the parser's stack can take. The token
/// bound keeps parsing an accepted document to about 10 ms (the introspection query has ~300).
const LEXICAL_LIMITS: LexicalLimits =
    LexicalLimits { max_bytes: 256 * 1024, max_nesting: 32, max_tokens: 10_000 };

/// The parsed document. Depth 12 is what the dashboard needs with room to spare; introspection
/// gets 15, enough for graphql-js `getIntrospectionQuery()` with every option. 1,000 expanded
/// fields is several times the dashboard's bundle; at 2,000, async-graphql's own validation of
/// the widest accepted fragment document peaked the process at 187 MiB (`benches/hostile`), at
/// 1,000 at 118 MiB.
const DOCUMENT_LIMITS: DocumentLimits = DocumentLimits {
    max_depth: 12,
    max_introspection_depth: 15,
    max_fields: 1_000,
    max_fragment_nesting: 16,
};
