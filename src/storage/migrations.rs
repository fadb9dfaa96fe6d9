//! Embedded migrations, one tree per backend under `migrations/`, applied on start and by `migrate`.

use diesel_async::AsyncMigrationHarness;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::{Db, StorageError};

const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");
const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");

/// Migration folder names of each tree; a test asserts the two trees stay in step.
pub const MIGRATION_VERSIONS_POSTGRES: &[&str] = &[
    "2026-11-27-000001_init",
    "2026-11-27-000002_analytics",
    "2026-11-27-000003_one_running_sync",
    "2026-12-01-000004_accounts_hardening",
    "2026-12-01-000006_audit_log",
    "2026-12-02-000007_measure_definitions",
    "2026-12-02-000008_day_failures",
    "2026-12-02-000009_people_identities",
    "2026-12-02-000010_share_cards",
];
/// Migration folder names of the SQLite tree, in order.
pub const MIGRATION_VERSIONS_SQLITE: &[&str] = &[
    "2026-11-27-000001_init",
    "2026-11-27-000002_analytics",
    "2026-11-27-000003_one_running_sync",
    "2026-12-01-000004_accounts_hardening",
    "2026-12-01-000006_audit_log",
    "2026-12-02-000007_measure_definitions",
    "2026-12-02-000008_day_failures",
    "2026-12-02-000009_people_identities",
    "2026-12-02-000010_share_cards",
];

impl Db {
    /// Applies every pending migration and returns the versions it applied (empty when up to date).
    /// Needs a multi-threaded tokio runtime: the harness blocks in place.
    pub async fn run_migrations(&self) -> Result<Vec<String>, StorageError> {
        let failed = |e: Box<dyn std::error::Error + Send + Sync>| StorageError::Migration(e.to_string());
        // A hand `match`, not `db_run!`: the harness takes its connection by value, for good.
        let applied = match self {
            Db::Postgres(pool) => {
                let conn = pool.get().await.map_err(StorageError::pool)?;
                let mut harness = AsyncMigrationHarness::new(conn);
                harness
                    .run_pending_migrations(POSTGRES)
                    .map_err(failed)?
                    .iter()
                    .map(|v| v.to_string())
                    .collect()
            }
            Db::Sqlite(pool) => {
                let conn = pool.get().await.map_err(StorageError::pool)?;
                let mut harness = AsyncMigrationHarness::new(conn);
                harness
                    .run_pending_migrations(SQLITE)
                    .map_err(failed)?
                    .iter()
                    .map(|v| v.to_string())
                    .collect()
            }
        };
        Ok(applied)
    }
}
