//! Credentials that must stop working: other sessions after `changePassword`, every session and
//! API token after `user reset-password`.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::json;

use super::{PASSWORD, code};
use crate::common::TestApp;

const ME: &str = "{ me { email } }";

async fn log_in(app: &TestApp, password: &str) -> serde_json::Value {
    app.gql(
        "mutation($p: String!) { logIn(email: \"ana@x.io\", password: $p) { token } }",
        json!({ "p": password }),
    )
    .await
}

async fn change_password_ends_other_sessions(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let ana = app.sign_up("ana@x.io").await;
    let other = log_in(&app, PASSWORD).await["data"]["logIn"]["token"].as_str().unwrap().to_owned();
    let change = "mutation($c: String!, $n: String!) { changePassword(current: $c, new: $n) }";
    let wrong = app
        .gql_as(Some(&ana.token), change, json!({ "c": "not my password", "n": "a new passphrase" }))
        .await;
    assert_eq!(code(&wrong), "BAD_USER_INPUT", "{wrong}");
    let short = app.gql_as(Some(&ana.token), change, json!({ "c": PASSWORD, "n": "short" })).await;
    assert_eq!(code(&short), "BAD_USER_INPUT", "{short}");
    let changed =
        app.gql_as(Some(&ana.token), change, json!({ "c": PASSWORD, "n": "a new passphrase" })).await;
    assert_eq!(changed["data"]["changePassword"], true, "{changed}");
    // This session goes on; the other one ended; only the new password logs in.
    assert_eq!(app.gql_as(Some(&ana.token), ME, json!({})).await["data"]["me"]["email"], "ana@x.io");
    assert_eq!(code(&app.gql_as(Some(&other), ME, json!({})).await), "UNAUTHENTICATED");
    assert_eq!(code(&log_in(&app, PASSWORD).await), "UNAUTHENTICATED");
    assert!(log_in(&app, "a new passphrase").await["data"]["logIn"]["token"].is_string());
    let anonymous = app.gql(change, json!({ "c": PASSWORD, "n": "a new passphrase" })).await;
    assert_eq!(code(&anonymous), "UNAUTHENTICATED");
}

/// The finding: a password reset left API tokens valid.
async fn reset_password_revokes_api_tokens(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let ana = app.sign_up("ana@x.io").await;
    let created =
        app.gql_as(Some(&ana.token), "mutation { createApiToken(name: \"ci\") { token } }", json!({})).await;
    let api_token = created["data"]["createApiToken"]["token"].as_str().unwrap().to_owned();
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .args(["user", "reset-password", "--email", "ana@x.io", "--password-stdin"])
        .env("DATABASE_URL", &app.test_db.url)
        .env("AI_USAGE_DATA_DIR", data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a reset passphrase\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("2 session(s) and API token(s) were revoked"), "{stdout}");
    for token in [&ana.token, &api_token] {
        assert_eq!(code(&app.gql_as(Some(token), ME, json!({})).await), "UNAUTHENTICATED");
    }
    let help = Command::new(env!("CARGO_BIN_EXE_ai-usage")).args(["user", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("revoke every session and API token"));
}

on_both_backends!(change_password_ends_other_sessions, reset_password_revokes_api_tokens);
