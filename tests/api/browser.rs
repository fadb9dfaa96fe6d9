//! End-to-end tests of the web app in a real browser: Debian's Chromium, headless, driven by
//! Playwright's test runner (`web/e2e/`) against the real service on a free port over a fresh
//! SQLite database. This test only starts the service and runs `npx playwright test`; the flows
//! are in `web/e2e/flows.spec.ts`, screenshots land in `target/screenshots/`.
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
    ai_usage::telemetry::init();
    let test_db = TestDb::sqlite().await;
    let edge = EdgeSettings::parse(None, None, Some("127.0.0.0/8")).unwrap();
    let settings = Settings {
        signup_mode: SignupMode::Invite,
        keyring: Arc::new(KeyRing::new(MasterKey::generate(), vec![])),
        engine: test_engine_config(),
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
