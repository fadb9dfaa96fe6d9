//! The life of a subscription socket: access revoked mid-stream, idle unauthenticated sockets,
//! and server shutdown.

use crate::common;

use std::time::Duration;

use ai_usage::sync::events::{SyncEvent, SyncEventKind};
use common::TestApp;
use common::ws::GqlSocket;
use futures_util::StreamExt;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const PROGRESS: &str = "subscription($w: ID!) { syncProgress(workspaceId: $w) { runId } }";

fn event(workspace_id: i64, run_id: i64) -> SyncEvent {
    SyncEvent {
        workspace_id,
        integration_id: 1,
        run_id,
        kind: SyncEventKind::Started,
        days: vec![],
        days_done: 0,
        days_total: 1,
        error: None,
    }
}

async fn a_removed_member_s_stream_ends(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let member = app.sign_up("member@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    app.add_member(&owner, team, &member, "member@x.io", "MEMBER").await;
    let mut socket =
        GqlSocket::connect(app.addr(), "graphql-transport-ws", Some(&member.token)).await.unwrap();
    socket.subscribe("1", PROGRESS, json!({ "w": team.to_string() })).await;
    let mut received = None;
    for run in 0..100 {
        app.app.state.events.publish(event(team, run));
        if let Some(message) = socket.next_within(Duration::from_millis(100)).await {
            received = Some(message.unwrap());
            break;
        }
    }
    assert!(received.is_some(), "the member never received an event");
    // Demotion to viewer keeps read access: the stream goes on.
    let demote = app
        .gql_as(
            Some(&owner.token),
            "mutation($w: ID!, $u: ID!) { setMemberRole(workspaceId: $w, userId: $u, role: VIEWER) { role } }",
            json!({ "w": team.to_string(), "u": member.user_id.to_string() }),
        )
        .await;
    assert_eq!(demote["data"]["setMemberRole"]["role"], "VIEWER", "{demote}");
    while socket.next_within(Duration::from_millis(300)).await.is_some() {}
    app.app.state.events.publish(event(team, 500));
    assert_eq!(socket.next_data().await["syncProgress"]["runId"], "500");

    let removed = app
        .gql_as(
            Some(&owner.token),
            "mutation($w: ID!, $u: ID!) { removeMember(workspaceId: $w, userId: $u) }",
            json!({ "w": team.to_string(), "u": member.user_id.to_string() }),
        )
        .await;
    assert_eq!(removed["data"]["removeMember"], true, "{removed}");
    let complete = socket.next().await.expect("socket closed");
    assert_eq!(complete, json!({ "type": "complete", "id": "1" }));
    // Nothing more reaches the removed member.
    app.app.state.events.publish(event(team, 501));
    assert!(socket.next_within(Duration::from_millis(500)).await.is_none());
}

async fn shutdown_closes_subscription_sockets_with_going_away(backend: &str) {
    let TestApp { app, test_db: _test_db, .. } = TestApp::spawn(backend).await;
    let helper = reqwest::Client::new();
    let signed: serde_json::Value = helper
        .post(format!("http://{}/graphql", app.addr))
        .json(&json!({ "query": "mutation { signUp(email: \"a@x.io\", password: \"correct horse battery\") { token } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signed["data"]["signUp"]["token"].as_str().unwrap();
    let mut socket = GqlSocket::connect(app.addr, "graphql-transport-ws", Some(token)).await.unwrap();
    let stopping = tokio::spawn(app.stop());
    let closed = socket.next().await.expect_err("expected a close frame");
    assert_eq!(closed.code, 1001, "{closed:?}");
    tokio::time::timeout(Duration::from_secs(15), stopping)
        .await
        .expect("server did not stop")
        .unwrap()
        .unwrap();
}

on_both_backends!(a_removed_member_s_stream_ends, shutdown_closes_subscription_sockets_with_going_away);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_that_never_initialises_is_closed_with_4408() {
    let app = TestApp::spawn("sqlite").await;
    let mut request = format!("ws://{}/graphql/ws", app.addr()).into_client_request().unwrap();
    request.headers_mut().insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let started = std::time::Instant::now();
    let closed = loop {
        match tokio::time::timeout(Duration::from_secs(15), socket.next()).await.expect("not closed in time")
        {
            Some(Ok(Message::Close(frame))) => break frame.expect("close frame"),
            Some(Ok(_)) => continue,
            other => panic!("unexpected: {other:?}"),
        }
    };
    assert_eq!(u16::from(closed.code), 4408);
    assert!(started.elapsed() >= Duration::from_secs(9), "closed too early: {:?}", started.elapsed());
}
