//! Storage errors. Callers see a typed error; the GraphQL and HTTP edges turn it into a code.

use thiserror::Error;

#[derive(Debug, Error)]
/// Why a storage call failed.
pub enum StorageError {
    /// The `DATABASE_URL` is not one we can use (unknown scheme, bad path).
    #[error("invalid database url: {0}")]
    InvalidUrl(String),
    /// The database could not be reached or refused the connection.
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    /// No connection could be taken from the pool in time.
    #[error("database pool: {0}")]
    Pool(String),
    /// Applying the embedded migrations failed.
    #[error("database migration failed: {0}")]
    Migration(String),
    /// A row the caller named does not exist.
    #[error("not found")]
    NotFound,
    /// A unique key was violated (for example a second account with one email).
    #[error("already exists: {0}")]
    Conflict(String),
    /// A stored value this build does not understand (a newer version wrote it, or it was edited).
    #[error("unexpected stored value: {0}")]
    Corrupt(String),
    #[error("database query failed: {0}")]
    /// Any other database error.
    Query(diesel::result::Error),
}

impl From<crate::domain::UnknownValue> for StorageError {
    fn from(err: crate::domain::UnknownValue) -> Self {
        StorageError::Corrupt(err.to_string())
    }
}

impl StorageError {
    pub(crate) fn pool(err: impl std::fmt::Display) -> Self {
        StorageError::Pool(err.to_string())
    }
}

impl From<diesel::result::Error> for StorageError {
    fn from(err: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match err {
            Error::NotFound => StorageError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                StorageError::Conflict(info.message().to_owned())
            }
            // A closed set read a spelling no variant knows (`domain::stored_as_text!`).
            Error::DeserializationError(cause) if cause.is::<crate::domain::UnknownValue>() => {
                StorageError::Corrupt(cause.to_string())
            }
            other => StorageError::Query(other),
        }
    }
}
