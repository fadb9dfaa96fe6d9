//! Share cards (issue #16): a picture of someone's — or a team's — AI coding figures that anyone
//! holding its link may see, made to be posted on LinkedIn.
//!
//! The rules, each owned by one module:
//! - [`create`]: who may make which card. A PERSON card shows the caller's own usage only (the
//!   identities that are theirs in the workspace, whatever their role); a TEAM card is for
//!   admins, shows aggregates only, and only of a team a viewer could see under the workspace's
//!   minimum group size (`analytics::privacy`): a public card shows no more than a viewer sees.
//!   A workspace can turn cards off (`public_share_cards`); then none is made or served.
//! - [`snapshot`]: the figures are read once, through `crate::analytics`, and frozen as JSON.
//! - [`card_svg`] and [`png`]: the image is drawn once, from the snapshot, with the bundled font.
//! - [`token`]: the link's secret; only its hash is stored.
//! - [`links`] and [`page`]: the public addresses (from the configured public URL) and the page
//!   with its OpenGraph tags, built from the snapshot only.
//!
//! This module knows nothing of GraphQL or HTTP; `graphql::mutation::share_cards` and
//! `web::share` are its edges, each turning [`ShareError`] into its own answer.

pub mod card_svg;
pub mod create;
pub mod links;
pub mod page;
pub mod png;
pub mod snapshot;
pub mod token;

use crate::analytics::AnalyticsError;
use crate::auth::policy::Denied;
use crate::storage::StorageError;

/// Why a card was not made or changed.
#[derive(Debug)]
pub enum ShareError {
    /// No valid credentials.
    Unauthenticated,
    /// The caller may not do this (or the card is in a workspace they cannot see).
    Forbidden,
    /// Cards are off for this workspace or this instance; the text says which.
    Disabled(&'static str),
    /// An argument is wrong; the text says which.
    BadInput(String),
    /// The figures could not be read or drawn (details are logged, not sent).
    Internal(String),
}

impl From<StorageError> for ShareError {
    fn from(err: StorageError) -> Self {
        ShareError::Internal(err.to_string())
    }
}

impl From<AnalyticsError> for ShareError {
    fn from(err: AnalyticsError) -> Self {
        match err {
            AnalyticsError::Forbidden => ShareError::Forbidden,
            AnalyticsError::BadInput(message) => ShareError::BadInput(message),
            AnalyticsError::Storage(storage) => storage.into(),
        }
    }
}

impl From<Denied> for ShareError {
    fn from(err: Denied) -> Self {
        match err {
            Denied::Unauthenticated => ShareError::Unauthenticated,
            Denied::Forbidden => ShareError::Forbidden,
            Denied::Storage(storage) => storage.into(),
        }
    }
}
