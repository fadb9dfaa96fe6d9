//! Live connections die with their token: log-out, API-token revocation, a password change and
//! an operator's reset close the token's WebSocket connections with 4401, on every replica.

use std::io::Write;
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;

use super::PASSWORD;
use crate::common::TestApp;
use crate::common::ws::GqlSocket;

const PROGRESS: &str = "subscription($w: ID!) { syncProgress(workspaceId: $w) { runId } }";

async fn subscribed(addr: SocketAddr, token: &str, workspace: i64) -> GqlSocket {
    let mut socket =
        GqlSocket::connect(addr, "graphql-transport-ws", Some(token)).await.expect("acknowledged");
    socket.subscribe("1", PROGRESS, json!({ "w": workspace.to_string() })).await;
    socket
}

async fn assert_session_ended(socket: &mut GqlSocket) {
    let closed = socket.next().await.expect_err("expected the socket to close");
    assert_eq!((closed.code, closed.reason.as_str()), (4401, "Unauthorized: session ended"));
}

async fn log_out_and_revocation_close_their_sockets(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let ana = app.sign_up("ana@x.io").await;
    let ws = ana.personal_workspace_id;
    let created = app
        .gql_as(
            Some(&ana.token),
            "mutation { createApiToken(name: \"ci\") { token apiToken { id } } }",
            json!({}),
        )
        .await;
    let api_token = created["data"]["createApiToken"]["token"].as_str().unwrap().to_owned();
    let api_id = created["data"]["createApiToken"]["apiToken"]["id"].clone();
    let other = app
        .gql(
            &format!("mutation {{ logIn(email: \"ana@x.io\", password: \"{PASSWORD}\") {{ token }} }}"),
            json!({}),
        )
        .await["data"]["logIn"]["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut by_session = subscribed(app.addr(), &ana.token, ws).await;
    let mut by_api_token = subscribed(app.addr(), &api_token, ws).await;
    let mut by_other_session = subscribed(app.addr(), &other, ws).await;

    app.gql_as(Some(&api_token), "mutation($id: ID!) { revokeApiToken(id: $id) }", json!({ "id": api_id }))
        .await;
    assert_session_ended(&mut by_api_token).await;
    // A password change ends the other sessions, not this one.
    let changed = app
        .gql_as(
            Some(&ana.token),
            "mutation { changePassword(current: \"correct horse battery\", new: \"a new passphrase\") }",
            json!({}),
        )
        .await;
    assert_eq!(changed["data"]["changePassword"], true, "{changed}");
    assert_session_ended(&mut by_other_session).await;
    assert!(
        by_session.next_within(Duration::from_millis(500)).await.is_none(),
        "this session's socket closed"
    );
    app.gql_as(Some(&ana.token), "mutation { logOut }", json!({})).await;
    assert_session_ended(&mut by_session).await;
}

on_both_backends!(log_out_and_revocation_close_their_sockets);

/// On PostgreSQL the revocation reaches the other replicas through LISTEN/NOTIFY, also when an
/// operator resets the password from the CLI.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revocations_reach_every_replica() {
    let app = TestApp::spawn("postgres").await;
    let replica = app.replica().await;
    let ana = app.sign_up("ana@x.io").await;
    let mut on_replica = subscribed(replica.addr, &ana.token, ana.personal_workspace_id).await;
    app.gql_as(Some(&ana.token), "mutation { logOut }", json!({})).await;
    assert_session_ended(&mut on_replica).await;

    let again = app
        .gql(
            &format!("mutation {{ logIn(email: \"ana@x.io\", password: \"{PASSWORD}\") {{ token }} }}"),
            json!({}),
        )
        .await["data"]["logIn"]["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut on_replica = subscribed(replica.addr, &again, ana.personal_workspace_id).await;
    let data = tempfile::tempdir().unwrap();
    let mut cli = Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .args(["user", "reset-password", "--email", "ana@x.io", "--password-stdin"])
        .env("DATABASE_URL", &app.test_db.url)
        .env("AI_USAGE_DATA_DIR", data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    cli.stdin.take().unwrap().write_all(b"a reset passphrase\n").unwrap();
    assert!(cli.wait().unwrap().success());
    assert_session_ended(&mut on_replica).await;
}
