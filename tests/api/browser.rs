//! End-to-end tests of the web app in a real browser: Debian's Chromium, headless, driven by
//! Playwright's test runner (`web/e2e/`) against the real service on a free port over a fresh
//! SQLite database. Each test starts its own service (and, where needed, the built-in fake
//! vendors of `ai_usage::demo`) and runs one spec with `npx playwright test`: the account flows
//! in `web/e2e/flows.spec.ts`, connecting tools, integrations and people in
//! `integrations.spec.ts`, first run and sample data in `sample-data.spec.ts`. Screenshots land
//! in `target/screenshots/`.
//!
//! Chromium is found at `CHROMIUM_PATH` or `/usr/bin/chromium`. Without it (or without npm) the
//! test says it was skipped and how to install it; under `CI=true` that is a failure.

use crate::{browser_dashboard, common};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ai_usage::app::{self, Settings};
use ai_usage::auth::SignupMode;
use ai_usage::auth::setup::SetupCode;
use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::web::edge::EdgeSettings;
use common::{TestDb, test_engine_config};

fn chromium() -> Option<PathBuf> {
    let path =
        std::env::var_os("CHROMIUM_PATH").map(PathBuf::from).unwrap_or_else(|| "/usr/bin/chromium".into());
    path.exists().then_some(path)
}

fn has_npm() -> bool {
    std::process::Command::new("npm").arg("--version").output().is_ok_and(|out| out.status.success())
}

/// Missing tools skip the test, except in CI.
fn skip_or_fail(what: &str) {
    let how = "install it with `apt-get install -y chromium` (Debian) or point CHROMIUM_PATH at a Chromium; \
               Node.js 20+ with npm is needed too";
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("browser tests need {what} under CI=true: {how}");
    }
    eprintln!("SKIPPED the browser tests: {what} is missing; {how}");
}

/// `npm ci` in web/ unless the test runner and everything else it needs is installed.
fn install_web_dependencies(web: &Path) {
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(web.join("package.json")).unwrap()).unwrap();
    let installed = ["dependencies", "devDependencies"].iter().all(|section| {
        manifest[section]
            .as_object()
            .is_none_or(|deps| deps.keys().all(|name| web.join("node_modules").join(name).exists()))
    });
    if installed {
        return;
    }
    let status = std::process::Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(web)
        .status()
        .expect("run npm ci in web/");
    assert!(status.success(), "npm ci in {} failed", web.display());
}

/// The browser tools, or `None` after saying the test is skipped (a failure under CI).
fn browser_tools() -> Option<PathBuf> {
    let Some(chromium) = chromium() else {
        skip_or_fail("Chromium");
        return None;
    };
    if !has_npm() {
        skip_or_fail("npm");
        return None;
    }
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
    install_web_dependencies(&web);
    Some(chromium)
}

/// A service on a free port over a fresh SQLite database, trusting 127.0.0.1 as a proxy (so a
/// browser context that sends X-Forwarded-For is a visitor from another host: the first sign-up
/// then needs the setup code), allowed to reach vendor fakes on 127.0.0.1.
async fn start_service() -> (TestDb, app::RunningApp) {
    start_service_with(test_engine_config()).await
}

/// [`start_service`] with its own sync engine settings.
async fn start_service_with(engine: ai_usage::sync::EngineConfig) -> (TestDb, app::RunningApp) {
    ai_usage::telemetry::init();
    let test_db = TestDb::sqlite().await;
    let edge = EdgeSettings::parse(None, None, Some("127.0.0.0/8")).unwrap();
    let settings = Settings {
        signup_mode: SignupMode::Invite,
        keyring: Arc::new(KeyRing::new(MasterKey::generate(), vec![])),
        engine,
        scheduler: None,
        edge: Arc::new(edge),
    };
    let running =
        app::start(test_db.db.clone(), "127.0.0.1:0".parse().unwrap(), settings).await.expect("start app");
    (test_db, running)
}

/// Runs `npx playwright test SPEC` against `running`, with its own output folder (runs of other
/// specs may go on at the same time) and `env` added; fails the test when any browser test fails.
async fn playwright(spec: &str, running: &app::RunningApp, env: &[(&str, String)]) {
    let setup_code = running.state.schema.data::<SetupCode>().expect("setup code").as_str().to_owned();
    playwright_at(spec, running.addr, &setup_code, env).await;
}

/// [`playwright`] against the service at `addr` (which the test may stop and restart meanwhile).
async fn playwright_at(spec: &str, addr: std::net::SocketAddr, setup_code: &str, env: &[(&str, String)]) {
    let (chromium, web) = (chromium().unwrap(), Path::new(env!("CARGO_MANIFEST_DIR")).join("web"));
    let output = format!("../target/playwright-results/{}", spec.trim_end_matches(".spec.ts"));
    let status = tokio::process::Command::new("npx")
        .args(["playwright", "test", &format!("e2e/{spec}"), "--output", &output])
        .current_dir(&web)
        .env("AI_USAGE_BASE_URL", format!("http://{addr}"))
        .env("AI_USAGE_SETUP_CODE", setup_code)
        .env("CHROMIUM_PATH", &chromium)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .kill_on_drop(true)
        .status()
        .await
        .expect("run npx playwright test");
    assert!(
        status.success(),
        "the browser tests in e2e/{spec} failed (output above; screenshots in target/screenshots/)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn web_app_flows_in_chromium() {
    if browser_tools().is_none() {
        return;
    }
    let (_db, running) = start_service().await;
    playwright("flows.spec.ts", &running, &[]).await;
}

/// The live dashboard (`e2e/dashboard.spec.ts`) over three tools synced from fake vendors serving
/// the fixtures (see `browser_dashboard`), with a control server for syncs, restarts and resyncs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_in_chromium() {
    if browser_tools().is_none() {
        return;
    }
    let world = browser_dashboard::World::start().await;
    let control = world.control().await;
    playwright_at("dashboard.spec.ts", world.addr, "", &world.env(control)).await;
}

/// Engine settings for specs that watch a backfill: two weeks of history, paced at 5 requests a
/// second, so a backfill lasts seconds (long enough to see its progress bar move, short enough
/// for a test) and Cursor is not held to its real 20 a minute.
fn watchable_backfills() -> ai_usage::sync::EngineConfig {
    ai_usage::sync::EngineConfig {
        history_days: Some(14),
        requests_per_minute: std::num::NonZeroU32::new(300),
        ..test_engine_config()
    }
}

/// A loopback server the spec calls (from Node, not the page) to let the fake Claude Code API
/// serve the day it was failing: `POST /heal`.
async fn heal_switch(fakes: Arc<ai_usage::demo::Fakes>, day: chrono::NaiveDate) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let router = axum::Router::new().route(
        "/heal",
        axum::routing::post(move || {
            let fakes = fakes.clone();
            async move {
                fakes.set_claude_code_day_failing(day, false);
                "healed"
            }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connecting_tools_integrations_and_people_in_chromium() {
    if browser_tools().is_none() {
        return;
    }
    let (_db, running) = start_service_with(watchable_backfills()).await;
    let fakes = Arc::new(ai_usage::demo::Fakes::start(14, 30).await.unwrap());
    // Five days ago the Claude Code API is down: the backfill records the day as failed, the
    // spec heals it and retries it from the integrations page.
    let failing = chrono::Utc::now().date_naive() - chrono::Duration::days(5);
    fakes.set_claude_code_day_failing(failing, true);
    let heal = heal_switch(fakes.clone(), failing).await;
    let env = [
        ("CLAUDE_URL", fakes.claude_code.base_url.clone()),
        ("CLAUDE_KEY", fakes.claude_code.key.clone()),
        ("COPILOT_URL", fakes.copilot.base_url.clone()),
        ("COPILOT_KEY", fakes.copilot.key.clone()),
        ("COPILOT_ORG", ai_usage::demo::COPILOT_ORGANIZATION.to_owned()),
        ("CURSOR_URL", fakes.cursor.base_url.clone()),
        ("CURSOR_KEY", fakes.cursor.key.clone()),
        ("FAILING_DAY", failing.to_string()),
        ("HEAL_URL", format!("{heal}/heal")),
    ];
    playwright("integrations.spec.ts", &running, &env).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_run_and_sample_data_in_chromium() {
    if browser_tools().is_none() {
        return;
    }
    let engine = ai_usage::sync::EngineConfig {
        requests_per_minute: std::num::NonZeroU32::new(60_000),
        // Only the sample data's own allowance lets it reach its loopback fakes.
        egress: ai_usage::providers::EgressPolicy::vendors_only(),
        ..test_engine_config()
    };
    let (_db, running) = start_service_with(engine).await;
    playwright("sample-data.spec.ts", &running, &[]).await;
}
