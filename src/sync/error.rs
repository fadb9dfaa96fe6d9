//! Why a sync could not start or did not finish: the sync layer's one error type, converted to
//! API errors at the GraphQL edge. Messages name provider, day and cause, never the vendor key.

use chrono::NaiveDate;

use super::plan::RangeError;
use crate::crypto::CryptoError;
use crate::domain::Provider;
use crate::providers::ProviderError;
use crate::storage::StorageError;

/// Why a sync could not start or did not finish.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The integration was disconnected: it has no key any more.
    #[error("the integration is disconnected; connect it again to sync")]
    Disconnected,
    /// Another run of the integration holds a live lease.
    #[error("a sync of this integration is already running (run {run_id})")]
    AlreadyRunning {
        /// The run holding the lease.
        run_id: i64,
    },
    /// The requested days cannot be synced.
    #[error(transparent)]
    Range(#[from] RangeError),
    /// The stored key cannot be decrypted (a missing master key, or a corrupted row).
    #[error("cannot read the stored vendor key: {0}")]
    Key(#[from] CryptoError),
    /// The vendor call failed.
    #[error("{provider} sync of {day} failed: {source}")]
    Vendor {
        /// The integration's tool.
        provider: Provider,
        /// The UTC day being read.
        day: NaiveDate,
        /// What the call returned.
        source: ProviderError,
    },
    /// The provider client cannot be built (bad base URL, missing scope).
    #[error("{provider}: {source}")]
    Client {
        /// The integration's tool.
        provider: Provider,
        /// Why the client cannot be built.
        source: ProviderError,
    },
    /// Fetching the seat roster failed (after every day was stored).
    #[error("{provider} seats sync failed: {source}")]
    SeatsVendor {
        /// The integration's tool.
        provider: Provider,
        /// What the call returned.
        source: ProviderError,
    },
    /// Storing the seat roster failed.
    #[error("{provider} seats sync failed: could not store them: {source}")]
    SeatsStore {
        /// The integration's tool.
        provider: Provider,
        /// Why the write failed.
        source: StorageError,
    },
    /// Storing a fetched day failed.
    #[error("{provider} sync of {day} failed: could not store it: {source}")]
    Store {
        /// The integration's tool.
        provider: Provider,
        /// The UTC day being written.
        day: NaiveDate,
        /// Why the write failed.
        source: StorageError,
    },
    /// The database failed outside a day's write (opening or closing the run, reading the
    /// integration).
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The run went through its days but the vendor answered every one badly (each is recorded
    /// for a retry); `message` names how many and the first.
    #[error("{message}")]
    NoDayRead {
        /// How many days failed, and the first one's date and reason.
        message: String,
    },
    /// Another process took the run over (this one stopped renewing its lease in time).
    #[error("the run was taken over by another process")]
    LeaseLost,
}

impl SyncError {
    /// True when a person has to act before the integration can sync again.
    pub fn needs_attention(&self) -> bool {
        match self {
            SyncError::Vendor { source, .. }
            | SyncError::Client { source, .. }
            | SyncError::SeatsVendor { source, .. } => source.needs_attention(),
            SyncError::Key(_) => true,
            _ => false,
        }
    }
}
