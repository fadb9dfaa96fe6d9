//! Why an export produced no file.

use crate::analytics::AnalyticsError;
use crate::auth::policy::Denied;
use crate::storage::StorageError;

/// An export refused or failed; the web edge turns each into its status code.
#[derive(Debug)]
pub enum ExportError {
    /// No valid credentials came with the request (401).
    Unauthenticated,
    /// The caller may not see what was asked (403).
    Forbidden,
    /// A parameter is missing or out of bounds; the message says which (400).
    BadInput(String),
    /// Too many exports at once, for the service or for this caller (429).
    Busy,
    /// The figures could not be read or drawn (500; details are logged, not sent).
    Internal(String),
}

impl From<StorageError> for ExportError {
    fn from(err: StorageError) -> Self {
        ExportError::Internal(err.to_string())
    }
}

impl From<AnalyticsError> for ExportError {
    fn from(err: AnalyticsError) -> Self {
        match err {
            AnalyticsError::Forbidden => ExportError::Forbidden,
            AnalyticsError::BadInput(message) => ExportError::BadInput(message),
            AnalyticsError::Storage(storage) => storage.into(),
        }
    }
}

impl From<Denied> for ExportError {
    fn from(err: Denied) -> Self {
        match err {
            Denied::Unauthenticated => ExportError::Unauthenticated,
            Denied::Forbidden => ExportError::Forbidden,
            Denied::Storage(storage) => storage.into(),
        }
    }
}
