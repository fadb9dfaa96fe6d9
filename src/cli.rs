//! Command line: `serve` (default), `demo`, `migrate`, `schema`, `sync`, and the operator commands
//! `user`, `keys` and `integrations`.
//!
//! Each subcommand takes only the options it uses, so `ai-usage <cmd> --help` lists exactly those.
//! Without a subcommand the service runs, so the top level takes `serve`'s options too.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::config::{KeyConfig, ServeConfig, StorageConfig, SyncConfig};

/// ai-usage: a self-hosted, live history of how your team uses Claude Code, GitHub Copilot and
/// Cursor.
///
/// Without a subcommand it runs `serve`. With no configuration it keeps everything in a SQLite file
/// under ./data; set DATABASE_URL=postgres://… for PostgreSQL. Log verbosity follows RUST_LOG
/// (e.g. RUST_LOG=ai_usage=debug); logs are plain text on stderr, coloured only on a terminal
/// (and never when NO_COLOR is set). `ai-usage <command> --help` explains each command.
#[derive(Debug, Parser)]
#[command(name = "ai-usage", version, about, long_about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What `serve` uses when no subcommand is given.
    #[command(flatten)]
    pub serve: ServeArgs,

    #[command(subcommand)]
    /// The subcommand; `None` runs `serve`.
    pub command: Option<Command>,
}

impl Cli {
    /// The command to run: the subcommand given, or `serve` with the top-level options.
    pub fn into_command(self) -> Command {
        self.command.unwrap_or(Command::Serve(self.serve))
    }
}

#[derive(Debug, Subcommand)]
/// The subcommands.
pub enum Command {
    /// Run the web service: GraphQL API at /graphql, GraphiQL at /graphiql, subscriptions at
    /// /graphql/ws, health at /healthz and /readyz. Applies pending migrations first.
    Serve(ServeArgs),
    /// Try ai-usage on sample data: a full, live dashboard without any vendor key.
    ///
    /// Starts fake Claude Code, GitHub Copilot and Cursor servers on 127.0.0.1 (free ports) that
    /// answer in the vendors' own formats with a seeded, made-up team (a dozen people, a CI
    /// pipeline, an idle Copilot seat, 90 days of history). Then runs the service, creates an
    /// admin account and the workspace "Northwind Robotics (demo)", and connects the three tools
    /// to the fakes exactly as the connect form does, with a backfill. Every --tick-seconds another
    /// slice of today's work appears and is synced, so the dashboard's live updates can be
    /// watched.
    ///
    /// The URL, e-mail and a new password are printed at start. Nothing leaves the machine: only
    /// the loopback fakes are called (they are allowed for this process alone). Data goes to
    /// ./demo-data (SQLite; --data-dir) or the database given with --database-url; each start
    /// replaces the demo workspace there. No environment variable is read. Example:
    /// `cargo run --release -- demo`, then open the printed URL.
    Demo(crate::demo::DemoArgs),
    /// Apply pending database migrations and exit.
    Migrate(MigrateArgs),
    /// Print the GraphQL schema (SDL) to stdout: `ai-usage schema > schema.graphql`.
    Schema,
    /// Sync one integration now, in the foreground, with a progress bar. Without --from/--to it
    /// catches up like a scheduled run. `ai-usage integrations list` shows the ids.
    Sync(SyncArgs),
    /// Manage accounts without the API (for operators).
    #[command(subcommand)]
    User(UserCommand),
    /// Manage the master keys that encrypt vendor API keys at rest.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Look at connected vendor accounts (for operators).
    #[command(subcommand)]
    Integrations(IntegrationsCommand),
}

/// Everything the service needs.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    /// Where the database is.
    pub storage: StorageConfig,
    #[command(flatten)]
    /// The master keys that seal vendor keys.
    pub keys: KeyConfig,
    #[command(flatten)]
    /// Where and how to listen.
    pub serve: ServeConfig,
    #[command(flatten)]
    /// Scheduler and sync engine settings.
    pub sync: SyncConfig,
}

/// `ai-usage migrate`: the database only.
#[derive(Debug, Clone, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    /// Where the database is.
    pub storage: StorageConfig,
}

#[derive(Debug, Subcommand)]
/// `ai-usage user …`: account commands for operators.
pub enum UserCommand {
    /// Create an account (whatever the sign-up mode). Without --password-stdin a random password
    /// is generated and printed once.
    Create {
        /// The account's e-mail address (its log-in name).
        #[arg(long)]
        email: String,
        /// Make the account an instance admin.
        #[arg(long)]
        admin: bool,
        /// Read the password from the first line of stdin.
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        /// Where the database is.
        storage: StorageConfig,
    },
    /// Set a new password and revoke every session and API token of the account.
    ResetPassword {
        /// The e-mail address of an existing account.
        #[arg(long)]
        email: String,
        /// Read the password from the first line of stdin.
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        /// Where the database is.
        storage: StorageConfig,
    },
}

#[derive(Debug, Subcommand)]
/// `ai-usage keys …`: master key commands.
pub enum KeysCommand {
    /// Print a new random master key (base64 of 32 bytes) for AI_USAGE_ENCRYPTION_KEY.
    Generate,
    /// Re-encrypt every stored vendor key under the current AI_USAGE_ENCRYPTION_KEY. Put the
    /// previous key in AI_USAGE_ENCRYPTION_OLD_KEYS first; the service keeps reading both, so
    /// rotation needs no downtime. Remove the old key once this has run.
    Rotate {
        #[command(flatten)]
        /// Where the database is.
        storage: StorageConfig,
        #[command(flatten)]
        /// The current and previous master keys.
        keys: KeyConfig,
    },
}

#[derive(Debug, Subcommand)]
/// `ai-usage integrations …`: looking at connected vendor accounts.
pub enum IntegrationsCommand {
    /// One line per integration: id, workspace, provider, name, status and last sync (UTC). The id
    /// is what `ai-usage sync --integration` takes.
    List {
        #[command(flatten)]
        /// Where the database is.
        storage: StorageConfig,
    },
}

/// What `ai-usage sync` syncs, and with what.
#[derive(Debug, Clone, Args)]
pub struct SyncArgs {
    /// The integration id (`ai-usage integrations list` shows them).
    #[arg(long)]
    pub integration: i64,
    /// First UTC day to sync (YYYY-MM-DD); needs --to.
    #[arg(long, requires = "to")]
    pub from: Option<NaiveDate>,
    /// Last UTC day to sync (YYYY-MM-DD, included); needs --from.
    #[arg(long, requires = "from")]
    pub to: Option<NaiveDate>,
    #[command(flatten)]
    /// Where the database is.
    pub storage: StorageConfig,
    #[command(flatten)]
    /// The master keys that unseal the vendor key.
    pub keys: KeyConfig,
    #[command(flatten)]
    /// Sync engine settings.
    pub sync: SyncConfig,
}
