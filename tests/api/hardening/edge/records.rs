//! What reaches storage: dates outside 2000..=2100 and strings with NUL are `BAD_USER_INPUT` on
//! both backends (they panicked a request, or PostgreSQL answered `INTERNAL`); and the audit log
//! of admin actions, readable by owners only.

use std::time::Duration;

use serde_json::{Value, json};

use super::{child, code};
use crate::common::{Account, TestApp, seed_integration};
use crate::sync_support::{ClaudeFake, GOOD_KEY};

async fn extreme_dates_are_bad_input(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let user = app.sign_up("dates@example.com").await;
    let ws = user.personal_workspace_id.to_string();
    let summary =
        "query($w: ID!, $r: DateRange) { usageSummary(workspaceId: $w, range: $r) { current { from to } } }";
    let ranges = [
        json!({ "from": "-262143-01-01", "to": "2024-01-01" }),
        json!({ "to": "-262143-01-05" }),
        json!({ "from": "+262142-12-25", "to": "+262142-12-31" }),
        json!({ "from": "0000-01-01", "to": "0000-12-31" }),
        json!({ "from": "9999-01-01", "to": "9999-12-31" }),
        json!({ "from": "1999-12-31", "to": "2000-01-05" }),
    ];
    for range in &ranges {
        let response = app.gql_as(Some(&user.token), summary, json!({ "w": ws, "r": range })).await;
        assert_eq!(code(&response), "BAD_USER_INPUT", "{range}: {response}");
        let heatmap = app
            .gql_as(
                Some(&user.token),
                "query($w: ID!, $r: DateRange) { activityHeatmap(workspaceId: $w, range: $r) { from } }",
                json!({ "w": ws, "r": range }),
            )
            .await;
        assert_eq!(code(&heatmap), "BAD_USER_INPUT", "{range}: {heatmap}");
    }
    // Literals, variable defaults, and the other date arguments.
    let integration = seed_integration(app.db(), user.personal_workspace_id).await;
    let documents = [
        format!(
            r#"{{ usageSummary(workspaceId: "{ws}", range: {{from: "0000-01-01", to: "0000-01-02"}}) {{ current {{ from }} }} }}"#
        ),
        format!(
            r#"query($r: DateRange = {{to: "-262143-01-05"}}) {{ usageSummary(workspaceId: "{ws}", range: $r) {{ current {{ from }} }} }}"#
        ),
        format!(r#"{{ dailyUsage(workspaceId: "{ws}", from: "0000-01-01", to: "0000-01-02") {{ day }} }}"#),
        format!(
            r#"mutation {{ syncIntegration(id: "{integration}", from: "0000-01-01", to: "0000-01-03") {{ id }} }}"#
        ),
    ];
    for document in &documents {
        let response = app.gql_as(Some(&user.token), document, json!({})).await;
        assert_eq!(code(&response), "BAD_USER_INPUT", "{document}: {response}");
    }
    // Dates inside the bounds still work, and the server is still there.
    let fine = app
        .gql_as(
            Some(&user.token),
            summary,
            json!({ "w": ws, "r": { "from": "2000-01-01", "to": "2000-03-01" } }),
        )
        .await;
    assert!(fine["errors"].is_null(), "{fine}");
    assert_eq!(app.http.get(app.url("/healthz")).send().await.unwrap().status(), 200);
}

async fn nul_bytes_are_bad_input(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let user = app.sign_up("nul@example.com").await;
    let by_variable = app
        .gql_as(
            Some(&user.token),
            "mutation($n: String!) { createWorkspace(name: $n) { id } }",
            json!({ "n": "a\u{0}b" }),
        )
        .await;
    assert_eq!(code(&by_variable), "BAD_USER_INPUT", "{by_variable}");
    let literal = r#"mutation { createWorkspace(name: "a\u0000b") { id } }"#;
    let response = app.gql_as(Some(&user.token), literal, json!({})).await;
    assert_eq!(code(&response), "BAD_USER_INPUT", "{literal}: {response}");
    // The braced escape is newer GraphQL than the parser speaks: refused as a syntax error.
    let braced = r#"mutation { createWorkspace(name: "a\u{0}b") { id } }"#;
    let response = app.gql_as(Some(&user.token), braced, json!({})).await;
    assert_eq!(code(&response), "GRAPHQL_PARSE_FAILED", "{braced}: {response}");
    let sign_up = app
        .gql(
            "mutation($e: String!) { signUp(email: $e, password: \"correct horse battery\") { token } }",
            json!({ "e": "x\u{0}@example.com" }),
        )
        .await;
    assert_eq!(code(&sign_up), "BAD_USER_INPUT", "{sign_up}");
    let names = app.gql_as(Some(&user.token), "{ workspaces { name } }", json!({})).await;
    assert_eq!(names["data"]["workspaces"].as_array().unwrap().len(), 1, "{names}");
}

const LOG: &str = "query($w: ID!, $first: Int!, $after: String) {
    auditLog(workspaceId: $w, first: $first, after: $after) {
        events { id at actor actorUserId action targetKind targetId detail } endCursor hasNextPage
    }
}";

async fn log_of(app: &TestApp, token: Option<&str>, ws: i64, first: i32, after: Option<&str>) -> Value {
    app.gql_as(token, LOG, json!({ "w": ws.to_string(), "first": first, "after": after })).await
}

async fn ok(app: &TestApp, who: &Account, document: &str, variables: Value) -> Value {
    let response = app.gql_as(Some(&who.token), document, variables).await;
    assert!(response["errors"].is_null(), "{document}: {response}");
    response
}

/// Waits for the integration's runs to finish (its backfill).
async fn settle(app: &TestApp, owner: &Account, id: &str) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let runs = ok(
            app,
            owner,
            "query($id: ID!) { syncRuns(integrationId: $id) { status } }",
            json!({ "id": id }),
        )
        .await;
        if runs["data"]["syncRuns"].as_array().unwrap().iter().all(|r| r["status"] != "RUNNING") {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "backfill did not finish: {runs}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn admin_actions_are_audited_for_owners(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let fake = ClaudeFake::start().await;
    let owner = app.sign_up("owner@example.com").await;
    let admin = app.sign_up("admin@example.com").await;
    let viewer = app.sign_up("viewer@example.com").await;
    let outsider = app.sign_up("outsider@example.com").await;
    let ws = app.create_workspace(&owner, "Eng").await;
    app.add_member(&owner, ws, &admin, "admin@example.com", "ADMIN").await;
    app.add_member(&owner, ws, &viewer, "viewer@example.com", "VIEWER").await;
    let w = ws.to_string();
    ok(
        &app,
        &owner,
        "mutation($w: ID!, $u: ID!) { setMemberRole(workspaceId: $w, userId: $u, role: MEMBER) { role } }",
        json!({ "w": w, "u": viewer.user_id.to_string() }),
    )
    .await;
    ok(
        &app,
        &admin,
        "mutation($w: ID!) { updateWorkspaceSettings(workspaceId: $w, minGroupSize: 3) { id } }",
        json!({ "w": w }),
    )
    .await;
    let input = json!({ "provider": "CLAUDE_CODE", "displayName": "Claude", "apiKey": GOOD_KEY, "baseUrl": fake.base_url });
    let connected = ok(&app, &admin, "mutation($w: ID!, $i: ConnectIntegrationInput!) { connectIntegration(workspaceId: $w, input: $i) { displayName } }",
        json!({ "w": w, "i": input })).await;
    assert_eq!(connected["data"]["connectIntegration"]["displayName"], "Claude");
    let list =
        ok(&app, &owner, "query($w: ID!) { integrations(workspaceId: $w) { id } }", json!({ "w": w })).await;
    let integration = list["data"]["integrations"][0]["id"].as_str().unwrap().to_owned();
    settle(&app, &owner, &integration).await;
    ok(
        &app,
        &admin,
        "mutation($id: ID!) { updateIntegration(id: $id, input: {displayName: \"Renamed\"}) { id } }",
        json!({ "id": integration }),
    )
    .await;
    ok(
        &app,
        &admin,
        "mutation($id: ID!) { disconnectIntegration(id: $id, keepData: false) }",
        json!({ "id": integration }),
    )
    .await;
    ok(
        &app,
        &owner,
        "mutation($w: ID!, $u: ID!) { removeMember(workspaceId: $w, userId: $u) }",
        json!({ "w": w, "u": viewer.user_id.to_string() }),
    )
    .await;
    // Refused actions change nothing and are not recorded.
    let refused = app
        .gql_as(
            Some(&admin.token),
            "mutation($w: ID!, $u: ID!) { setMemberRole(workspaceId: $w, userId: $u, role: OWNER) { role } }",
            json!({ "w": w, "u": admin.user_id.to_string() }),
        )
        .await;
    assert_eq!(code(&refused), "FORBIDDEN");
    // Another workspace's actions stay in its own log.
    let other = app.create_workspace(&outsider, "Other").await;
    ok(
        &app,
        &outsider,
        "mutation($w: ID!) { updateWorkspaceSettings(workspaceId: $w, minGroupSize: 2) { id } }",
        json!({ "w": other.to_string() }),
    )
    .await;
    // The operator's key rotation is instance-wide: the instance admin (first account) sees it.
    child::rotate_keys(&app.test_db.url).await;

    let log = log_of(&app, Some(&owner.token), ws, 100, None).await;
    let events = log["data"]["auditLog"]["events"].as_array().unwrap_or_else(|| panic!("{log}")).clone();
    let actions: Vec<&str> = events.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "keys.rotate",
            "removeMember",
            "disconnectIntegration",
            "updateIntegration",
            "connectIntegration",
            "updateWorkspaceSettings",
            "setMemberRole",
            "acceptInvite",
            "inviteMember",
            "acceptInvite",
            "inviteMember"
        ],
        "{log}"
    );
    let by = |action: &str| events.iter().find(|e| e["action"] == action).unwrap();
    assert_eq!(by("keys.rotate")["actor"], "operator");
    assert!(by("keys.rotate")["actorUserId"].is_null());
    assert_eq!(by("removeMember")["actor"], "owner@example.com");
    assert_eq!(by("removeMember")["targetId"], viewer.user_id.to_string());
    assert_eq!(by("setMemberRole")["targetKind"], "user");
    assert!(by("setMemberRole")["detail"].as_str().unwrap().contains("MEMBER"));
    assert_eq!(by("connectIntegration")["actor"], "admin@example.com");
    assert_eq!(by("connectIntegration")["actorUserId"], admin.user_id.to_string());
    assert_eq!(
        (by("connectIntegration")["targetKind"].as_str(), by("connectIntegration")["targetId"].as_str()),
        (Some("integration"), Some(integration.as_str()))
    );
    assert_eq!(by("disconnectIntegration")["targetId"], integration);
    assert!(by("disconnectIntegration")["detail"].as_str().unwrap().contains("\"keepData\":false"));
    assert_eq!(by("acceptInvite")["actor"], "viewer@example.com");
    assert_eq!(by("inviteMember")["targetId"], "viewer@example.com");
    assert!(events.iter().all(|e| e["at"].is_string()));
    let everything = log.to_string();
    assert!(!everything.contains(GOOD_KEY), "a vendor key in the audit log");
    assert!(by("connectIntegration")["detail"].as_str().unwrap().contains("[set]"));

    // Pages: newest first, no overlap.
    let first = log_of(&app, Some(&owner.token), ws, 3, None).await;
    let page = &first["data"]["auditLog"];
    assert_eq!(page["events"].as_array().unwrap().len(), 3);
    assert_eq!(page["hasNextPage"], true);
    let second = log_of(&app, Some(&owner.token), ws, 3, page["endCursor"].as_str()).await;
    let ids = |p: &Value| {
        p["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        [ids(page), ids(&second["data"]["auditLog"])].concat(),
        events[..6].iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
    );

    // Owners only; the outsider's own log has only their workspace's event.
    for who in [&admin, &viewer, &outsider] {
        assert_eq!(code(&log_of(&app, Some(&who.token), ws, 10, None).await), "FORBIDDEN");
    }
    assert_eq!(code(&log_of(&app, None, ws, 10, None).await), "UNAUTHENTICATED");
    let theirs = log_of(&app, Some(&outsider.token), other, 10, None).await;
    let their_actions: Vec<&str> = theirs["data"]["auditLog"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(their_actions, ["updateWorkspaceSettings"], "{theirs}");
}

async fn revoking_an_invitation_is_audited(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@example.com").await;
    let ws = app.create_workspace(&owner, "Team").await;
    let invited = ok(
        &app,
        &owner,
        "mutation($w: ID!) { inviteMember(workspaceId: $w, email: \"late@example.com\", role: MEMBER) { id } }",
        json!({ "w": ws.to_string() }),
    )
    .await;
    let id = invited["data"]["inviteMember"]["id"].as_str().unwrap().to_owned();
    ok(&app, &owner, "mutation($id: ID!) { revokeInvitation(id: $id) }", json!({ "id": id })).await;
    let log = log_of(&app, Some(&owner.token), ws, 10, None).await;
    let newest = &log["data"]["auditLog"]["events"][0];
    assert_eq!(newest["action"], "revokeInvitation", "{log}");
    assert_eq!(
        (newest["targetKind"].as_str(), newest["targetId"].as_str()),
        (Some("invite"), Some(id.as_str()))
    );
}

on_both_backends!(
    extreme_dates_are_bad_input,
    nul_bytes_are_bad_input,
    admin_actions_are_audited_for_owners,
    revoking_an_invitation_is_audited
);
