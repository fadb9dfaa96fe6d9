//! The inputs of `connectIntegration` and `updateIntegration`. Keys come in here and go straight
//! to the sync layer to be checked with the vendor and sealed; no output type carries them back.

use async_graphql::InputObject;

use crate::domain::Provider;

/// A vendor account to connect. The key is checked with the vendor before anything is saved.
#[derive(InputObject)]
pub struct ConnectIntegrationInput {
    /// The tool whose admin API to connect.
    pub provider: Provider,
    /// The name shown on the dashboard.
    pub display_name: String,
    /// The vendor admin key or token. Stored encrypted; never returned.
    pub api_key: String,
    /// GitHub Copilot: the organization whose reports to read (exactly one of this and
    /// `enterprise`).
    pub organization: Option<String>,
    /// GitHub Copilot: the enterprise whose reports to read.
    pub enterprise: Option<String>,
    /// The vendor API root when it is not the public one (GitHub Enterprise Cloud with data
    /// residency, a proxy).
    pub base_url: Option<String>,
    /// When to sync, as a cron expression in UTC. Default: `0 2 * * *` (daily at 02:00).
    pub schedule: Option<String>,
}

/// Changes to an integration; omitted fields stay as they are.
#[derive(InputObject, Default)]
pub struct UpdateIntegrationInput {
    /// A new name to show on the dashboard.
    pub display_name: Option<String>,
    /// A replacement key, checked with the vendor before it is saved.
    pub api_key: Option<String>,
    /// Cron expression in UTC.
    pub schedule: Option<String>,
    /// `true` stops scheduled syncs; `false` resumes them.
    pub paused: Option<bool>,
}
