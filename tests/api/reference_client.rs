//! The reference JavaScript client `graphql-ws` (npm) subscribes to the server: proof that the
//! subscription endpoint speaks the standard protocol, not just our own test client's idea of it.
//! Needs Node.js; installs `tests/js`'s locked dependencies on first run.

use crate::common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use ai_usage::sync::events::{SyncEvent, SyncEventKind};
use chrono::NaiveDate;
use common::TestApp;

fn node_available() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_graphql_ws_reference_client_receives_sync_progress() {
    if !node_available() {
        eprintln!("SKIPPED: Node.js is not installed; the graphql-ws reference client check needs it");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js");
    common::install_js_dependencies(&dir);
    let app = TestApp::spawn("sqlite").await;
    let account = app.sign_up("js@x.io").await;
    let workspace = account.personal_workspace_id;
    let child = tokio::process::Command::new("node")
        .arg(dir.join("subscribe.mjs"))
        .arg(format!("ws://{}/graphql/ws", app.addr()))
        .arg(&account.token)
        .arg(workspace.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let events = app.app.state.events.clone();
    let publisher = tokio::spawn(async move {
        loop {
            events.publish(SyncEvent {
                workspace_id: workspace,
                integration_id: 3,
                run_id: 42,
                kind: SyncEventKind::DayCommitted,
                days: vec![NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()],
                days_done: 1,
                days_total: 1,
                error: None,
            });
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let output = tokio::time::timeout(Duration::from_secs(30), child.wait_with_output())
        .await
        .expect("node hung")
        .unwrap();
    publisher.abort();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "graphql-ws client failed: {}\n{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    let result: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(
        result["data"]["syncProgress"],
        serde_json::json!({ "kind": "DAY_COMMITTED", "runId": "42", "days": ["2026-11-25"] })
    );
}
