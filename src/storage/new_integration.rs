//! Building a [`NewIntegration`] without spelling out every column, and storing it with its key
//! sealed in one call.
//!
//! [`NewIntegration::builder`] fills what almost every caller leaves at its default (display name
//! from the provider, the default schedule, no scope, the public vendor API, no key, created and
//! updated now); setters change the rest. Fields stay public, so a caller may still set one
//! directly.

use chrono::{NaiveDateTime, Utc};

use super::StorageError;
use super::integrations::{Integration, NewIntegration, create_sealed};
use crate::crypto::{CryptoError, KeyRing, SecretContext, SecretString};
use crate::domain::{Provider, ScopeKind};
use crate::providers::Scope;
use crate::storage::DbConn;
use crate::sync::schedule::DEFAULT_SCHEDULE;

impl<'a> NewIntegration<'a> {
    /// A `provider` integration in `workspace_id`: named after the provider, on the default
    /// schedule, no scope, the public API, no key and no hint, not yet due, created now.
    pub fn builder(workspace_id: i64, provider: Provider) -> Self {
        let now = Utc::now().naive_utc();
        NewIntegration {
            workspace_id,
            provider,
            display_name: provider.as_str(),
            scope_kind: None,
            scope_slug: None,
            base_url: None,
            secret_ciphertext: &[],
            secret_hint: "",
            schedule: DEFAULT_SCHEDULE,
            next_sync_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// The name shown on the dashboard.
    pub fn display_name(self, display_name: &'a str) -> Self {
        NewIntegration { display_name, ..self }
    }

    /// The vendor API root; `None` (or never calling this) is the public one.
    pub fn base_url(self, base_url: impl Into<Option<&'a str>>) -> Self {
        NewIntegration { base_url: base_url.into(), ..self }
    }

    /// Copilot's organization or enterprise; `None` for the other tools.
    pub fn scope(self, scope: Option<&'a Scope>) -> Self {
        NewIntegration { scope_kind: scope.map(Scope::kind), scope_slug: scope.map(Scope::slug), ..self }
    }

    /// Copilot's GitHub organization `slug`; `None` (or never calling this) for no scope.
    pub fn organization(self, slug: impl Into<Option<&'a str>>) -> Self {
        let scope_slug = slug.into();
        NewIntegration { scope_kind: scope_slug.map(|_| ScopeKind::Organization), scope_slug, ..self }
    }

    /// An already sealed key and its hint (stored as given: no one checks that they match).
    pub fn sealed(self, secret_ciphertext: &'a [u8], secret_hint: &'a str) -> Self {
        NewIntegration { secret_ciphertext, secret_hint, ..self }
    }

    /// The cron schedule, in UTC.
    pub fn schedule(self, schedule: &'a str) -> Self {
        NewIntegration { schedule, ..self }
    }

    /// When the scheduler first runs it; `None` leaves it unscheduled.
    pub fn next_sync_at(self, next_sync_at: Option<NaiveDateTime>) -> Self {
        NewIntegration { next_sync_at, ..self }
    }

    /// Created and last changed at `at` instead of now.
    pub fn at(self, at: NaiveDateTime) -> Self {
        NewIntegration { created_at: at, updated_at: at, ..self }
    }

    /// Stores it with `key` sealed by `keyring` for the new row and `key`'s hint, in one
    /// transaction (see [`create_sealed`]); any ciphertext or hint set before is replaced.
    pub async fn create_with_key<E>(
        &self,
        db: impl Into<DbConn<'_>>,
        keyring: &KeyRing,
        key: &SecretString,
    ) -> Result<Integration, E>
    where
        E: From<StorageError> + From<diesel::result::Error> + From<CryptoError> + Send,
    {
        let hint = key.hint();
        let new = NewIntegration { secret_ciphertext: &[], secret_hint: &hint, ..*self };
        let workspace_id = new.workspace_id;
        create_sealed::<E>(db, &new, |integration_id| {
            Ok(keyring.encrypt(key, &SecretContext { workspace_id, integration_id })?)
        })
        .await
    }
}
