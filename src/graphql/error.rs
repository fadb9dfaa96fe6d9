//! API errors. Every resolver error becomes one of these, with a stable `extensions.code` that a
//! client can branch on. Internal details are logged, never sent.
//!
//! `ApiError` deliberately does not implement `Display`: async-graphql converts any `Display` type
//! into an error *without* extensions, so `?` would silently drop the code. Without `Display`, the
//! only conversion is ours, which always sets it.

use async_graphql::ErrorExtensions as _;

use crate::providers::ProviderError;
use crate::storage::StorageError;
use crate::sync::SyncError;
use crate::sync::connect::ManageError;

#[derive(Debug)]
/// An error a client can see: each variant has one stable `extensions.code` ([`ApiError::code`]).
pub enum ApiError {
    /// No valid session or API token came with the request (`UNAUTHENTICATED`).
    Unauthenticated,
    /// Log-in failed; the same for an unknown email and a wrong password.
    InvalidCredentials,
    /// Too many attempts; retry later.
    RateLimited,
    /// Also used for resources in other workspaces, so their existence is not revealed.
    Forbidden,
    /// The thing named does not exist (`NOT_FOUND`).
    NotFound,
    /// An argument is wrong; the message says which and why (`BAD_USER_INPUT`).
    BadInput(String),
    /// The vendor refused a key or account while connecting; `code` says why
    /// (`INVALID_CREDENTIALS`, `NOT_FOUND`, `POLICY_DISABLED`, `VENDOR_ERROR`).
    Vendor {
        /// The vendor-specific code.
        code: &'static str,
        /// What the vendor said, sanitised.
        message: String,
    },
    /// The request clashes with the current state (e.g. a sync is already running).
    Conflict(String),
    /// Share cards are turned off for the workspace (or the instance has no public URL); the
    /// message says which (`SHARE_CARDS_DISABLED`).
    ShareCardsDisabled(&'static str),
    /// Anything else; the cause is logged, never sent (`INTERNAL`).
    Internal,
}

impl ApiError {
    /// The message a client reads.
    pub fn message(&self) -> &str {
        match self {
            ApiError::Unauthenticated => "authentication required",
            ApiError::InvalidCredentials => "wrong email or password",
            ApiError::RateLimited => "too many attempts; wait a minute and try again",
            ApiError::Forbidden => "not allowed",
            ApiError::NotFound => "not found",
            ApiError::BadInput(message) | ApiError::Conflict(message) => message,
            ApiError::Vendor { message, .. } => message,
            ApiError::ShareCardsDisabled(message) => message,
            ApiError::Internal => "internal error",
        }
    }

    /// The `extensions.code` a client can branch on.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated | ApiError::InvalidCredentials => "UNAUTHENTICATED",
            ApiError::RateLimited => "RATE_LIMITED",
            ApiError::Forbidden => "FORBIDDEN",
            ApiError::NotFound => "NOT_FOUND",
            ApiError::BadInput(_) => "BAD_USER_INPUT",
            ApiError::Vendor { code, .. } => code,
            ApiError::Conflict(_) => "CONFLICT",
            ApiError::ShareCardsDisabled(_) => "SHARE_CARDS_DISABLED",
            ApiError::Internal => "INTERNAL",
        }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(err: ApiError) -> Self {
        async_graphql::Error::new(err.message()).extend_with(|_, e| e.set("code", err.code()))
    }
}

impl From<StorageError> for ApiError {
    fn from(err: StorageError) -> Self {
        match err {
            StorageError::NotFound => ApiError::NotFound,
            other => {
                tracing::error!(error = %other, "storage error in a GraphQL resolver");
                ApiError::Internal
            }
        }
    }
}

impl From<ProviderError> for ApiError {
    fn from(err: ProviderError) -> Self {
        if let ProviderError::Egress(reason) = &err {
            return ApiError::Vendor { code: "FORBIDDEN", message: format!("not allowed: {reason}") };
        }
        let code = match &err {
            ProviderError::InvalidCredentials { .. } => "INVALID_CREDENTIALS",
            ProviderError::NotFound { .. } => "NOT_FOUND",
            ProviderError::PolicyDisabled { .. } => "POLICY_DISABLED",
            ProviderError::Config(_) => "BAD_USER_INPUT",
            _ => "VENDOR_ERROR",
        };
        // Provider messages never hold the key (the HTTP layer redacts it).
        ApiError::Vendor { code, message: format!("the vendor check failed: {err}") }
    }
}

impl From<ManageError> for ApiError {
    fn from(err: ManageError) -> Self {
        match err {
            ManageError::BadInput(message) => ApiError::BadInput(message),
            ManageError::Vendor(vendor) => vendor.into(),
            ManageError::Storage(storage) => storage.into(),
            ManageError::Crypto(crypto) => {
                tracing::error!(error = %crypto, "cannot encrypt a vendor key");
                ApiError::Internal
            }
        }
    }
}

impl From<SyncError> for ApiError {
    fn from(err: SyncError) -> Self {
        match err {
            SyncError::AlreadyRunning { .. } => ApiError::Conflict(err.to_string()),
            SyncError::Disconnected | SyncError::Range(_) => ApiError::BadInput(err.to_string()),
            SyncError::Storage(storage) => storage.into(),
            SyncError::Client { source, .. } => source.into(),
            other => {
                tracing::error!(error = %other, "cannot start a sync");
                ApiError::Internal
            }
        }
    }
}

impl From<crate::share::ShareError> for ApiError {
    fn from(err: crate::share::ShareError) -> Self {
        use crate::share::ShareError;
        match err {
            ShareError::Unauthenticated => ApiError::Unauthenticated,
            ShareError::Forbidden => ApiError::Forbidden,
            ShareError::Disabled(message) => ApiError::ShareCardsDisabled(message),
            ShareError::BadInput(message) => ApiError::BadInput(message),
            ShareError::Internal(detail) => {
                tracing::error!(error = %detail, "a share card could not be made");
                ApiError::Internal
            }
        }
    }
}
