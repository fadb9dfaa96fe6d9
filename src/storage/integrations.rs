//! Connected vendor accounts. The secret column holds ciphertext only (see `crate::crypto`).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::integrations;
use super::{Db, StorageError};
use crate::db_run;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = integrations, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Integration {
    pub id: i64,
    pub workspace_id: i64,
    pub provider: String,
    pub display_name: String,
    pub scope_kind: Option<String>,
    pub scope_slug: Option<String>,
    pub base_url: Option<String>,
    pub secret_ciphertext: Vec<u8>,
    pub secret_hint: String,
    pub status: String,
    pub schedule: String,
    pub next_sync_at: Option<NaiveDateTime>,
    pub last_synced_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = integrations)]
pub struct NewIntegration<'a> {
    pub workspace_id: i64,
    pub provider: &'a str,
    pub display_name: &'a str,
    pub scope_kind: Option<&'a str>,
    pub scope_slug: Option<&'a str>,
    pub base_url: Option<&'a str>,
    pub secret_ciphertext: &'a [u8],
    pub secret_hint: &'a str,
    pub schedule: &'a str,
    pub next_sync_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub async fn create(db: &Db, new: &NewIntegration<'_>) -> Result<Integration, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(integrations::table)
            .values(new)
            .returning(Integration::as_returning())
            .get_result(conn)
            .await?)
    })
}

pub async fn get(db: &Db, id: i64) -> Result<Integration, StorageError> {
    db_run!(db, |conn| {
        Ok(integrations::table.find(id).select(Integration::as_select()).first(conn).await?)
    })
}

/// The integrations of one workspace, oldest first.
pub async fn list_for_workspace(db: &Db, workspace_id: i64) -> Result<Vec<Integration>, StorageError> {
    db_run!(db, |conn| {
        Ok(integrations::table
            .filter(integrations::workspace_id.eq(workspace_id))
            .order(integrations::id)
            .select(Integration::as_select())
            .load(conn)
            .await?)
    })
}

/// Records the outcome of a sync: success clears the error, failure keeps the last good sync time.
pub async fn record_sync_outcome(
    db: &Db,
    id: i64,
    status: &str,
    error: Option<&str>,
    synced_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        let updated = diesel::update(integrations::table.find(id))
            .set((
                integrations::status.eq(status),
                integrations::last_error.eq(error),
                integrations::updated_at.eq(now),
            ))
            .execute(conn)
            .await?;
        if let Some(at) = synced_at {
            diesel::update(integrations::table.find(id))
                .set(integrations::last_synced_at.eq(at))
                .execute(conn)
                .await?;
        }
        if updated == 0 { Err(StorageError::NotFound) } else { Ok(()) }
    })
}
