//! API errors. Every resolver error becomes one of these, with a stable `extensions.code` that a
//! client can branch on. Internal details are logged, never sent.
//!
//! `ApiError` deliberately does not implement `Display`: async-graphql converts any `Display` type
//! into an error *without* extensions, so `?` would silently drop the code. Without `Display`, the
//! only conversion is ours, which always sets it.

use async_graphql::ErrorExtensions as _;

use crate::storage::StorageError;

#[derive(Debug)]
pub enum ApiError {
    Unauthenticated,
    /// Log-in failed; the same for an unknown email and a wrong password.
    InvalidCredentials,
    /// Too many attempts; retry later.
    RateLimited,
    /// Also used for resources in other workspaces, so their existence is not revealed.
    Forbidden,
    NotFound,
    BadInput(String),
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
            ApiError::BadInput(message) => message,
            ApiError::Internal => "internal error",
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated | ApiError::InvalidCredentials => "UNAUTHENTICATED",
            ApiError::RateLimited => "RATE_LIMITED",
            ApiError::Forbidden => "FORBIDDEN",
            ApiError::NotFound => "NOT_FOUND",
            ApiError::BadInput(_) => "BAD_USER_INPUT",
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
