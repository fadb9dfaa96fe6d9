//! Connecting, changing and disconnecting integrations.
//!
//! Rules: a key is verified with one real vendor call before it is stored; keys are stored only
//! encrypted, bound to their row (workspace id, integration id); a connected integration starts
//! its backfill in the background; a disconnected integration keeps its data but not its key.

use chrono::NaiveDateTime;

use super::engine::{SyncEngine, now};
use super::events::IntegrationChange;
use super::plan::RangeRequest;
use super::schedule::{self, DEFAULT_SCHEDULE, ScheduleError};
use crate::crypto::{CryptoError, SecretContext, SecretString};
use crate::domain::{IntegrationStatus, Provider, Trigger};
use crate::providers::{EgressPolicy, ProviderError, Scope};
use crate::storage::StorageError;
use crate::storage::integrations::{self, Integration, IntegrationChanges, NewIntegration};

/// A new vendor connection as a person described it.
#[derive(Debug)]
pub struct ConnectRequest {
    /// The tool whose admin API to connect.
    pub provider: Provider,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// The vendor admin key or token.
    pub api_key: SecretString,
    /// Copilot only: the organization or enterprise.
    pub scope: Option<Scope>,
    /// The vendor API root when not the public one (GitHub Enterprise data residency, proxies).
    pub base_url: Option<String>,
    /// Cron in UTC; `None` is daily at 02:00.
    pub schedule: Option<String>,
}

/// Changes to an integration; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct UpdateRequest {
    /// A new name.
    pub display_name: Option<String>,
    /// A replacement key, checked with the vendor before it is saved.
    pub api_key: Option<SecretString>,
    /// A new cron schedule in UTC.
    pub schedule: Option<String>,
    /// `true` pauses scheduled syncs, `false` resumes them.
    pub paused: Option<bool>,
}

/// Why a connection or change was refused.
#[derive(Debug, thiserror::Error)]
pub enum ManageError {
    #[error("{0}")]
    /// An argument is wrong; the message says which and why.
    BadInput(String),
    /// The vendor refused the key or the account (from `verify`).
    #[error(transparent)]
    Vendor(#[from] ProviderError),
    #[error("cannot encrypt the key: {0}")]
    /// The key could not be sealed.
    Crypto(#[from] CryptoError),
    #[error(transparent)]
    /// The database failed.
    Storage(#[from] StorageError),
}

impl From<diesel::result::Error> for ManageError {
    fn from(err: diesel::result::Error) -> Self {
        ManageError::Storage(err.into())
    }
}

impl From<ScheduleError> for ManageError {
    fn from(err: ScheduleError) -> Self {
        ManageError::BadInput(err.to_string())
    }
}

/// Verifies the key, stores the integration with the key encrypted, and starts its backfill in
/// the background. Nothing is stored when verification fails.
pub async fn connect(
    engine: &SyncEngine,
    workspace_id: i64,
    request: ConnectRequest,
) -> Result<Integration, ManageError> {
    connect_allowing(engine, workspace_id, request, None).await
}

/// [`connect`], with `allowance` added to the egress policy for this integration alone (its key
/// check, and every later sync while this process runs). Only the built-in sample data passes
/// one: the loopback fakes it started.
pub async fn connect_allowing(
    engine: &SyncEngine,
    workspace_id: i64,
    request: ConnectRequest,
    allowance: Option<EgressPolicy>,
) -> Result<Integration, ManageError> {
    let display_name = request.display_name.trim();
    if display_name.is_empty() {
        return Err(ManageError::BadInput("an integration needs a display name".into()));
    }
    if request.api_key.expose().trim().is_empty() {
        return Err(ManageError::BadInput("the API key is empty".into()));
    }
    let base_url = validate_base_url(request.base_url.as_deref())?;
    match (request.provider, &request.scope) {
        (Provider::Copilot, None) => {
            return Err(ManageError::BadInput(
                "GitHub Copilot needs exactly one of organization or enterprise".into(),
            ));
        }
        (Provider::ClaudeCode | Provider::Cursor, Some(_)) => {
            return Err(ManageError::BadInput(
                "organization and enterprise apply to GitHub Copilot only".into(),
            ));
        }
        _ => {}
    }
    let schedule = request.schedule.as_deref().map(str::trim).unwrap_or(DEFAULT_SCHEDULE);
    let now = now();
    let next_sync_at = schedule::next_run(schedule, now)?;

    let client = engine.client_allowing(
        request.provider,
        base_url,
        &request.api_key,
        request.scope.clone(),
        allowance.as_ref(),
    )?;
    client.verify().await?;

    let integration = NewIntegration::builder(workspace_id, request.provider)
        .display_name(display_name)
        .scope(request.scope.as_ref())
        .base_url(base_url)
        .schedule(schedule)
        .next_sync_at(Some(next_sync_at))
        .at(now)
        .create_with_key::<ManageError>(engine.db(), engine.keyring(), &request.api_key)
        .await?;
    if let Some(allowance) = allowance {
        engine.allow_egress(integration.id, allowance);
    }
    engine.events().publish_integration_changed(workspace_id, integration.id, IntegrationChange::Connected);
    start_in_background(engine, integration.id, RangeRequest::Backfill, Trigger::Backfill).await;
    Ok(integration)
}

/// Applies changes; a new key is verified first and replaces the old one (and clears a
/// `needs_attention` status, which is usually why it was changed).
pub async fn update(
    engine: &SyncEngine,
    integration: &Integration,
    request: UpdateRequest,
) -> Result<Integration, ManageError> {
    if integration.status == IntegrationStatus::Disconnected {
        return Err(ManageError::BadInput(
            "the integration is disconnected; connect the vendor account again".into(),
        ));
    }
    let now = now();
    let mut changes = IntegrationChanges { updated_at: Some(now), ..IntegrationChanges::default() };
    if let Some(name) = request.display_name {
        let name = name.trim();
        if name.is_empty() {
            return Err(ManageError::BadInput("an integration needs a display name".into()));
        }
        changes.display_name = Some(name.to_owned());
    }
    if let Some(schedule) = request.schedule {
        let schedule = schedule.trim().to_owned();
        changes.next_sync_at = Some(Some(schedule::next_run(&schedule, now)?));
        changes.schedule = Some(schedule);
    }
    if let Some(key) = request.api_key {
        let scope = Scope::from_stored(integration.scope_kind, integration.scope_slug.clone());
        let allowance = engine.allowance(integration.id);
        engine
            .client_allowing(
                integration.provider,
                integration.base_url.as_deref(),
                &key,
                scope,
                allowance.as_ref(),
            )?
            .verify()
            .await?;
        let context =
            SecretContext { workspace_id: integration.workspace_id, integration_id: integration.id };
        changes.secret_ciphertext = Some(engine.keyring().encrypt(&key, &context)?);
        changes.secret_hint = Some(key.hint());
        if integration.status == IntegrationStatus::NeedsAttention {
            changes.status = Some(IntegrationStatus::Active);
            changes.last_error = Some(None);
        }
    }
    match request.paused {
        Some(true) => changes.status = Some(IntegrationStatus::Paused),
        Some(false) if integration.status == IntegrationStatus::Paused => {
            changes.status = Some(IntegrationStatus::Active)
        }
        _ => {}
    }
    let updated = integrations::update(engine.db(), integration.id, &changes).await?;
    engine.events().publish_integration_changed(
        integration.workspace_id,
        integration.id,
        IntegrationChange::Updated,
    );
    Ok(updated)
}

/// Disconnects: with `keep_data` the row stays (status `disconnected`, key wiped, no more syncs)
/// with its usage; otherwise the integration and all its data are deleted.
pub async fn disconnect(
    engine: &SyncEngine,
    integration: &Integration,
    keep_data: bool,
) -> Result<Option<Integration>, ManageError> {
    let announce = || {
        engine.events().publish_integration_changed(
            integration.workspace_id,
            integration.id,
            IntegrationChange::Disconnected,
        )
    };
    if !keep_data {
        integrations::delete(engine.db(), integration.id).await?;
        announce();
        return Ok(None);
    }
    let changes = IntegrationChanges {
        status: Some(IntegrationStatus::Disconnected),
        secret_ciphertext: Some(Vec::new()),
        secret_hint: Some(String::new()),
        next_sync_at: Some(None),
        updated_at: Some(now()),
        ..IntegrationChanges::default()
    };
    let updated = integrations::update(engine.db(), integration.id, &changes).await?;
    announce();
    Ok(Some(updated))
}

/// Starts a run in a background task; a run that cannot start is logged.
pub async fn start_in_background(
    engine: &SyncEngine,
    integration_id: i64,
    range: RangeRequest,
    trigger: Trigger,
) {
    if let Err(error) = engine.spawn(integration_id, range, trigger).await {
        tracing::warn!(integration_id, %error, "cannot start a sync");
    }
}

fn validate_base_url(base_url: Option<&str>) -> Result<Option<&str>, ManageError> {
    let Some(url) = base_url.map(str::trim).filter(|u| !u.is_empty()) else { return Ok(None) };
    match reqwest::Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.host().is_some() => {
            Ok(Some(url.trim_end_matches('/')))
        }
        _ => Err(ManageError::BadInput(format!("baseUrl {url:?} is not an http(s) URL"))),
    }
}

/// When an integration with `schedule` is next due after `now` (the default schedule if the
/// stored one no longer parses).
pub fn next_due(schedule: &str, now: NaiveDateTime) -> Option<NaiveDateTime> {
    schedule::next_run(schedule, now).or_else(|_| schedule::next_run(DEFAULT_SCHEDULE, now)).ok()
}
