//! Run-time configuration: flags and environment variables, resolved once at start-up. Every
//! environment hint hides its value: help shows `[env: NAME]`, never a secret or a misleading
//! `NAME=` for an unset variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

/// Where the data lives. Shared by every subcommand that opens the database.
#[derive(Debug, Clone, Args)]
pub struct StorageConfig {
    /// Database to use: `postgres://user:pass@host/db` for PostgreSQL, `sqlite://PATH` for a SQLite
    /// file. Unset: a SQLite file `ai-usage.db` inside the data dir, created on first start.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,

    /// Folder for the embedded database and the generated encryption key file.
    #[arg(long, env = "AI_USAGE_DATA_DIR", hide_env_values = true, default_value = "./data")]
    pub data_dir: PathBuf,
}

impl StorageConfig {
    /// The URL actually used: `DATABASE_URL`, or the embedded SQLite file under the data dir.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.trim().to_owned(),
            _ => format!("sqlite://{}", self.data_dir.join("ai-usage.db").display()),
        }
    }
}

/// Where the master key for vendor secrets comes from.
#[derive(Debug, Clone, Args)]
pub struct KeyConfig {
    /// Master key for vendor API keys at rest: base64 of 32 random bytes
    /// (`ai-usage keys generate`). Unset: a key file `encryption.key` is generated once in the data
    /// dir (mode 0600) and reused. Back it up: without it stored vendor keys cannot be read.
    #[arg(long, env = "AI_USAGE_ENCRYPTION_KEY", hide_env_values = true)]
    pub encryption_key: Option<String>,

    /// Previous master keys, comma-separated, still accepted for reading during a rotation.
    #[arg(long, env = "AI_USAGE_ENCRYPTION_OLD_KEYS", hide_env_values = true)]
    pub old_encryption_keys: Option<String>,
}

/// Settings of the HTTP server.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address and port to listen on. Use 0.0.0.0:8080 to accept connections from other hosts.
    #[arg(long, env = "AI_USAGE_LISTEN", hide_env_values = true, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Who may create accounts after the first one (which is always allowed and becomes the
    /// instance admin): `invite` needs a workspace invitation, `open` lets anyone sign up.
    #[arg(long, env = "AI_USAGE_SIGNUP", hide_env_values = true, value_enum, default_value = "invite")]
    pub signup: crate::auth::SignupMode,

    /// Where users reach the service: scheme, host and path, e.g. https://usage.example.com.
    /// With https the session cookie is marked `Secure`; its origin may send cookie-authenticated
    /// requests; absolute links start with it.
    #[arg(long, env = "AI_USAGE_PUBLIC_URL", hide_env_values = true)]
    pub public_url: Option<String>,

    /// Further origins, comma-separated, that may send cookie-authenticated requests (e.g. the
    /// UI's development server, http://localhost:5173).
    #[arg(long, env = "AI_USAGE_ALLOWED_ORIGINS", hide_env_values = true)]
    pub allowed_origins: Option<String>,

    /// Reverse proxies, comma-separated IPs or CIDRs (e.g. 10.0.0.0/8), whose X-Forwarded-For
    /// and X-Forwarded-Proto are believed. Unset: the peer address is the client's.
    #[arg(long, env = "AI_USAGE_TRUSTED_PROXIES", hide_env_values = true)]
    pub trusted_proxies: Option<String>,
}

impl ServeConfig {
    /// The public URL, allowed origins and trusted proxies, parsed; the message says which is
    /// malformed.
    pub fn edge(&self) -> Result<crate::web::edge::EdgeSettings, String> {
        crate::web::edge::EdgeSettings::parse(
            self.public_url.as_deref(),
            self.allowed_origins.as_deref(),
            self.trusted_proxies.as_deref(),
        )
    }
}

/// Settings of syncing, shared by the service and `ai-usage sync`.
#[derive(Debug, Clone, Args)]
pub struct SyncConfig {
    /// How many days of history a new integration backfills, at most (every provider; never
    /// more than the vendor keeps). Unset: each vendor's default (90 days for Claude Code, every
    /// report GitHub keeps for Copilot, everything Cursor serves, found by asking, up to two
    /// years).
    #[arg(long, env = "AI_USAGE_BACKFILL_DAYS", hide_env_values = true)]
    pub backfill_days: Option<u32>,

    /// Extra vendor hosts integrations may use as their base URL, comma-separated `host[:port]`
    /// (a proxy, GitHub Enterprise Server). The vendors' own hosts (api.anthropic.com,
    /// api.github.com, api.<name>.ghe.com, api.cursor.com) are always allowed over https; a
    /// listed host may also use plain http and resolve to private addresses. A host without a
    /// port allows any port. Anything else is refused.
    #[arg(long, env = "AI_USAGE_ALLOWED_VENDOR_HOSTS", hide_env_values = true, value_parser = crate::providers::EgressPolicy::parse)]
    pub allowed_vendor_hosts: Option<crate::providers::EgressPolicy>,

    /// Names this process on the sync runs it holds, so that after a crash the restarted process
    /// takes its runs over at once. Unset: the host name and the data dir. Give each replica its
    /// own.
    #[arg(long, env = "AI_USAGE_INSTANCE_ID", hide_env_values = true)]
    pub instance_id: Option<String>,

    /// Whether workspace admins may load sample data ("Try it with sample data" in the web app):
    /// built-in fake vendors on this machine's loopback, connected to an empty workspace. `false`
    /// turns the button and the `loadSampleData` mutation off.
    #[arg(long, env = "AI_USAGE_SAMPLE_DATA", hide_env_values = true, default_value_t = true, action = clap::ArgAction::Set)]
    pub sample_data: bool,
}

impl SyncConfig {
    /// The sync engine's settings for this configuration.
    /// `instance_id` is the configured one only; [`default_instance_id`] fills it in at start.
    pub fn engine(&self) -> crate::sync::EngineConfig {
        crate::sync::EngineConfig {
            history_days: self.backfill_days,
            egress: self.allowed_vendor_hosts.clone().unwrap_or_default(),
            instance_id: self.instance_id.clone().filter(|id| !id.trim().is_empty()),
            sample_data: self.sample_data,
            ..crate::sync::EngineConfig::default()
        }
    }
}

/// The instance id when none is configured: `<host name>:<absolute data dir>`, the same across
/// restarts of one installation and different between two installations on one host.
pub fn default_instance_id(data_dir: &std::path::Path) -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_owned());
    let dir = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    format!("{host}:{}", dir.display())
}
