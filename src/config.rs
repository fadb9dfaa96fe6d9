//! Run-time configuration: flags and environment variables, resolved once at start-up.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

/// Where the data lives. Shared by every subcommand that opens the database.
#[derive(Debug, Clone, Args)]
pub struct StorageConfig {
    /// Database to use: `postgres://user:pass@host/db` for PostgreSQL, `sqlite://PATH` for a SQLite
    /// file. Unset: a SQLite file `ai-usage.db` inside the data dir, created on first start.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Folder for the embedded database and the generated encryption key file.
    #[arg(
        long,
        env = "AI_USAGE_DATA_DIR",
        default_value = "./data",
        global = true
    )]
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

/// Settings of the HTTP server.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address and port to listen on. Use 0.0.0.0:8080 to accept connections from other hosts.
    #[arg(
        long,
        env = "AI_USAGE_LISTEN",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub listen: SocketAddr,
}
