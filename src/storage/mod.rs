//! Storage: the one place that talks to the database.
//!
//! Two backends sit behind [`Db`]: SQLite (the embedded default, a file under the data dir) and
//! PostgreSQL (production, several replicas). Every query is written once and expanded for each
//! backend by [`db_run!`], so a construct one backend lacks fails to compile instead of failing in
//! production. Repository functions live in one file per table family and return [`StorageError`].
//!
//! `diesel_async::RunQueryDsl` is imported only inside this module tree: in scope elsewhere it
//! shadows async-graphql's `execute` and breaks the `#[Subscription]` macro.

mod actor_ids;
mod conn;
mod day_rows;
mod error;
mod migrations;
mod new_integration;
mod pool;
pub mod private_files;
#[expect(
    missing_docs,
    reason = "diesel's `table!` generates a module and a type per table and column; the migrations document them"
)]
pub mod schema;
mod statement_count;

pub mod analytics;
pub mod audit;
pub mod auth_tokens;
pub mod day_failures;
pub mod day_writer;
pub mod integrations;
pub mod invites;
pub mod memberships;
pub mod persons;
pub mod raw_payloads;
pub mod seats;
pub mod secrets;
pub mod share_links;
pub mod sync_runs;
pub mod usage;
pub mod users;
pub mod workspaces;

pub use conn::{Conn, DbConn, SendAsyncFnOnce, Tx};
pub use error::StorageError;
pub use migrations::{MIGRATION_VERSIONS_POSTGRES, MIGRATION_VERSIONS_SQLITE};
pub use pool::{Backend, Db};
#[cfg(feature = "test-support")]
pub use statement_count::statements_executed;

/// Runs the same diesel body against whichever backend `$db` holds.
///
/// `$db` is anything that converts into a [`DbConn`]: `&Db` (a pooled connection is taken for the
/// body) or `&mut Tx` (the body runs inside that transaction). The body sees `$conn` as `&mut` to
/// a live connection of the matching type and must evaluate to a `Result<_, E>` with
/// `E: From<StorageError>`. Both expansions are type-checked, which is the point.
///
/// For the rare statement that must differ per backend, give one body each (as vaultwarden's
/// `db_run!` does): `db_run!(db, |conn| postgres { … } sqlite { … })`.
#[macro_export]
macro_rules! db_run {
    // First: a body starting with the word `postgres` must not be tried as an expression.
    ($db:expr, |$conn:ident| postgres $postgres:block sqlite $sqlite:block) => {{
        let mut held = ::core::convert::Into::<$crate::storage::DbConn<'_>>::into($db).acquire().await?;
        match held.conn() {
            $crate::storage::Conn::Postgres($conn) => $postgres,
            $crate::storage::Conn::Sqlite($conn) => $sqlite,
        }
    }};
    ($db:expr, |$conn:ident| $body:expr) => {
        $crate::db_run!($db, |$conn| postgres { $body } sqlite { $body })
    };
}
