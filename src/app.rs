//! Start-up: open storage, migrate, build the schema, bind, serve until told to stop.

use std::net::SocketAddr;

use std::time::Duration;
use tokio::net::TcpListener;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use std::sync::Arc;

use crate::auth::SignupMode;
use crate::cli::SyncArgs;
use crate::config::{KeyConfig, ServeConfig, StorageConfig, SyncConfig};
use crate::crypto::{CryptoError, KeyRing};
use crate::graphql::{self, AuthSettings};
use crate::storage::{Db, StorageError};
use crate::sync::events::{BusMessage, EventBus};

use crate::sync::pg_bridge::{self, Bridge};
use crate::sync::{
    EngineConfig, RangeRequest, Scheduler, SchedulerConfig, SchedulerHandle, SyncEngine, SyncError, Trigger,
};
use crate::web::{self, AppState};

/// Why the service could not start or stopped abnormally. Printed as one line by `main`.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    /// The database could not be opened or migrated.
    Storage(#[from] StorageError),
    #[error("encryption key: {0}")]
    /// The master keys are missing or unusable.
    Keys(#[from] CryptoError),
    /// The listening address cannot be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// Why the operating system refused it.
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    /// The HTTP server failed while serving.
    Serve(std::io::Error),
    #[error("sync failed: {0}")]
    /// A foreground sync (`ai-usage sync`) failed.
    Sync(#[from] SyncError),
    #[error("configuration: {0}")]
    /// A setting is invalid; the text says which and why.
    Config(String),
}

/// Connects to the configured database and applies pending migrations.
pub async fn open_storage(config: &StorageConfig) -> Result<Db, AppError> {
    // A data dir the service cannot chmod (not its own) is worth a warning, not a refusal to start.
    if let Err(e) = crate::storage::private_files::restrict_dir(&config.data_dir) {
        tracing::warn!(dir = %config.data_dir.display(), error = %e, "cannot make the data dir private (0700)");
    }
    let url = config.database_url();
    let db = Db::connect(&url).await?;
    let applied = db.run_migrations().await?;
    if !applied.is_empty() {
        tracing::info!(?applied, "applied database migrations");
    }
    Ok(db)
}

/// `ai-usage migrate`.
pub async fn migrate(config: &StorageConfig) -> Result<(), AppError> {
    open_storage(config).await?;
    tracing::info!("database is up to date");
    Ok(())
}

/// The master keys for vendor secrets, from the environment or the data dir's key file.
pub fn load_keys(storage: &StorageConfig, keys: &KeyConfig) -> Result<KeyRing, AppError> {
    Ok(KeyRing::from_config(
        keys.encryption_key.as_deref(),
        keys.old_encryption_keys.as_deref(),
        &storage.data_dir,
    )?)
}

/// `ai-usage sync`: one run in the foreground with a progress bar, then a one-line summary.
pub async fn sync(
    storage: &StorageConfig,
    keys: &KeyConfig,
    engine_config: EngineConfig,
    args: &SyncArgs,
) -> Result<(), AppError> {
    let keyring = load_keys(storage, keys)?;
    let db = open_storage(storage).await?;
    let mut engine_config = engine_config;
    // Its own id per command: a foreground run is never mistaken for one the server holds.
    let base = engine_config
        .instance_id
        .take()
        .unwrap_or_else(|| crate::config::default_instance_id(&storage.data_dir));
    engine_config.instance_id = Some(format!("{base}#cli-{}", std::process::id()));
    // Bridged on PostgreSQL, so open dashboards on the serving replicas follow this run too.
    let (events, _bridge) = event_bus(&db);
    let engine = SyncEngine::new(db, Arc::new(keyring), events.clone(), engine_config);
    let range = match (args.from, args.to) {
        (Some(from), Some(to)) => RangeRequest::Days { from, to },
        _ => RangeRequest::Due,
    };
    let prepared = engine.prepare(args.integration, range, Trigger::Cli).await?;
    let run_id = prepared.run().id;
    let bar = indicatif::ProgressBar::new(u64::try_from(prepared.run().days_total).unwrap_or(0));
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{bar:40}] {pos}/{len} days {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut updates = events.subscribe();
    let progress = bar.clone();
    let follow = tokio::spawn(async move {
        while let Ok(message) = updates.recv().await {
            if let BusMessage::Event(event) = message
                && event.run_id == run_id
            {
                // A backfill re-plans its range once it knows the vendor's history horizon.
                progress.set_length(u64::try_from(event.days_total).unwrap_or(0));
                progress.set_position(u64::try_from(event.days_done).unwrap_or(0));
                if let Some(day) = event.days.last() {
                    progress.set_message(day.to_string());
                }
            }
        }
    });
    let started = std::time::Instant::now();
    let outcome = prepared.execute().await;
    follow.abort();
    bar.finish_and_clear();
    let summary = outcome?;
    let failed = match summary.days_failed {
        0 => String::new(),
        n => format!(", {n} days could not be read (retried later; see the run's error)"),
    };
    println!(
        "synced integration {} from {} to {}: {} days, {} records in {:.1} s (run {}){failed}",
        summary.integration_id,
        summary.range.from,
        summary.range.to,
        summary.days,
        summary.records,
        started.elapsed().as_secs_f64(),
        summary.run_id
    );
    Ok(())
}

/// `ai-usage serve`: runs until SIGINT or SIGTERM.
pub async fn serve(
    storage: &StorageConfig,
    keys: &KeyConfig,
    serve: &ServeConfig,
    sync: &SyncConfig,
) -> Result<(), AppError> {
    let edge = serve.edge().map_err(AppError::Config)?;
    let keyring = load_keys(storage, keys)?;
    let db = open_storage(storage).await?;
    let mut engine = sync.engine();
    if engine.instance_id.is_none() {
        engine.instance_id = Some(crate::config::default_instance_id(&storage.data_dir));
    }
    let settings = Settings {
        edge: Arc::new(edge),
        signup_mode: serve.signup,
        keyring: Arc::new(keyring),
        engine,
        scheduler: Some(SchedulerConfig::default()),
    };
    let running = start(db, serve.listen, settings).await?;
    tracing::info!(
        "ai-usage listening on http://{addr} (GraphiQL: http://{addr}/graphiql)",
        addr = running.addr
    );
    shutdown_signal().await;
    tracing::info!("shutting down");
    running.stop().await
}

/// A server running in the background; tests use it to talk to the real app on a real socket.
pub struct RunningApp {
    /// The address it listens on (port 0 resolved).
    pub addr: SocketAddr,
    /// The state its routes share (database, schema, sockets).
    pub state: AppState,
    /// The engine the API and the scheduler run syncs with.
    pub engine: SyncEngine,
    scheduler: Option<SchedulerHandle>,
    bridge: Option<Bridge>,
    stop: watch::Sender<bool>,
    task: JoinHandle<Result<(), std::io::Error>>,
}

/// How long in-flight requests get to finish after a stop before the server gives up on them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

impl RunningApp {
    /// Stops accepting, closes subscription sockets with "going away" (1001), lets in-flight
    /// requests finish within [`SHUTDOWN_GRACE`], waits for the server task, then ends the
    /// replica bridge (last: local subscribers receive events through it on PostgreSQL).
    pub async fn stop(self) -> Result<(), AppError> {
        if let Some(scheduler) = self.scheduler {
            scheduler.stop();
        }
        let _ = self.stop.send(true);
        let deadline = tokio::time::Instant::now() + SHUTDOWN_GRACE;
        let served = match tokio::time::timeout_at(deadline, self.task).await {
            Ok(Ok(result)) => result.map_err(AppError::Serve),
            Ok(Err(join)) => Err(AppError::Serve(std::io::Error::other(join))),
            Err(_) => {
                tracing::warn!("requests still running after {SHUTDOWN_GRACE:?}; stopping anyway");
                Ok(())
            }
        };
        // Upgraded sockets outlive the HTTP server task: let each send its close frame.
        if tokio::time::timeout_at(deadline, self.state.sockets.all_closed()).await.is_err() {
            tracing::warn!("WebSocket connections still open after {SHUTDOWN_GRACE:?}; stopping anyway");
        }
        if let Some(bridge) = self.bridge {
            bridge.stop().await;
        }
        served
    }
}

/// What a running app is configured with, beyond its database.
#[derive(Clone)]
pub struct Settings {
    /// Whether anyone may sign up or only the invited.
    pub signup_mode: SignupMode,
    /// Encrypts and decrypts vendor keys.
    pub keyring: Arc<KeyRing>,
    /// Retry, pacing and lease settings of the sync engine.
    pub engine: EngineConfig,
    /// The background scheduler; `None` runs no scheduled syncs (tests start one explicitly).
    pub scheduler: Option<SchedulerConfig>,
    /// Public URL, allowed origins, trusted proxies (all unset by default).
    pub edge: Arc<web::edge::EdgeSettings>,
}

/// Binds `listen` (port 0 picks a free one) and serves the app on `db` in a background task.
pub async fn start(db: Db, listen: SocketAddr, settings: Settings) -> Result<RunningApp, AppError> {
    let (events, bridge) = event_bus(&db);
    let engine = SyncEngine::new(db.clone(), settings.keyring.clone(), events.clone(), settings.engine);
    let auth = AuthSettings { signup_mode: settings.signup_mode };
    let (stop, stopping) = watch::channel(false);
    let state = AppState {
        schema: graphql::build(
            db.clone(),
            events.clone(),
            auth,
            settings.keyring.clone(),
            engine.clone(),
            graphql::PublicBase(settings.edge.public_url.as_ref().map(|url| url.base.clone())),
        ),
        db,
        events,
        stopping: stopping.clone(),
        sockets: web::SocketTracker::default(),
        edge: settings.edge.clone(),
    };
    // Runs this instance id held when it died are finished now, not after their lease.
    match engine.resume_own_runs().await {
        Ok(resumed) if !resumed.is_empty() => {
            tracing::info!(runs = resumed.len(), "resumed interrupted sync runs")
        }
        Ok(_) => {}
        Err(error) => tracing::error!(%error, "cannot take over interrupted sync runs"),
    }
    announce_setup_code(&state).await;
    let scheduler = settings.scheduler.map(|config| Scheduler::new(engine.clone(), config).spawn());
    let listener =
        TcpListener::bind(listen).await.map_err(|source| AppError::Bind { addr: listen, source })?;
    let addr = listener.local_addr().map_err(AppError::Serve)?;
    let router = web::router(state.clone());
    let task = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async move {
                let mut stopping = stopping;
                let _ = stopping.wait_for(|stop| *stop).await;
            })
            .await
    });
    Ok(RunningApp { addr, state, engine, scheduler, bridge, stop, task })
}

/// Logs the first-run setup code while the instance has no account (see `auth::setup`).
async fn announce_setup_code(state: &AppState) {
    let code = state.schema.data::<crate::auth::setup::SetupCode>();
    if let (Some(code), Ok(0)) = (code, crate::storage::users::count(&state.db).await) {
        tracing::info!(
            setup_code = code.as_str(),
            "no account exists yet: the first sign-up needs this setup code (`signUp(setupCode: …)`) unless it comes from this host"
        );
    }
}

/// The event bus for `db`: bridged across replicas on PostgreSQL (with the bridge's tasks),
/// in-process on SQLite.
fn event_bus(db: &Db) -> (EventBus, Option<Bridge>) {
    match db {
        Db::Postgres(pool) => {
            let (bus, bridge) = pg_bridge::start(pool.clone());
            (bus, Some(bridge))
        }
        Db::Sqlite(_) => (EventBus::new(), None),
    }
}

/// Resolves at SIGINT or SIGTERM.
pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
