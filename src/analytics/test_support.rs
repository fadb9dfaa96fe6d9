//! Real storage for the unit tests of the analytics rules: a fresh SQLite file or PostgreSQL
//! database (at `TEST_DATABASE_URL`, default `postgres://postgres@127.0.0.1:5432/test`) per
//! test, dropped afterwards, and helpers that write a workspace's usage the ordinary way
//! (`day_writer::write_day`, which keeps the rollups).

use chrono::{NaiveDate, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};

use crate::domain::{ActorDay, ActorKey, ActorKind, Measures, Provider, ProviderDay};
use crate::storage::integrations::{self, NewIntegration};
use crate::storage::users::{self, NewUser};
use crate::storage::workspaces::{self, WorkspaceKind};
use crate::storage::{Db, day_writer};

/// Both backends, for tests that run on each.
pub const BACKENDS: [&str; 2] = ["sqlite", "postgres"];

/// A database that exists for one test only.
pub struct Store {
    /// The migrated database.
    pub db: Db,
    _sqlite_dir: Option<tempfile::TempDir>,
    /// PostgreSQL: the server's URL and the database to drop.
    postgres: Option<(String, String)>,
}

impl Store {
    /// A fresh database of `backend` (`"sqlite"` or `"postgres"`).
    pub async fn of(backend: &str) -> Store {
        if backend == "sqlite" {
            let dir = tempfile::tempdir().expect("temp dir");
            let db = Db::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
            db.run_migrations().await.unwrap();
            return Store { db, _sqlite_dir: Some(dir), postgres: None };
        }
        let admin = std::env::var("TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
        let name = format!("aiu_unit_{:016x}", rand::random::<u64>());
        let mut conn = AsyncPgConnection::establish(&admin).await.expect("PostgreSQL at TEST_DATABASE_URL");
        conn.batch_execute(&format!("CREATE DATABASE {name}")).await.unwrap();
        let (root, _) = admin.rsplit_once('/').expect("a database in the URL");
        let db = Db::connect(&format!("{root}/{name}")).await.unwrap();
        db.run_migrations().await.unwrap();
        Store { db, _sqlite_dir: None, postgres: Some((admin, name)) }
    }

    /// A team workspace with `min_group_size`, owned by a new account; its id.
    pub async fn workspace(&self, min_group_size: i32) -> i64 {
        let now = Utc::now().naive_utc();
        let owner = NewUser {
            email: "owner@x.io",
            display_name: "Owner",
            password_hash: None,
            is_instance_admin: false,
            created_at: now,
        };
        let owner = users::create(&self.db, &owner).await.unwrap();
        let ws = workspaces::create_with_owner(&self.db, "Team", WorkspaceKind::Team, owner.id, now)
            .await
            .unwrap();
        workspaces::set_min_group_size(&self.db, ws.id, min_group_size).await.unwrap();
        ws.id
    }

    /// A connected integration of `provider`; its id.
    pub async fn integration(&self, workspace_id: i64, provider: Provider) -> i64 {
        let new = NewIntegration::builder(workspace_id, provider).sealed(b"x", "…");
        integrations::create(&self.db, &new).await.unwrap().id
    }

    /// Writes one day of an integration: each `(login, team, interactions)` an active actor.
    pub async fn write(&self, integration_id: i64, day: NaiveDate, actors: &[(&str, Option<&str>, i64)]) {
        let actors = actors
            .iter()
            .map(|(login, team, interactions)| ActorDay {
                actor: ActorKey { kind: ActorKind::Login, identifier: (*login).into(), external_id: None },
                active: true,
                measures: Measures { interactions: *interactions, ..Measures::default() },
                breakdowns: vec![],
                teams: team.map(String::from).into_iter().collect(),
            })
            .collect();
        let day = ProviderDay { day, actors, raw: vec![] };
        day_writer::write_day(&self.db, integration_id, &day, "USD", Utc::now().naive_utc()).await.unwrap();
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        let Some((admin, name)) = self.postgres.take() else { return };
        // Drop runs outside async context: a private runtime on its own thread does the work.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            rt.block_on(async {
                let mut conn = AsyncPgConnection::establish(&admin).await.ok()?;
                conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await.ok()
            })
        })
        .join();
    }
}

/// `"2024-03-01"` as a day.
pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}
