//! Bulk access to the encrypted vendor keys, for key rotation. Ciphertext only, never plaintext.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::integrations;
use super::{DbConn, StorageError};
use crate::db_run;

/// `(integration_id, workspace_id, ciphertext)` of every integration that holds a key.
pub async fn all(db: impl Into<DbConn<'_>>) -> Result<Vec<(i64, i64, Vec<u8>)>, StorageError> {
    db_run!(db, |conn| {
        Ok(integrations::table
            .filter(integrations::status.ne(crate::domain::IntegrationStatus::Disconnected))
            .order(integrations::id)
            .select((integrations::id, integrations::workspace_id, integrations::secret_ciphertext))
            .load(conn)
            .await?)
    })
}

/// Replaces a ciphertext only if it is still `old`: a key changed meanwhile through the API wins.
/// Returns whether the row was updated.
pub async fn replace(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    old: &[u8],
    new: &[u8],
) -> Result<bool, StorageError> {
    db_run!(db, |conn| {
        let updated = diesel::update(
            integrations::table
                .filter(integrations::id.eq(integration_id))
                .filter(integrations::secret_ciphertext.eq(old)),
        )
        .set(integrations::secret_ciphertext.eq(new))
        .execute(conn)
        .await?;
        Ok(updated == 1)
    })
}
