//! Sync events reach subscribers: across replicas through PostgreSQL, with an explicit
//! `resyncRequired` when a subscriber falls behind or the cross-replica link had a gap.

use crate::common;

use std::time::Duration;

use ai_usage::sync::events::{EventBus, SyncEvent, SyncEventKind};
use chrono::NaiveDate;
use common::TestApp;
use common::ws::GqlSocket;
use serde_json::json;

const PROGRESS: &str =
    "subscription($w: ID!) { syncProgress(workspaceId: $w) { kind resyncRequired runId days daysDone } }";

fn event(workspace_id: i64, run_id: i64) -> SyncEvent {
    SyncEvent {
        workspace_id,
        integration_id: 1,
        run_id,
        kind: SyncEventKind::DayCommitted,
        days: vec![NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()],
        days_done: 1,
        days_total: 2,
        error: None,
    }
}

/// Publishes `event` on `bus` until the socket yields a result (the subscription starts
/// asynchronously, so an event published before it would be missed).
async fn publish_until_received(
    bus: &EventBus,
    socket: &mut GqlSocket,
    event: SyncEvent,
) -> serde_json::Value {
    for _ in 0..100 {
        bus.publish(event.clone());
        if let Some(message) = socket.next_within(Duration::from_millis(100)).await {
            return message.expect("socket closed")["payload"]["data"].clone();
        }
    }
    panic!("no event arrived");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_published_on_one_replica_reaches_subscribers_on_another() {
    let replica_a = TestApp::spawn("postgres").await;
    let replica_b = replica_a.replica().await;

    let account = replica_a.sign_up("dev@x.io").await;
    let ws = account.personal_workspace_id;
    let mut socket =
        GqlSocket::connect(replica_b.addr, "graphql-transport-ws", Some(&account.token)).await.unwrap();
    socket.subscribe("1", PROGRESS, json!({ "w": ws.to_string() })).await;

    let data = publish_until_received(&replica_a.app.state.events, &mut socket, event(ws, 77)).await;
    assert_eq!(
        data["syncProgress"],
        json!({ "kind": "DAY_COMMITTED", "resyncRequired": false, "runId": "77", "days": ["2026-11-20"], "daysDone": 1 })
    );
    // Now that the subscription is live, one publish arrives exactly once.
    replica_a.app.state.events.publish(event(ws, 78));
    let mut copies = 0;
    while let Some(Ok(message)) = socket.next_within(Duration::from_millis(500)).await {
        copies += usize::from(message["payload"]["data"]["syncProgress"]["runId"] == "78");
    }
    assert_eq!(copies, 1);
    replica_b.stop().await.unwrap();
}

/// Stopping a replica ends its bridge: its LISTEN connection closes; the other replica's stays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_replica_closes_its_listen_connection() {
    let replica_a = TestApp::spawn("postgres").await;
    let replica_b = replica_a.replica().await;
    // Connections come and go asynchronously: wait (up to 5 s) for the expected count.
    let listening = async |expected: i64| {
        let mut seen = 0;
        for _ in 0..100 {
            seen = replica_a.test_db.count_backends("query LIKE 'LISTEN%'").await;
            if seen == expected {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        seen
    };
    assert_eq!(listening(2).await, 2, "both replicas listen");
    replica_b.stop().await.unwrap();
    assert_eq!(listening(1).await, 1, "only replica A still listens");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_listen_connection_is_reported_as_a_gap_and_recovered() {
    let app = TestApp::spawn("postgres").await;
    let account = app.sign_up("dev@x.io").await;
    let ws = account.personal_workspace_id;
    let mut socket =
        GqlSocket::connect(app.addr(), "graphql-transport-ws", Some(&account.token)).await.unwrap();
    socket.subscribe("1", PROGRESS, json!({ "w": ws.to_string() })).await;
    publish_until_received(&app.app.state.events, &mut socket, event(ws, 1)).await;

    // Kill the listener's connection from outside, as a database restart would.
    app.test_db.terminate_backends("query LIKE 'LISTEN%'").await;
    let gap = socket.next_data().await;
    assert_eq!(gap["syncProgress"]["resyncRequired"], true, "{gap}");
    // After reconnecting, events flow again.
    let data = publish_until_received(&app.app.state.events, &mut socket, event(ws, 2)).await;
    assert_eq!(data["syncProgress"]["runId"], "2", "{data}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_that_falls_behind_is_told_to_resync() {
    let app = TestApp::spawn("sqlite").await;
    let account = app.sign_up("slow@x.io").await;
    let ws = account.personal_workspace_id;
    let mut socket =
        GqlSocket::connect(app.addr(), "graphql-transport-ws", Some(&account.token)).await.unwrap();
    socket.subscribe("1", PROGRESS, json!({ "w": ws.to_string() })).await;
    publish_until_received(&app.app.state.events, &mut socket, event(ws, 0)).await;
    // The client stops reading while far more events than the bus holds are published: socket
    // buffers fill, the server's receiver lags, and the client must learn it missed some.
    for run in 1..=60_000 {
        app.app.state.events.publish(event(ws, run));
    }
    let mut saw_resync = false;
    while let Some(Ok(message)) = socket.next_within(Duration::from_secs(2)).await {
        if message["payload"]["data"]["syncProgress"]["resyncRequired"] == true {
            saw_resync = true;
            break;
        }
    }
    assert!(saw_resync, "a lagging subscriber was not told to resync");
}
