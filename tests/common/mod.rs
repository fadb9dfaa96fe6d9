//! Test harness: fresh databases on both backends and the real app on a real socket.
//!
//! PostgreSQL is reached through `TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); each test creates its own database there and drops
//! it afterwards. SQLite tests use a file in a temporary folder.

#![allow(dead_code)] // each test binary uses a different part of the harness

use std::net::SocketAddr;

use ai_usage::app::{self, RunningApp};
use ai_usage::storage::Db;
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};

pub const DEFAULT_TEST_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A database that exists for one test only.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let db = Db::connect(&url).await.expect("open sqlite");
        db.run_migrations().await.expect("migrate sqlite");
        TestDb {
            db,
            url,
            cleanup: Cleanup::Sqlite(dir),
        }
    }

    pub async fn postgres() -> TestDb {
        let admin_url = std::env::var("TEST_DATABASE_URL")
            .unwrap_or_else(|_| DEFAULT_TEST_DATABASE_URL.to_owned());
        let name = format!("aiu_test_{:016x}", rand::random::<u64>());
        let mut admin = AsyncPgConnection::establish(&admin_url)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "PostgreSQL tests need a server at TEST_DATABASE_URL ({admin_url}): {e}. \
                 Start one (e.g. `docker compose up -d postgres`) or point TEST_DATABASE_URL at it."
                )
            });
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        let url = replace_database(&admin_url, &name);
        let db = Db::connect(&url).await.expect("open postgres");
        db.run_migrations().await.expect("migrate postgres");
        TestDb {
            db,
            url,
            cleanup: Cleanup::Postgres { admin_url, name },
        }
    }

    /// A database of the named backend: `"sqlite"` or `"postgres"`.
    pub async fn of(backend: &str) -> TestDb {
        match backend {
            "sqlite" => Self::sqlite().await,
            "postgres" => Self::postgres().await,
            other => panic!("unknown backend {other}"),
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            // Drop runs outside async context: a private runtime on its own thread does the work.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let mut admin = AsyncPgConnection::establish(&admin_url).await.ok()?;
                    admin
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await
                        .ok()
                })
            })
            .join();
        }
    }
}

/// `postgres://u@h:p/old?x` → `postgres://u@h:p/new?x`.
pub fn replace_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let root = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{root}/{name}?{q}"),
        None => format!("{root}/{name}"),
    }
}

/// The real app, serving on an ephemeral port over a fresh database.
pub struct TestApp {
    pub app: RunningApp,
    pub test_db: TestDb,
    pub http: reqwest::Client,
}

impl TestApp {
    pub async fn spawn(backend: &str) -> TestApp {
        let test_db = TestDb::of(backend).await;
        let app = app::start(test_db.db.clone(), "127.0.0.1:0".parse().unwrap())
            .await
            .expect("start app");
        TestApp {
            app,
            test_db,
            http: reqwest::Client::new(),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.app.addr
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.app.addr, path)
    }

    pub fn db(&self) -> &Db {
        &self.test_db.db
    }

    /// POSTs a GraphQL document and returns the whole JSON response.
    pub async fn gql(&self, query: &str, variables: serde_json::Value) -> serde_json::Value {
        self.http
            .post(self.url("/graphql"))
            .json(&serde_json::json!({ "query": query, "variables": variables }))
            .send()
            .await
            .expect("graphql request")
            .json()
            .await
            .expect("graphql json")
    }
}

/// Declares `NAME_sqlite` and `NAME_postgres` tests that each call `NAME(backend)`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name("sqlite").await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name("postgres").await
                }
            )+
        }
    };
}
