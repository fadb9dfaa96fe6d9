//! Test harness: fresh databases on both backends and the real app on a real socket.
//!
//! PostgreSQL is reached through `TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`); each test creates its own database there and drops
//! it afterwards. SQLite tests use a file in a temporary folder.

pub mod connect;
pub mod ws;

use std::net::SocketAddr;

use std::sync::Arc;

use ai_usage::app::{self, RunningApp, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::domain::Provider;
use ai_usage::storage::Db;
use ai_usage::storage::integrations::NewIntegration;
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
        TestDb { db, url, cleanup: Cleanup::Sqlite(dir) }
    }

    pub async fn postgres() -> TestDb {
        let admin_url =
            std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_TEST_DATABASE_URL.to_owned());
        let name = format!("aiu_test_{:016x}", rand::random::<u64>());
        let mut admin = AsyncPgConnection::establish(&admin_url).await.unwrap_or_else(|e| {
            panic!(
                "PostgreSQL tests need a server at TEST_DATABASE_URL ({admin_url}): {e}. \
                 Start one (e.g. `docker compose up -d postgres`) or point TEST_DATABASE_URL at it."
            )
        });
        admin.batch_execute(&format!("CREATE DATABASE {name}")).await.expect("create test database");
        let url = replace_database(&admin_url, &name);
        let db = Db::connect(&url).await.expect("open postgres");
        db.run_migrations().await.expect("migrate postgres");
        TestDb { db, url, cleanup: Cleanup::Postgres { admin_url, name } }
    }

    /// Ends this PostgreSQL database's server processes that match `condition` (SQL over
    /// `pg_stat_activity`), as a database restart would end them.
    pub async fn terminate_backends(&self, condition: &str) {
        self.backends("pg_terminate_backend(pid)", condition).await;
    }

    /// How many of this PostgreSQL database's server processes match `condition`.
    pub async fn count_backends(&self, condition: &str) -> i64 {
        self.backends("1", condition).await
    }

    /// `COUNT(select)` over the other backends of this database that match `condition`.
    async fn backends(&self, select: &str, condition: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let Cleanup::Postgres { name, .. } = &self.cleanup else { panic!("a PostgreSQL test database") };
        let mut admin = AsyncPgConnection::establish(&self.url).await.expect("admin connection");
        let query = format!(
            "SELECT COUNT({select}) AS n FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid() AND ({condition})"
        );
        diesel_async::RunQueryDsl::get_result::<Count>(diesel::sql_query(query), &mut admin).await.unwrap().n
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
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
                rt.block_on(async {
                    let mut admin = AsyncPgConnection::establish(&admin_url).await.ok()?;
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.ok()
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
        Self::spawn_with(backend, SignupMode::Open).await
    }

    pub async fn spawn_with(backend: &str, signup_mode: SignupMode) -> TestApp {
        Self::spawn_with_engine(backend, signup_mode, test_engine_config()).await
    }

    /// The app with its own sync engine settings (allowed vendor hosts, leases).
    pub async fn spawn_with_engine(
        backend: &str,
        signup_mode: SignupMode,
        engine: ai_usage::sync::EngineConfig,
    ) -> TestApp {
        Self::spawn_with_settings(backend, signup_mode, engine, Default::default()).await
    }

    /// The app with an operator's public URL (`AI_USAGE_PUBLIC_URL`): absolute links start there.
    pub async fn spawn_with_public_url(backend: &str, public_url: &str) -> TestApp {
        let edge =
            ai_usage::web::edge::EdgeSettings::parse(Some(public_url), None, None).expect("public url");
        Self::spawn_with_settings(backend, SignupMode::Open, test_engine_config(), edge).await
    }

    async fn spawn_with_settings(
        backend: &str,
        signup_mode: SignupMode,
        engine: ai_usage::sync::EngineConfig,
        edge: ai_usage::web::edge::EdgeSettings,
    ) -> TestApp {
        ai_usage::telemetry::init();
        let test_db = TestDb::of(backend).await;
        let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
        let settings = Settings { signup_mode, keyring, engine, scheduler: None, edge: Arc::new(edge) };
        let app = app::start(test_db.db.clone(), "127.0.0.1:0".parse().unwrap(), settings)
            .await
            .expect("start app");
        TestApp { app, test_db, http: reqwest::Client::new() }
    }

    /// A second server on the same database, as another replica would be.
    pub async fn replica(&self) -> RunningApp {
        let db = Db::connect(&self.test_db.url).await.expect("connect replica");
        let keyring = self.app.state.schema.data::<Arc<KeyRing>>().expect("keyring").clone();
        let settings = Settings {
            signup_mode: SignupMode::Open,
            keyring,
            engine: test_engine_config(),
            scheduler: None,
            edge: Default::default(),
        };
        app::start(db, "127.0.0.1:0".parse().unwrap(), settings).await.expect("start replica")
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

    /// POSTs a GraphQL document without credentials and returns the whole JSON response.
    pub async fn gql(&self, query: &str, variables: serde_json::Value) -> serde_json::Value {
        self.gql_as(None, query, variables).await
    }

    /// POSTs a GraphQL document as the holder of `token` (if any).
    pub async fn gql_as(
        &self,
        token: Option<&str>,
        query: &str,
        variables: serde_json::Value,
    ) -> serde_json::Value {
        let mut request = self
            .http
            .post(self.url("/graphql"))
            .json(&serde_json::json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("graphql request").json().await.expect("graphql json")
    }

    /// Signs up through the API and returns the new account.
    pub async fn sign_up(&self, email: &str) -> Account {
        let response = self
            .gql(
                "mutation($e: String!) { signUp(email: $e, password: \"correct horse battery\") { token user { id } } }",
                serde_json::json!({ "e": email }),
            )
            .await;
        let token = response["data"]["signUp"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("sign-up failed: {response}"));
        let user_id = response["data"]["signUp"]["user"]["id"].as_str().unwrap().parse().unwrap();
        let workspaces = self.gql_as(Some(token), "{ workspaces { id } }", serde_json::json!({})).await;
        let personal = workspaces["data"]["workspaces"][0]["id"].as_str().unwrap().parse().unwrap();
        Account { token: token.to_owned(), user_id, personal_workspace_id: personal }
    }

    /// Creates a team workspace owned by `owner` and returns its id.
    pub async fn create_workspace(&self, owner: &Account, name: &str) -> i64 {
        let response = self
            .gql_as(
                Some(&owner.token),
                "mutation($n: String!) { createWorkspace(name: $n) { id } }",
                serde_json::json!({ "n": name }),
            )
            .await;
        response["data"]["createWorkspace"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{response}"))
            .parse()
            .unwrap()
    }

    /// Invites `email` into `workspace_id` with `role` and has `invitee` accept.
    pub async fn add_member(
        &self,
        admin: &Account,
        workspace_id: i64,
        invitee: &Account,
        email: &str,
        role: &str,
    ) {
        let invite = self
            .gql_as(
                Some(&admin.token),
                &format!("mutation($w: ID!, $e: String!) {{ inviteMember(workspaceId: $w, email: $e, role: {role}) {{ token }} }}"),
                serde_json::json!({ "w": workspace_id.to_string(), "e": email }),
            )
            .await;
        let token = invite["data"]["inviteMember"]["token"].as_str().unwrap_or_else(|| panic!("{invite}"));
        let accepted = self
            .gql_as(
                Some(&invitee.token),
                "mutation($t: String!) { acceptInvite(token: $t) { id role } }",
                serde_json::json!({ "t": token }),
            )
            .await;
        assert_eq!(accepted["data"]["acceptInvite"]["id"], workspace_id.to_string(), "{accepted}");
    }
}

/// Stores an integration in `workspace_id` directly (placeholder ciphertext) and returns its id.
pub async fn seed_integration(db: &Db, workspace_id: i64) -> i64 {
    let new = NewIntegration::builder(workspace_id, Provider::ClaudeCode)
        .display_name("Claude Code")
        .sealed(b"not-a-real-ciphertext", "sk-ant-admin01-…abcd");
    ai_usage::storage::integrations::create(db, &new).await.expect("seed integration").id
}

/// Stores a `provider` integration named after it in `workspace_id`, with a placeholder
/// ciphertext (nothing syncs it), and returns its id.
pub async fn keyless_integration(db: &Db, workspace_id: i64, provider: Provider) -> i64 {
    let new = NewIntegration::builder(workspace_id, provider).sealed(b"x", "…");
    ai_usage::storage::integrations::create(db, &new).await.expect("store integration").id
}

/// Engine settings for tests: millisecond retry delays and short timeouts against fake vendors.
pub fn test_engine_config() -> ai_usage::sync::EngineConfig {
    use std::time::Duration;
    ai_usage::sync::EngineConfig {
        retry: ai_usage::providers::RetryPolicy {
            max_retries: 2,
            min_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(20),
            rate_limit_backoff: Duration::from_millis(10),
            max_rate_limit_wait: Duration::from_secs(2),
            connect_timeout: Duration::from_millis(500),
            request_timeout: Duration::from_secs(5),
        },
        // The fakes listen on 127.0.0.1 at ports chosen at run time: that host, any port.
        egress: ai_usage::providers::EgressPolicy::allowing(&["127.0.0.1"]).expect("allowed hosts"),
        ..ai_usage::sync::EngineConfig::default()
    }
}

/// An account created through the API, with its session token.
pub struct Account {
    pub token: String,
    pub user_id: i64,
    pub personal_workspace_id: i64,
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

/// Installs `dir`'s locked npm dependencies (`npm ci`) unless every one is already there.
pub fn install_js_dependencies(dir: &std::path::Path) {
    // Tests of one binary run in parallel; two `npm ci` in one folder would trample each other.
    static INSTALL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = INSTALL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("package.json")).unwrap()).unwrap();
    let installed = manifest["dependencies"]
        .as_object()
        .is_some_and(|deps| deps.keys().all(|name| dir.join("node_modules").join(name).exists()));
    if installed {
        return;
    }
    let status = std::process::Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir)
        .status()
        .expect("npm is needed to install tests/js");
    assert!(status.success(), "npm ci in {} failed", dir.display());
}
