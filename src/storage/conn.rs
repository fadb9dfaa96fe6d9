//! Where a repository call runs: on a connection of its own from the pool, or on the connection of
//! a transaction already open, so that several repository calls can share one transaction (the
//! shape of lemmy's `DbPool`: a pool or a connection).
//!
//! Repository functions take `impl Into<DbConn<'_>>`, so a caller passes either `&Db` (the call
//! takes a pooled connection for itself, as before) or `&mut tx` inside [`Db::transaction`] (the
//! call runs in that transaction and commits or rolls back with it). [`crate::db_run!`] turns
//! either into a live connection of the matching backend.
//!
//! Transactions: SQLite's are `BEGIN IMMEDIATE`, so the write lock is taken at the start and a
//! concurrent writer waits on the busy timeout instead of failing with "database is locked" when
//! a read lock would have to be upgraded; PostgreSQL's are ordinary. A transaction opened on a
//! [`Tx`] (a repository function that needs one, called inside another) is a savepoint. A
//! transaction whose future is dropped before it finishes leaves its connection marked open; the
//! pool discards such a connection at its next checkout (diesel-async's `is_broken`), and the
//! database rolls the transaction back when the connection closes.

use diesel_async::pooled_connection::deadpool::Object;
use diesel_async::{AsyncConnection, AsyncPgConnection};

use super::pool::SqliteConn;
use super::{Backend, Db, StorageError};

/// A live connection of either backend, borrowed.
pub enum Conn<'c> {
    /// A PostgreSQL connection.
    Postgres(&'c mut AsyncPgConnection),
    /// An SQLite connection (synchronous diesel behind diesel-async's wrapper).
    Sqlite(&'c mut SqliteConn),
}

impl Conn<'_> {
    /// Which engine the connection talks to.
    pub fn backend(&self) -> Backend {
        match self {
            Conn::Postgres(_) => Backend::Postgres,
            Conn::Sqlite(_) => Backend::Sqlite,
        }
    }

    fn reborrow(&mut self) -> Conn<'_> {
        match self {
            Conn::Postgres(conn) => Conn::Postgres(conn),
            Conn::Sqlite(conn) => Conn::Sqlite(conn),
        }
    }
}

/// The connection of an open transaction, as [`Db::transaction`] hands it to its body. Pass
/// `&mut tx` to repository functions to run them inside the transaction.
pub struct Tx<'c>(Conn<'c>);

impl Tx<'_> {
    /// Which engine the transaction runs on.
    pub fn backend(&self) -> Backend {
        self.0.backend()
    }
}

/// Where a repository function runs: on the pool (a connection of its own) or inside an open
/// transaction. Built from `&Db` or `&mut Tx`; see the module documentation.
pub enum DbConn<'a> {
    /// Take a connection from this pool for the call.
    Pool(&'a Db),
    /// Run on this connection, inside its open transaction.
    Tx(Conn<'a>),
}

impl<'a> From<&'a Db> for DbConn<'a> {
    fn from(db: &'a Db) -> Self {
        DbConn::Pool(db)
    }
}

impl<'a> From<&'a mut Tx<'_>> for DbConn<'a> {
    fn from(tx: &'a mut Tx<'_>) -> Self {
        DbConn::Tx(tx.0.reborrow())
    }
}

tokio::task_local! {
    /// Set while the task runs the body of a [`Db::transaction`]. A repository call made on the
    /// pool then is almost always a `&db` written where `&mut tx` was meant: it runs outside the
    /// transaction (on PostgreSQL it does not see the transaction's writes; on SQLite a write
    /// waits on the transaction's own lock until the busy timeout).
    static IN_TRANSACTION: ();
}

/// Debug builds (tests, `cargo run`) stop at a pool call inside a transaction; release builds log
/// it, since a slow call is better than a crashed request.
fn check_not_in_transaction() {
    if IN_TRANSACTION.try_with(|_| ()).is_ok() {
        if cfg!(debug_assertions) {
            panic!("a repository call on the pool inside Db::transaction: pass `&mut tx`, not `&db`");
        }
        tracing::warn!("a repository call on the pool inside a transaction: it runs outside the transaction");
    }
}

/// A connection taken for one [`crate::db_run!`]: pooled (returned to the pool when dropped) or
/// the transaction's own.
#[doc(hidden)]
#[expect(
    clippy::large_enum_variant,
    reason = "lives on the stack for one call, as the pooled connection always did; boxing would allocate per query"
)]
pub enum Held<'a> {
    Postgres(Object<AsyncPgConnection>),
    Sqlite(Object<SqliteConn>),
    Tx(Conn<'a>),
}

impl Held<'_> {
    /// The live connection, for the body of a `db_run!`.
    pub fn conn(&mut self) -> Conn<'_> {
        match self {
            Held::Postgres(pooled) => Conn::Postgres(pooled),
            Held::Sqlite(pooled) => Conn::Sqlite(pooled),
            Held::Tx(conn) => conn.reborrow(),
        }
    }
}

/// An async closure whose future is `Send` (axum and the sync engine spawn these futures). The
/// `FnOnce` half names the future's type so the bound can be stated, as diesel-async does for its
/// own transaction bodies.
pub trait SendAsyncFnOnce<T, R>:
    AsyncFnOnce(T) -> R + FnOnce(T) -> <Self as SendAsyncFnOnce<T, R>>::Fut
{
    /// The future the closure returns.
    type Fut: Future<Output = R> + Send;
}

impl<F, T, Fut, R> SendAsyncFnOnce<T, R> for F
where
    F: AsyncFnOnce(T) -> R + FnOnce(T) -> Fut,
    Fut: Future<Output = R> + Send,
{
    type Fut = Fut;
}

impl<'a> DbConn<'a> {
    /// Which engine the call will run on.
    pub fn backend(&self) -> Backend {
        match self {
            DbConn::Pool(db) => db.backend(),
            DbConn::Tx(conn) => conn.backend(),
        }
    }

    /// A live connection: one from the pool, or the transaction's.
    #[doc(hidden)]
    pub async fn acquire(self) -> Result<Held<'a>, StorageError> {
        if let DbConn::Pool(_) = self {
            check_not_in_transaction();
        }
        Ok(match self {
            DbConn::Pool(Db::Postgres(pool)) => Held::Postgres(pool.get().await.map_err(StorageError::pool)?),
            DbConn::Pool(Db::Sqlite(pool)) => Held::Sqlite(pool.get().await.map_err(StorageError::pool)?),
            DbConn::Tx(conn) => Held::Tx(conn),
        })
    }

    /// Runs `body` in a transaction: a new one on the pool, a savepoint inside an open one. It
    /// commits when `body` returns `Ok` and rolls back when it returns `Err`.
    pub async fn transaction<R, E, F>(self, body: F) -> Result<R, E>
    where
        F: for<'t> SendAsyncFnOnce<Tx<'t>, Result<R, E>> + Send,
        E: From<StorageError> + From<diesel::result::Error> + Send,
        R: Send,
    {
        match self {
            DbConn::Pool(db) => db.transaction(body).await,
            DbConn::Tx(Conn::Postgres(conn)) => {
                conn.transaction(async move |conn| body(Tx(Conn::Postgres(conn))).await).await
            }
            DbConn::Tx(Conn::Sqlite(conn)) => {
                conn.transaction(async move |conn| body(Tx(Conn::Sqlite(conn))).await).await
            }
        }
    }
}

impl Db {
    /// Runs `body` in one transaction on a connection from the pool: it commits when `body`
    /// returns `Ok` and rolls back when it returns `Err`, so every repository call made with
    /// `&mut tx` is stored together or not at all. On SQLite the transaction is `BEGIN IMMEDIATE`
    /// (see the module documentation).
    pub async fn transaction<R, E, F>(&self, body: F) -> Result<R, E>
    where
        F: for<'t> SendAsyncFnOnce<Tx<'t>, Result<R, E>> + Send,
        E: From<StorageError> + From<diesel::result::Error> + Send,
        R: Send,
    {
        check_not_in_transaction();
        let run = async move {
            match self {
                Db::Postgres(pool) => {
                    let mut pooled = pool.get().await.map_err(StorageError::pool)?;
                    pooled.transaction(async move |conn| body(Tx(Conn::Postgres(conn))).await).await
                }
                Db::Sqlite(pool) => {
                    let mut pooled = pool.get().await.map_err(StorageError::pool)?;
                    pooled.immediate_transaction(async move |conn| body(Tx(Conn::Sqlite(conn))).await).await
                }
            }
        };
        IN_TRANSACTION.scope((), run).await
    }
}
