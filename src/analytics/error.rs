//! Why an analytics question got no answer.

use crate::storage::StorageError;

/// An analytics question refused or failed. Deliberately not `Display`: every caller maps it to
/// its own error (the GraphQL edge to `ApiError`, with its code), so none of it can reach a
/// client through a blanket conversion that would drop the code.
#[derive(Debug)]
pub enum AnalyticsError {
    /// The audience may not see what the question covers (a person filter below admin, a team
    /// hidden under the minimum group size).
    Forbidden,
    /// An argument is out of bounds; the message says which and why.
    BadInput(String),
    /// The rows could not be read.
    Storage(StorageError),
}

impl From<StorageError> for AnalyticsError {
    fn from(err: StorageError) -> Self {
        AnalyticsError::Storage(err)
    }
}
