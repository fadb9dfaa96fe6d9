//! A full connect → backfill → sync → query flow with every log line at TRACE level, including
//! the HTTP and database libraries': the vendor key appears in no log line, no API response and
//! no stored column, and the live `integrationChanged`/`syncProgress` streams carry the changes.

use crate::common;
use crate::sync_support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::TestApp;
use common::ws::GqlSocket;
use serde_json::{Value, json};
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, days_ago, row};

/// Runs the test on a runtime of its own whose every thread logs at TRACE into a buffer of its
/// own: a scoped dispatcher, so the other tests of this binary (and their global subscriber) neither
/// add to it nor take lines from it.
fn run_capturing(backend: &'static str) {
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = logs.clone();
    let dispatch = tracing::Dispatch::new(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || Capture(sink.clone()))
            .with_ansi(false)
            .finish(),
    );
    let for_threads = dispatch.clone();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        // The guard would reset the thread's dispatcher when dropped; the thread ends with the runtime.
        .on_thread_start(move || std::mem::forget(tracing::dispatcher::set_default(&for_threads)))
        .build()
        .unwrap();
    let _this_thread = tracing::dispatcher::set_default(&dispatch);
    runtime.block_on(the_vendor_key_never_leaks(backend, logs));
}

struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

async fn the_vendor_key_never_leaks(backend: &str, logs: Arc<Mutex<Vec<u8>>>) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    let day = days_ago(1);
    fake.set_day(day, DayScript::Rows(vec![row(day, "alice@x.io", 2, 100, 10)]));
    let owner = app.sign_up("owner@x.io").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    let mut responses = Vec::<Value>::new();

    let mut socket =
        GqlSocket::connect(app.addr(), "graphql-transport-ws", Some(&owner.token)).await.unwrap();
    socket
        .subscribe(
            "changes",
            "subscription($w: ID!) { integrationChanged(workspaceId: $w) { change integrationId } }",
            json!({ "w": ws.to_string() }),
        )
        .await;
    socket
        .subscribe(
            "progress",
            "subscription($w: ID!) { syncProgress(workspaceId: $w) { kind days } }",
            json!({ "w": ws.to_string() }),
        )
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // A wrong key first: refused, with the vendor's message, and nothing stored.
    let wrong_key = "sk-ant-admin01-wrong-key-abcdefabcdef";
    let connect = "mutation($w: ID!, $input: ConnectIntegrationInput!) { connectIntegration(workspaceId: $w, input: $input) { id secretHint } }";
    let refused = app
        .gql_as(Some(&owner.token), connect, json!({ "w": ws.to_string(), "input": {
            "provider": "CLAUDE_CODE", "displayName": "Claude", "apiKey": wrong_key, "baseUrl": fake.base_url } }))
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "INVALID_CREDENTIALS", "{refused}");
    responses.push(refused);

    let connected = app
        .gql_as(Some(&owner.token), connect, json!({ "w": ws.to_string(), "input": {
            "provider": "CLAUDE_CODE", "displayName": "Claude", "apiKey": GOOD_KEY, "baseUrl": fake.base_url } }))
        .await;
    let id = connected["data"]["connectIntegration"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{connected}"))
        .to_owned();
    responses.push(connected);

    // The dashboard hears about the connection, then about the backfill committing yesterday.
    let mut heard_connected = false;
    let mut heard_day = false;
    while !(heard_connected && heard_day) {
        let message = socket.next().await.expect("socket closed");
        let data = &message["payload"]["data"];
        heard_connected |=
            data["integrationChanged"] == json!({ "change": "CONNECTED", "integrationId": id });
        heard_day |= data["syncProgress"]["kind"] == "DAY_COMMITTED"
            && data["syncProgress"]["days"] == json!([day.to_string()]);
        responses.push(message);
    }

    for (query, variables) in [
        (
            "query($w: ID!) { integrations(workspaceId: $w) { id secretHint status lastError lastRun { status error } } }",
            json!({ "w": ws.to_string() }),
        ),
        ("query($id: ID!) { syncRuns(integrationId: $id) { status error records } }", json!({ "id": id })),
        ("mutation($id: ID!) { syncIntegration(id: $id) { id status } }", json!({ "id": id })),
        (
            "query($w: ID!, $d: NaiveDate!) { dailyUsage(workspaceId: $w, from: $d, to: $d) { actor totals { sessions inputTokens } } }",
            json!({ "w": ws.to_string(), "d": day.to_string() }),
        ),
    ] {
        responses.push(app.gql_as(Some(&owner.token), query, variables).await);
    }
    let usage = responses.last().unwrap();
    assert_eq!(
        usage["data"]["dailyUsage"],
        json!([{ "actor": "alice@x.io", "totals": { "sessions": 2, "inputTokens": 100 } }]),
        "{usage}"
    );

    // The key is revoked at the vendor: the next sync marks the integration, and says so live.
    fake.accept_only("sk-ant-admin01-rotated-elsewhere-000000");
    tokio::time::sleep(Duration::from_millis(300)).await;
    responses.push(
        app.gql_as(
            Some(&owner.token),
            "mutation($id: ID!) { syncIntegration(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await,
    );
    loop {
        let message = socket.next().await.expect("socket closed");
        let attention = message["payload"]["data"]["integrationChanged"]["change"] == "NEEDS_ATTENTION";
        responses.push(message);
        if attention {
            break;
        }
    }

    for response in &responses {
        let text = response.to_string();
        assert!(!text.contains(GOOD_KEY) && !text.contains(wrong_key), "a key in an API response: {text}");
    }
    let stored = ai_usage::storage::secrets::all(app.db()).await.unwrap();
    assert!(
        stored.iter().all(|(_, _, blob)| !blob.windows(GOOD_KEY.len()).any(|w| w == GOOD_KEY.as_bytes()))
    );

    let logs = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(logs.contains("TRACE"), "TRACE logging was not captured");
    assert!(logs.lines().count() > 100, "suspiciously few log lines: {}", logs.lines().count());
    for line in logs.lines() {
        assert!(!line.contains(GOOD_KEY) && !line.contains(wrong_key), "a key in a log line: {line}");
        // The key's distinctive middle part, in case something logs it partially or escaped.
        assert!(
            !line.contains("good-test-key-0123") && !line.contains("wrong-key-abcdef"),
            "part of a key in a log line: {line}"
        );
    }
}

mod sqlite {
    #[test]
    fn the_vendor_key_never_leaks() {
        super::run_capturing("sqlite")
    }
}

mod postgres {
    #[test]
    fn the_vendor_key_never_leaks() {
        super::run_capturing("postgres")
    }
}
