//! API errors. Every resolver error becomes one of these, with a stable `extensions.code` that a
//! client can branch on. Internal details are logged, never sent.
//!
//! Resolvers return [`ApiResult`]. `ApiError` deliberately does not implement `Display`:
//! async-graphql converts any `Display` type into an error *without* extensions, so `?` would
//! silently drop the code. Without `Display`, the only conversion is ours, which always sets it.
//! No file under `src/graphql/` names async-graphql's own `Result` (a test below reads them), so a
//! resolver cannot opt out.
//!
//! A storage error has no conversion either: each resolver says what it means at the call, with
//! [`ApiError::storage`] (not found stays `NOT_FOUND`, anything else is logged and `INTERNAL`).
//! So `?` on a storage call does not compile:
//!
//! ```compile_fail,E0277
//! use ai_usage::graphql::ApiResult;
//! use ai_usage::storage::StorageError;
//!
//! fn resolver(read: Result<i64, StorageError>) -> ApiResult<i64> {
//!     Ok(read?)
//! }
//! ```
//!
//! while the same resolver that maps it does:
//!
//! ```
//! use ai_usage::graphql::{ApiError, ApiResult};
//! use ai_usage::storage::StorageError;
//!
//! fn resolver(read: Result<i64, StorageError>) -> ApiResult<i64> {
//!     Ok(read.map_err(ApiError::storage)?)
//! }
//! assert_eq!(resolver(Err(StorageError::NotFound)).unwrap_err().code(), "NOT_FOUND");
//! ```
//!
//! Nor can an error without a code be passed through:
//!
//! ```compile_fail,E0277
//! use ai_usage::graphql::ApiResult;
//!
//! fn resolver() -> ApiResult<()> {
//!     Err(async_graphql::Error::new("no code"))?
//! }
//! ```

use async_graphql::ErrorExtensions as _;

use crate::providers::ProviderError;
use crate::storage::StorageError;
use crate::sync::SyncError;
use crate::sync::connect::ManageError;

/// What every resolver returns: an answer or an error with its code.
pub type ApiResult<T> = Result<T, ApiError>;

/// An error a client can see: each variant has one stable `extensions.code` ([`ApiError::code`]).
#[derive(Debug, Clone)]
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

    /// A storage failure as a client sees it: a missing row is `NOT_FOUND`; anything else is
    /// logged here and sent as `INTERNAL`, without its detail.
    pub fn storage(err: StorageError) -> ApiError {
        match err {
            StorageError::NotFound => ApiError::NotFound,
            other => {
                tracing::error!(error = %other, "storage error in a GraphQL resolver");
                ApiError::Internal
            }
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
            ManageError::Storage(storage) => ApiError::storage(storage),
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
            SyncError::Storage(storage) => ApiError::storage(storage),
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// async-graphql's `Result` takes any `Display` error and sends it without a code, so no
    /// resolver may return it. (clippy's `disallowed-types` cannot say this: the `#[Object]`
    /// expansion names it itself.)
    #[test]
    fn no_resolver_returns_async_graphqls_result() {
        let mut offenders = Vec::new();
        visit(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/graphql"), &mut offenders);
        assert!(
            offenders.is_empty(),
            "these name async_graphql's Result, return ApiResult instead: {offenders:?}"
        );
    }

    fn visit(dir: &Path, offenders: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, offenders);
                continue;
            }
            if path.ends_with("graphql/error.rs") {
                continue; // this file: the rule and its own examples
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (number, line) in text.lines().enumerate() {
                if names_async_graphql_result(line) {
                    offenders.push(format!("{}:{}", path.display(), number + 1));
                }
            }
        }
    }

    /// `async_graphql::Result`, `FieldResult`, or `Result` in a `use async_graphql::{…}` list.
    fn names_async_graphql_result(line: &str) -> bool {
        let line = line.trim_start();
        if line.starts_with("//") {
            return false;
        }
        let in_use_list = line.starts_with("use async_graphql::{")
            && line.split(['{', '}', ','].as_slice()).any(|item| item.trim() == "Result");
        in_use_list || line.contains("async_graphql::Result") || line.contains("FieldResult")
    }

    #[test]
    fn the_check_sees_each_spelling() {
        assert!(names_async_graphql_result("use async_graphql::{Context, Result, ID};"));
        assert!(names_async_graphql_result("    ) -> async_graphql::Result<bool> {"));
        assert!(names_async_graphql_result("fn f() -> FieldResult<i32>"));
        assert!(!names_async_graphql_result("use async_graphql::{Context, ID};"));
        assert!(!names_async_graphql_result("    ) -> ApiResult<bool> {"));
        assert!(!names_async_graphql_result("use async_graphql::{InputValueResult, ServerResult};"));
    }
}
