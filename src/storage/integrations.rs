//! Connected vendor accounts. The secret column holds ciphertext only (see `crate::crypto`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::integrations;
use super::{DbConn, StorageError};
use crate::db_run;
use crate::domain::{IntegrationStatus, Provider, ScopeKind};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = integrations, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
/// One row of `integrations`: a connected vendor account, its sealed key and its sync state.
pub struct Integration {
    /// Row id.
    pub id: i64,
    /// The workspace whose usage it reports.
    pub workspace_id: i64,
    /// The tool.
    pub provider: Provider,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// Copilot's scope kind; `None` for the other tools.
    pub scope_kind: Option<ScopeKind>,
    /// The GitHub organisation or enterprise slug, for Copilot.
    pub scope_slug: Option<String>,
    /// The vendor API root when it is not the public one.
    pub base_url: Option<String>,
    /// The vendor key, sealed by `crate::crypto` (never plaintext).
    pub secret_ciphertext: Vec<u8>,
    /// A recognisable fragment of the key (prefix and last characters), safe to show.
    pub secret_hint: String,
    /// Whether it syncs.
    pub status: IntegrationStatus,
    /// When to sync, as a cron expression in UTC.
    pub schedule: String,
    /// When the scheduler runs it next; `None` while paused or disconnected.
    pub next_sync_at: Option<NaiveDateTime>,
    /// End of the last successful sync.
    pub last_synced_at: Option<NaiveDateTime>,
    /// The last sync error as the user should read it, cleared by a success.
    pub last_error: Option<String>,
    /// When it was connected.
    pub created_at: NaiveDateTime,
    /// When the row last changed.
    pub updated_at: NaiveDateTime,
    /// Oldest day the vendor serves, as last discovered by a backfill; `None` until one asked.
    pub history_horizon: Option<NaiveDate>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = integrations)]
/// A vendor account to store, its key already sealed.
pub struct NewIntegration<'a> {
    /// The workspace it belongs to.
    pub workspace_id: i64,
    /// The tool.
    pub provider: Provider,
    /// The name shown on the dashboard.
    pub display_name: &'a str,
    /// Copilot's scope kind.
    pub scope_kind: Option<ScopeKind>,
    /// The GitHub organisation or enterprise slug, for Copilot.
    pub scope_slug: Option<&'a str>,
    /// The vendor API root when it is not the public one.
    pub base_url: Option<&'a str>,
    /// The vendor key, sealed by `crate::crypto`.
    pub secret_ciphertext: &'a [u8],
    /// A recognisable fragment of the key, safe to show.
    pub secret_hint: &'a str,
    /// When to sync, as a cron expression in UTC.
    pub schedule: &'a str,
    /// The first scheduled sync.
    pub next_sync_at: Option<NaiveDateTime>,
    /// Now, as the creation time.
    pub created_at: NaiveDateTime,
    /// Now, as the last change.
    pub updated_at: NaiveDateTime,
}

/// Stores a new integration and returns its row.
pub async fn create(
    db: impl Into<DbConn<'_>>,
    new: &NewIntegration<'_>,
) -> Result<Integration, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::insert_into(integrations::table)
            .values(new)
            .returning(Integration::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// One integration by id; [`StorageError::NotFound`] when there is none.
pub async fn get(db: impl Into<DbConn<'_>>, id: i64) -> Result<Integration, StorageError> {
    db_run!(db, |conn| {
        Ok(integrations::table.find(id).select(Integration::as_select()).first(conn).await?)
    })
}

/// The integrations of one workspace, oldest first.
pub async fn list_for_workspace(
    db: impl Into<DbConn<'_>>,
    workspace_id: i64,
) -> Result<Vec<Integration>, StorageError> {
    db_run!(db, |conn| {
        Ok(integrations::table
            .filter(integrations::workspace_id.eq(workspace_id))
            .order(integrations::id)
            .select(Integration::as_select())
            .load(conn)
            .await?)
    })
}

/// Inserts an integration and seals its secret in the same transaction.
///
/// The ciphertext's associated data names the row id, which exists only after the insert: the row
/// goes in with an empty secret, `seal(id)` encrypts, and the secret is set before commit, so no
/// reader ever sees a row without its key. An error from `seal` rolls the insert back.
pub async fn create_sealed<E>(
    db: impl Into<DbConn<'_>>,
    new: &NewIntegration<'_>,
    seal: impl FnOnce(i64) -> Result<Vec<u8>, E> + Send,
) -> Result<Integration, E>
where
    E: From<StorageError> + From<diesel::result::Error> + Send,
{
    let db: DbConn<'_> = db.into();
    db.transaction(async |mut tx| {
        db_run!(&mut tx, |conn| {
            let id: i64 = diesel::insert_into(integrations::table)
                .values(new)
                .returning(integrations::id)
                .get_result(conn)
                .await?;
            let blob = seal(id)?;
            Ok(diesel::update(integrations::table.find(id))
                .set(integrations::secret_ciphertext.eq(blob))
                .returning(Integration::as_returning())
                .get_result(conn)
                .await?)
        })
    })
    .await
}

/// What `update` may change; `None` leaves a field as it is.
#[derive(Debug, Default, AsChangeset)]
#[diesel(table_name = integrations)]
pub struct IntegrationChanges {
    /// A new name.
    pub display_name: Option<String>,
    /// A new sealed key.
    pub secret_ciphertext: Option<Vec<u8>>,
    /// The new key's hint.
    pub secret_hint: Option<String>,
    /// A new status.
    pub status: Option<IntegrationStatus>,
    /// A new cron schedule.
    pub schedule: Option<String>,
    /// The next scheduled sync; `Some(None)` clears it.
    pub next_sync_at: Option<Option<NaiveDateTime>>,
    /// The error to show; `Some(None)` clears it.
    pub last_error: Option<Option<String>>,
    /// When the change was made.
    pub updated_at: Option<NaiveDateTime>,
}

/// Applies `changes` to one integration and returns the new row.
pub async fn update(
    db: impl Into<DbConn<'_>>,
    id: i64,
    changes: &IntegrationChanges,
) -> Result<Integration, StorageError> {
    db_run!(db, |conn| {
        Ok(diesel::update(integrations::table.find(id))
            .set(changes)
            .returning(Integration::as_returning())
            .get_result(conn)
            .await?)
    })
}

/// Deletes an integration; its actors, usage, payloads and runs go with it (foreign-key cascade).
pub async fn delete(db: impl Into<DbConn<'_>>, id: i64) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        let deleted = diesel::delete(integrations::table.find(id)).execute(conn).await?;
        if deleted == 0 { Err(StorageError::NotFound) } else { Ok(()) }
    })
}

/// Active integrations whose next sync is due at `now` (never scheduled counts as due), with the
/// `next_sync_at` value read, for [`claim`].
pub async fn due(
    db: impl Into<DbConn<'_>>,
    now: NaiveDateTime,
    limit: i64,
) -> Result<Vec<(i64, Option<NaiveDateTime>)>, StorageError> {
    db_run!(db, |conn| {
        Ok(integrations::table
            .filter(integrations::status.eq(IntegrationStatus::Active))
            .filter(integrations::next_sync_at.is_null().or(integrations::next_sync_at.le(now)))
            .order((integrations::next_sync_at.asc(), integrations::id.asc()))
            .limit(limit)
            .select((integrations::id, integrations::next_sync_at))
            .load(conn)
            .await?)
    })
}

/// Compare-and-set claim of a due integration: moves `next_sync_at` from the value `seen` to
/// `until` (the lease end). True only for the one caller whose update matched, so replicas
/// sharing a database never run the same integration twice; if the claimer dies, the
/// integration is due again when `until` passes.
pub async fn claim(
    db: impl Into<DbConn<'_>>,
    id: i64,
    seen: Option<NaiveDateTime>,
    until: NaiveDateTime,
) -> Result<bool, StorageError> {
    db_run!(db, |conn| {
        let target = integrations::table
            .filter(integrations::id.eq(id))
            .filter(integrations::status.eq(IntegrationStatus::Active));
        let updated = match seen {
            Some(seen) => {
                diesel::update(target.filter(integrations::next_sync_at.eq(seen)))
                    .set(integrations::next_sync_at.eq(until))
                    .execute(conn)
                    .await?
            }
            None => {
                diesel::update(target.filter(integrations::next_sync_at.is_null()))
                    .set(integrations::next_sync_at.eq(until))
                    .execute(conn)
                    .await?
            }
        };
        Ok(updated == 1)
    })
}

/// Sets when the integration is next due.
pub async fn set_next_sync_at(
    db: impl Into<DbConn<'_>>,
    id: i64,
    at: Option<NaiveDateTime>,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(integrations::table.find(id))
            .set(integrations::next_sync_at.eq(at))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// A successful sync: the error is cleared, `last_synced_at` set, and an integration that needed
/// attention is active again. A paused or disconnected integration keeps its status.
pub async fn record_sync_success(
    db: impl Into<DbConn<'_>>,
    id: i64,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(integrations::table.find(id))
            .set((
                integrations::last_error.eq(None::<String>),
                integrations::last_synced_at.eq(now),
                integrations::updated_at.eq(now),
            ))
            .execute(conn)
            .await?;
        diesel::update(
            integrations::table.find(id).filter(integrations::status.eq(IntegrationStatus::NeedsAttention)),
        )
        .set(integrations::status.eq(IntegrationStatus::Active))
        .execute(conn)
        .await?;
        Ok(())
    })
}

/// A run that stored some days but could not read others: synced (`last_synced_at`, a key that
/// needed attention evidently works again) but `last_error` says which days are missing.
pub async fn record_sync_partial(
    db: impl Into<DbConn<'_>>,
    id: i64,
    error: &str,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(integrations::table.find(id))
            .set((
                integrations::last_error.eq(error),
                integrations::last_synced_at.eq(now),
                integrations::updated_at.eq(now),
            ))
            .execute(conn)
            .await?;
        diesel::update(
            integrations::table.find(id).filter(integrations::status.eq(IntegrationStatus::NeedsAttention)),
        )
        .set(integrations::status.eq(IntegrationStatus::Active))
        .execute(conn)
        .await?;
        Ok(())
    })
}

/// Records the oldest day the vendor serves (found by a backfill).
pub async fn set_history_horizon(
    db: impl Into<DbConn<'_>>,
    id: i64,
    horizon: NaiveDate,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(integrations::table.find(id))
            .set(integrations::history_horizon.eq(horizon))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// A failed sync: `last_error` is set; with `needs_attention` an active integration is marked so
/// (a paused or disconnected one keeps its status).
pub async fn record_sync_failure(
    db: impl Into<DbConn<'_>>,
    id: i64,
    error: &str,
    needs_attention: bool,
    now: NaiveDateTime,
) -> Result<(), StorageError> {
    db_run!(db, |conn| {
        diesel::update(integrations::table.find(id))
            .set((integrations::last_error.eq(error), integrations::updated_at.eq(now)))
            .execute(conn)
            .await?;
        if needs_attention {
            diesel::update(
                integrations::table.find(id).filter(integrations::status.eq(IntegrationStatus::Active)),
            )
            .set(integrations::status.eq(IntegrationStatus::NeedsAttention))
            .execute(conn)
            .await?;
        }
        Ok(())
    })
}

/// Every integration of the instance with its workspace's name, by id (for operators).
pub async fn list_all(db: impl Into<DbConn<'_>>) -> Result<Vec<(Integration, String)>, StorageError> {
    use super::schema::workspaces;
    db_run!(db, |conn| {
        Ok(integrations::table
            .inner_join(workspaces::table)
            .order(integrations::id)
            .select((Integration::as_select(), workspaces::name))
            .load(conn)
            .await?)
    })
}
