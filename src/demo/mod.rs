//! `ai-usage demo`: the whole product on sample data, without any vendor key.
//!
//! It starts fake Claude Code, GitHub Copilot and Cursor servers on loopback (`127.0.0.1`, free
//! ports) that speak the vendors' documented formats, serves ai-usage on a database of its own,
//! creates an admin account and a demo workspace, and connects the three tools to the fakes
//! through the same code a person's `connectIntegration` runs (key verified, stored encrypted,
//! backfill). Then, every `--tick-seconds`, another slice of today's work appears at the fakes
//! and a sync fetches it, so open dashboards see their live updates.
//!
//! Rules: the egress policy allows `127.0.0.1` for this process only (`serve` is unchanged);
//! nothing is sent off the machine; the figures come from [`generator`], seeded, so one seed
//! gives the same history everywhere.

mod cast;
mod claude_code;
mod copilot;
mod cursor;
mod generator;
pub mod sample;
mod setup;

use std::io::Write;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;

use crate::app::{self, AppError, Settings};
use crate::auth::SignupMode;
use crate::auth::accounts::AccountError;
use crate::config::StorageConfig;
use crate::crypto::KeyRing;
use crate::providers::EgressPolicy;
use crate::storage::StorageError;
use crate::sync::connect::ManageError;
use crate::sync::{EngineConfig, RangeRequest, SchedulerConfig, SyncEngine, SyncError, Trigger};
use crate::web::edge::EdgeSettings;
use generator::DemoClock;

/// What `ai-usage demo` takes. No environment variable is read, so a real instance's
/// `DATABASE_URL` or `AI_USAGE_DATA_DIR` can never send demo data into it.
#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    /// Address and port to listen on (port 0 picks a free one; the log says which).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Folder for the demo's SQLite database (`ai-usage.db`) and its encryption key file. Keep
    /// it apart from a real instance's data dir; delete it to forget the demo.
    #[arg(long, default_value = "./demo-data")]
    pub data_dir: PathBuf,

    /// A database of the demo's own instead of the SQLite file: `postgres://…` or
    /// `sqlite://PATH`. Each start replaces the demo workspace in it.
    #[arg(long)]
    pub database_url: Option<String>,

    /// Seconds between two ticks; each tick adds a slice of today's work at the fake vendors
    /// and syncs it.
    #[arg(long, default_value_t = 180, value_parser = clap::value_parser!(u64).range(1..))]
    pub tick_seconds: u64,

    /// Days of history before today.
    #[arg(long, default_value_t = 90, value_parser = clap::value_parser!(u32).range(7..=365))]
    pub days: u32,

    /// Seed of the sample figures: the same seed gives the same history.
    #[arg(long, default_value_t = 14)]
    pub seed: u64,
}

/// Why the demo could not start.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The service itself could not start (address in use, database unreachable).
    #[error(transparent)]
    App(#[from] AppError),
    /// Reading or writing the demo workspace failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The demo admin account could not be created or logged into.
    #[error("demo account: {0}")]
    Account(#[from] AccountError),
    /// A demo tool could not be connected through the real connect path.
    #[error("connecting a demo tool: {0}")]
    Connect(#[from] ManageError),
    /// Anything else that stops the set-up, in words.
    #[error("demo: {0}")]
    Setup(String),
}

/// The GitHub organization the fake Copilot API serves (any other is GitHub's 404).
pub const COPILOT_ORGANIZATION: &str = cast::GITHUB_ORG;

/// One running fake vendor.
pub struct FakeVendor {
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    /// The only key it accepts (random per start).
    pub key: String,
}

/// The three fakes, serving one seeded history that grows as [`Fakes::tick`] is called.
pub struct Fakes {
    /// The Claude Code Analytics API.
    pub claude_code: FakeVendor,
    /// GitHub's Copilot usage reports, seats and signed download links.
    pub copilot: FakeVendor,
    /// Cursor's Admin API.
    pub cursor: FakeVendor,
    clock: DemoClock,
}

fn random_key(prefix: &str) -> String {
    format!("{prefix}{:032x}", rand::random::<u128>())
}

/// Binds a loopback port and serves the router `build` makes for its base URL.
async fn serve_fake(
    key: String,
    build: impl FnOnce(String, String) -> axum::Router,
) -> Result<FakeVendor, DemoError> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| DemoError::Setup(format!("cannot bind a loopback port for a fake vendor: {e}")))?;
    let address = listener.local_addr().map_err(|e| DemoError::Setup(e.to_string()))?;
    let base_url = format!("http://{address}");
    let router = build(key.clone(), base_url.clone());
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router).await {
            tracing::error!(%error, "a demo fake vendor stopped");
        }
    });
    Ok(FakeVendor { base_url, key })
}

impl Fakes {
    /// Starts the three fakes on free loopback ports, with `history_days` of figures before
    /// today drawn from `seed`. They serve until the process ends.
    pub async fn start(seed: u64, history_days: u32) -> Result<Fakes, DemoError> {
        Fakes::start_with(DemoClock::new(seed, chrono::Utc::now().date_naive(), history_days)).await
    }

    async fn start_with(clock: DemoClock) -> Result<Fakes, DemoError> {
        let (c1, c2, c3) = (clock.clone(), clock.clone(), clock.clone());
        Ok(Fakes {
            claude_code: serve_fake(random_key("sk-ant-admin01-demo-"), |key, _| {
                claude_code::router(c1, key)
            })
            .await?,
            copilot: serve_fake(random_key("ghp_demo"), |key, base| copilot::router(c2, key, base)).await?,
            cursor: serve_fake(random_key("key_demo"), |key, _| cursor::router(c3, key)).await?,
            clock,
        })
    }

    /// Another slice of today's work appears at every fake, unless today is done (see
    /// `MAX_DAY_SLICES` in the generator); whether it did.
    pub fn tick(&self) -> bool {
        self.clock.tick(chrono::Utc::now().date_naive())
    }

    /// From now on the fake Claude Code API answers `day` with an outage (503), or, with
    /// `failing: false`, serves it again: how tests make a day fail and then retry it.
    pub fn set_claude_code_day_failing(&self, day: chrono::NaiveDate, failing: bool) {
        self.clock.set_failing(day, failing);
    }

    /// Exactly the three fakes' `host:port`: the egress allowance of integrations connected to
    /// them (see [`crate::sync::connect::connect_allowing`]).
    pub fn egress_allowance(&self) -> Result<EgressPolicy, DemoError> {
        let entries: Vec<&str> = [&self.claude_code, &self.copilot, &self.cursor]
            .iter()
            .map(|fake| fake.base_url.trim_start_matches("http://"))
            .collect();
        EgressPolicy::allowing(&entries).map_err(DemoError::Setup)
    }
}

/// The demo's public URL is the address it listens on (so its share cards work on this machine);
/// none when the port is picked at start or the address is a wildcard.
fn demo_edge(listen: SocketAddr) -> EdgeSettings {
    let url = (listen.port() != 0 && !listen.ip().is_unspecified()).then(|| format!("http://{listen}"));
    EdgeSettings::parse(url.as_deref(), None, None).unwrap_or_default()
}

/// `ai-usage demo`: runs until SIGINT or SIGTERM.
pub async fn run(args: &DemoArgs) -> Result<(), DemoError> {
    let storage = StorageConfig { database_url: args.database_url.clone(), data_dir: args.data_dir.clone() };
    let db = app::open_storage(&storage).await?;
    let keyring = KeyRing::from_config(None, None, &args.data_dir).map_err(AppError::from)?;
    let fakes = Fakes::start(args.seed, args.days).await?;
    let clock = fakes.clock.clone();
    let password = setup::new_password();
    let admin_id = setup::admin_account(&db, &password).await?;

    let engine = EngineConfig {
        history_days: Some(args.days),
        // The fakes are local: no need for Cursor's 20-a-minute pace.
        requests_per_minute: NonZeroU32::new(60_000),
        egress: EgressPolicy::parse("127.0.0.1").map_err(DemoError::Setup)?,
        instance_id: Some(format!("{}#demo", crate::config::default_instance_id(&args.data_dir))),
        ..EngineConfig::default()
    };
    let settings = Settings {
        signup_mode: SignupMode::Invite,
        keyring: Arc::new(keyring),
        engine,
        scheduler: Some(SchedulerConfig::default()),
        edge: Arc::new(demo_edge(args.listen)),
    };
    let running = app::start(db.clone(), args.listen, settings).await?;
    let workspace = setup::workspace(&running.engine, admin_id, &fakes).await?;
    announce(args, running.addr, &password, &storage);

    let ticks = tokio::spawn(keep_ticking(running.engine.clone(), clock, workspace, args.tick_seconds));
    app::shutdown_signal().await;
    tracing::info!("shutting down the demo");
    ticks.abort();
    running.stop().await?;
    Ok(())
}

/// The log lines a person needs: where to go and how to log in.
fn announce(args: &DemoArgs, addr: SocketAddr, password: &str, storage: &StorageConfig) {
    let url = format!("http://{addr}/");
    let data = match &args.database_url {
        Some(_) => "the database given with --database-url".to_owned(),
        None => format!("{} (SQLite)", storage.data_dir.join("ai-usage.db").display()),
    };
    tracing::info!(url = %url, email = setup::ADMIN_EMAIL, password, "ai-usage demo is running");
    // One write, and a stdout that has gone away (a closed pipe) is not an error: the demo is a
    // service, and `println!` would panic and stop it on EPIPE.
    let banner = format!(
        "\n  ai-usage demo — sample data from fake vendors on this machine (nothing leaves it)\n  \
         open      {url}\n  e-mail    {}\n  password  {password}\n  data      {data}\n  \
         a new slice of today's work every {} s; Ctrl-C stops\n\n",
        setup::ADMIN_EMAIL,
        args.tick_seconds
    );
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(banner.as_bytes()).and_then(|()| stdout.flush());
}

/// Waits for the backfills, links the Copilot logins, then adds a slice of today's work at
/// every tick and syncs it.
async fn keep_ticking(
    engine: SyncEngine,
    clock: DemoClock,
    workspace: setup::DemoWorkspace,
    tick_seconds: u64,
) {
    let db = engine.db().clone();
    match workspace.backfilled(&db, Duration::from_secs(600)).await {
        Ok(()) => match workspace.link_copilot_logins(&db).await {
            Ok(linked) => tracing::info!(
                linked,
                left_to_confirm = setup::SUGGESTED_ONLY,
                "demo backfill done; Copilot logins linked to their people"
            ),
            Err(error) => tracing::warn!(%error, "cannot link the demo's Copilot logins"),
        },
        Err(error) => tracing::warn!(%error, "the demo backfill did not finish"),
    }
    let mut interval = tokio::time::interval(Duration::from_secs(tick_seconds));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    interval.tick().await;
    for tick in 1u64.. {
        interval.tick().await;
        let added = clock.tick(chrono::Utc::now().date_naive());
        let mut runs = Vec::new();
        let mut gone = 0;
        for (provider, id) in &workspace.integrations {
            match engine.spawn(*id, RangeRequest::Due, Trigger::Schedule).await {
                Ok((_, handle)) => runs.push((*provider, handle)),
                Err(SyncError::AlreadyRunning { .. }) => {}
                Err(SyncError::Disconnected | SyncError::Storage(StorageError::NotFound)) => gone += 1,
                Err(error) => tracing::warn!(provider = provider.as_str(), %error, "demo sync did not start"),
            }
        }
        if gone == workspace.integrations.len() {
            tracing::info!(workspace_id = workspace.id, "the demo integrations are gone; no more ticks");
            return;
        }
        for (provider, handle) in runs {
            match handle.await {
                Ok(Ok(summary)) => {
                    tracing::debug!(provider = provider.as_str(), records = summary.records, "demo sync done")
                }
                Ok(Err(error)) => tracing::warn!(provider = provider.as_str(), %error, "demo sync failed"),
                Err(error) => {
                    tracing::warn!(provider = provider.as_str(), %error, "demo sync task ended abnormally")
                }
            }
        }
        if added {
            tracing::info!(tick, "demo tick: another slice of today's work synced");
        } else {
            tracing::info!(
                tick,
                "demo tick: today's work is done; the next slice comes with the next UTC day"
            );
        }
    }
}
