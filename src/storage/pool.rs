//! Connection pools for both backends, chosen at run time from the database URL.

use std::path::{Path, PathBuf};
use std::time::Duration;

use deadpool::managed::{Hook, HookError, Manager};
use diesel::SqliteConnection;
use diesel_async::pooled_connection::deadpool::Pool;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, PoolError, RecyclingMethod,
};
use diesel_async::sync_connection_wrapper::SyncConnectionWrapper;
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures_util::FutureExt;

use super::statement_count::StatementCounter;

use super::StorageError;

pub type SqliteConn = SyncConnectionWrapper<SqliteConnection>;

/// Runs `body` with synchronous diesel on the blocking pool, on `conn` (inside its transaction
/// when one is open): for what only diesel's synchronous SQLite connection can express, such as
/// multi-row INSERTs.
pub async fn on_blocking_pool<T: Send + 'static>(
    conn: &mut SqliteConn,
    body: impl FnOnce(&mut SqliteConnection) -> Result<T, StorageError> + Send + 'static,
) -> Result<T, StorageError> {
    // The blocking API only carries diesel errors: ours travel inside `Ok`.
    conn.spawn_blocking(move |conn| Ok(body(conn))).await?
}

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// PostgreSQL, over diesel-async's tokio-postgres connection.
    Postgres,
    /// SQLite, embedded (bundled library).
    Sqlite,
}

/// A pool of connections to one of the two supported databases.
#[derive(Clone)]
pub enum Db {
    /// A PostgreSQL pool.
    Postgres(Pool<AsyncPgConnection>),
    /// An SQLite pool (a small one: SQLite writes one at a time).
    Sqlite(Pool<SqliteConn>),
}

// SQLite serialises writers; more connections only add lock waits.
const SQLITE_POOL_SIZE: usize = 4;
const POSTGRES_POOL_SIZE: usize = 16;

impl Db {
    /// Opens a pool for `url`: `postgres://…`/`postgresql://…`, or `sqlite://PATH` / a bare path.
    /// Fails when the database cannot be reached, so a bad URL is reported at start-up.
    pub async fn connect(url: &str) -> Result<Self, StorageError> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Self::connect_postgres(url)?
        } else if let Some(path) = sqlite_path(url)? {
            Self::connect_sqlite(&path)?
        } else {
            return Err(StorageError::InvalidUrl(format!(
                "unsupported scheme in {:?}: use postgres://… or sqlite://PATH",
                redact_url(url)
            )));
        };
        db.ping().await.map_err(|e| match e {
            StorageError::Connect(reason) => StorageError::Connect(format!("{} ({reason})", redact_url(url))),
            other => other,
        })?;
        Ok(db)
    }

    fn connect_postgres(url: &str) -> Result<Self, StorageError> {
        let counter = StatementCounter::for_key(url);
        let mut config = ManagerConfig::<AsyncPgConnection>::default();
        config.recycling_method = RecyclingMethod::Fast;
        config.custom_setup = Box::new(move |url| {
            let (url, counter) = (url.to_owned(), counter.clone());
            async move {
                let mut conn = AsyncPgConnection::establish(&url).await?;
                counter.attach(&mut conn);
                Ok(conn)
            }
            .boxed()
        });
        let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url, config);
        let pool = Pool::builder(manager)
            .max_size(POSTGRES_POOL_SIZE)
            .wait_timeout(Some(std::time::Duration::from_secs(10)))
            .create_timeout(Some(std::time::Duration::from_secs(10)))
            .runtime(deadpool_runtime())
            .pre_recycle(verify_when_idle())
            .build()
            .map_err(|e| StorageError::Connect(e.to_string()))?;
        Ok(Db::Postgres(pool))
    }

    fn connect_sqlite(path: &Path) -> Result<Self, StorageError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            super::private_files::create_dir(dir)
                .map_err(|e| StorageError::Connect(format!("cannot create {}: {e}", dir.display())))?;
        }
        super::private_files::restrict_database(path)
            .map_err(|e| StorageError::Connect(format!("cannot protect {}: {e}", path.display())))?;
        let counter = StatementCounter::for_key(&path.to_string_lossy());
        let mut config = ManagerConfig::<SqliteConn>::default();
        config.recycling_method = RecyclingMethod::Fast;
        config.custom_setup = Box::new(move |url| {
            let (url, counter) = (url.to_owned(), counter.clone());
            async move {
                let mut conn = SqliteConn::establish(&url).await?;
                counter.attach(&mut conn);
                // WAL lets readers proceed during a write; the busy timeout turns writer contention
                // into a short wait instead of an immediate SQLITE_BUSY.
                conn.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;",
                )
                .await
                .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(conn)
            }
            .boxed()
        });
        let manager =
            AsyncDieselConnectionManager::<SqliteConn>::new_with_config(path.to_string_lossy(), config);
        let pool = Pool::builder(manager)
            .max_size(SQLITE_POOL_SIZE)
            .wait_timeout(Some(std::time::Duration::from_secs(30)))
            .runtime(deadpool_runtime())
            .pre_recycle(verify_when_idle())
            .build()
            .map_err(|e| StorageError::Connect(e.to_string()))?;
        Ok(Db::Sqlite(pool))
    }

    /// Which engine this pool talks to.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Postgres(_) => Backend::Postgres,
            Db::Sqlite(_) => Backend::Sqlite,
        }
    }

    /// One trivial round trip: used by `/readyz` and at start-up. Any failure, the pool's
    /// included, reads as [`StorageError::Connect`]: the database cannot be reached.
    pub async fn ping(&self) -> Result<(), StorageError> {
        let round_trip =
            async { crate::db_run!(self, |conn| conn.batch_execute(IDLE_PING).await.map_err(connect_error)) };
        round_trip.await.map_err(|e| match e {
            StorageError::Pool(reason) => StorageError::Connect(reason),
            other => other,
        })
    }
}

/// A pooled connection idle for longer than this gets a `SELECT 1` before it is handed out.
/// Checking every checkout (the pool's default) cost a round trip per statement, about a tenth of
/// a dashboard request; a connection used within the last seconds is trusted, and one that broke
/// anyway is marked broken by its failing statement and dropped at its next checkout.
const VERIFY_AFTER_IDLE: Duration = Duration::from_secs(15);

fn verify_when_idle<C>() -> Hook<AsyncDieselConnectionManager<C>>
where
    C: SimpleAsyncConnection + Send + 'static,
    AsyncDieselConnectionManager<C>: Manager<Type = C, Error = PoolError>,
{
    Hook::async_fn(|conn: &mut C, metrics| {
        Box::pin(async move {
            if metrics.last_used() < VERIFY_AFTER_IDLE {
                return Ok(());
            }
            conn.batch_execute(IDLE_PING).await.map_err(|e| HookError::Backend(PoolError::QueryError(e)))
        })
    })
}

/// The statement [`verify_when_idle`] sends.
pub(super) const IDLE_PING: &str = "SELECT 1";

fn deadpool_runtime() -> deadpool::Runtime {
    deadpool::Runtime::Tokio1
}

fn connect_error(err: impl std::fmt::Display) -> StorageError {
    StorageError::Connect(err.to_string())
}

/// `sqlite://relative/path`, `sqlite:///absolute/path`, `sqlite:path` or a path ending in `.db`.
pub(super) fn sqlite_path(url: &str) -> Result<Option<PathBuf>, StorageError> {
    let path = if let Some(rest) = url.strip_prefix("sqlite://") {
        rest
    } else if let Some(rest) = url.strip_prefix("sqlite:") {
        rest
    } else if !url.contains("://") && (url.ends_with(".db") || url.ends_with(".sqlite")) {
        url
    } else {
        return Ok(None);
    };
    if path.is_empty() || path == ":memory:" {
        return Err(StorageError::InvalidUrl(
            "sqlite needs a file path (an in-memory database would vanish per connection)".into(),
        ));
    }
    Ok(Some(PathBuf::from(path)))
}

/// The URL without its password, for error messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}
