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
pub mod persons;
pub mod raw_payloads;
pub mod seats;
pub mod secrets;
pub mod share_links;
pub mod sync_runs;
pub mod usage;
pub mod users;
pub mod workspaces;

pub use error::StorageError;
pub use migrations::{MIGRATION_VERSIONS_POSTGRES, MIGRATION_VERSIONS_SQLITE};
pub use pool::{Backend, Db};
#[cfg(feature = "test-support")]
pub use statement_count::statements_executed;

/// Runs the same diesel body against whichever backend `$db` holds.
///
/// The body sees `$conn` as `&mut` to a live connection of the matching type and must evaluate to a
/// `Result<_, StorageError>`. Both expansions are type-checked, which is the point.
#[macro_export]
macro_rules! db_run {
    ($db:expr, |$conn:ident| $body:expr) => {
        match $db {
            $crate::storage::Db::Postgres(pool) => {
                let mut pooled = pool.get().await.map_err($crate::storage::StorageError::pool)?;
                let $conn = &mut *pooled;
                $body
            }
            $crate::storage::Db::Sqlite(pool) => {
                let mut pooled = pool.get().await.map_err($crate::storage::StorageError::pool)?;
                let $conn = &mut *pooled;
                $body
            }
        }
    };
}
