//! DataLoaders for fields that fan out (breakdown row → person, person → actors, integration →
//! last run, integration → failed days): a list of any length costs one batched statement per loader, not one per item.
//!
//! They are schema-wide and cache nothing (async-graphql's default `NoCache`): batching happens
//! within one request's execution window, and no answer outlives the request.

use std::collections::HashMap;

use async_graphql::dataloader::{DataLoader, Loader};

use crate::storage::analytics::people::{self, Person, WorkspaceActor};
use crate::storage::day_failures::{self, DayFailure};
use crate::storage::sync_runs::SyncRun;
use crate::storage::{Db, StorageError};

/// The loaders a resolver may use, as schema data.
pub struct Loaders {
    pub persons: DataLoader<PersonLoader>,
    pub actors: DataLoader<ActorLoader>,
    pub person_actors: DataLoader<PersonActorsLoader>,
    pub last_runs: DataLoader<LastRunLoader>,
    pub failed_days: DataLoader<FailedDaysLoader>,
}

impl Loaders {
    pub fn new(db: Db) -> Self {
        Loaders {
            persons: DataLoader::new(PersonLoader(db.clone()), tokio::spawn),
            actors: DataLoader::new(ActorLoader(db.clone()), tokio::spawn),
            person_actors: DataLoader::new(PersonActorsLoader(db.clone()), tokio::spawn),
            last_runs: DataLoader::new(LastRunLoader(db.clone()), tokio::spawn),
            failed_days: DataLoader::new(FailedDaysLoader(db), tokio::spawn),
        }
    }
}

/// Loader errors must be cloneable; the storage error is logged here and the field reports
/// `INTERNAL`.
#[derive(Debug, Clone)]
pub struct LoadError;

impl From<StorageError> for LoadError {
    fn from(err: StorageError) -> Self {
        tracing::error!(error = %err, "storage error in a DataLoader");
        LoadError
    }
}

pub struct PersonLoader(Db);

impl Loader<i64> for PersonLoader {
    type Value = Person;
    type Error = LoadError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Person>, LoadError> {
        Ok(people::persons_by_ids(&self.0, keys).await?.into_iter().map(|p| (p.id, p)).collect())
    }
}

pub struct ActorLoader(Db);

impl Loader<i64> for ActorLoader {
    type Value = WorkspaceActor;
    type Error = LoadError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, WorkspaceActor>, LoadError> {
        Ok(people::actors_by_ids(&self.0, keys).await?.into_iter().map(|a| (a.actor.id, a)).collect())
    }
}

pub struct PersonActorsLoader(Db);

impl Loader<i64> for PersonActorsLoader {
    type Value = Vec<WorkspaceActor>;
    type Error = LoadError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Vec<WorkspaceActor>>, LoadError> {
        Ok(people::actors_by_person(&self.0, keys).await?)
    }
}

pub struct LastRunLoader(Db);

impl Loader<i64> for LastRunLoader {
    type Value = SyncRun;
    type Error = LoadError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, SyncRun>, LoadError> {
        Ok(people::last_runs(&self.0, keys).await?.into_iter().map(|r| (r.integration_id, r)).collect())
    }
}

/// An integration's recorded failed days, oldest first (an empty list when it has none).
pub struct FailedDaysLoader(Db);

impl Loader<i64> for FailedDaysLoader {
    type Value = Vec<DayFailure>;
    type Error = LoadError;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Vec<DayFailure>>, LoadError> {
        let mut by_integration: HashMap<i64, Vec<DayFailure>> =
            keys.iter().map(|k| (*k, Vec::new())).collect();
        for failure in day_failures::for_integrations(&self.0, keys).await? {
            by_integration.entry(failure.integration_id).or_default().push(failure);
        }
        Ok(by_integration)
    }
}
