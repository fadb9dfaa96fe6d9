//! Isolation: for every query, mutation and subscription in the schema, a caller without access
//! (anonymous, from another workspace, or with too low a role) gets UNAUTHENTICATED or FORBIDDEN
//! and no data.
//!
//! The list of fields comes from the schema itself: a new resolver without an entry in
//! [`ACCESS`] fails [`every_schema_field_has_an_access_rule`], and an entry that claims a minimum
//! role is checked against every lesser role, so a resolver that skips the guard fails here.

use crate::common;

use std::collections::BTreeSet;

use common::ws::GqlSocket;
use common::{Account, TestApp};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Need {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in account; acts only on the caller's own things.
    Account,
    Viewer,
    Member,
    Admin,
    Owner,
}

/// `(root, field, need, document)`. Documents may use `$ws` (a team workspace), `$user` (its
/// admin: a target lesser roles may not touch) and `$integration` (an integration in it).
const ACCESS: &[(&str, &str, Need, &str)] = &[
    ("Query", "health", Need::Public, "{ health }"),
    ("Query", "version", Need::Public, "{ version }"),
    ("Query", "setupRequired", Need::Public, "{ setupRequired }"),
    ("Query", "sampleDataEnabled", Need::Public, "{ sampleDataEnabled }"),
    ("Query", "me", Need::Account, "{ me { email } }"),
    ("Query", "workspaces", Need::Account, "{ workspaces { id } }"),
    ("Query", "apiTokens", Need::Account, "{ apiTokens { id } }"),
    ("Query", "workspace", Need::Viewer, "query($ws: ID!) { workspace(id: $ws) { name } }"),
    ("Query", "members", Need::Member, "query($ws: ID!) { members(workspaceId: $ws) { role } }"),
    ("Query", "invitations", Need::Admin, "query($ws: ID!) { invitations(workspaceId: $ws) { id } }"),
    ("Query", "integrations", Need::Viewer, "query($ws: ID!) { integrations(workspaceId: $ws) { id } }"),
    ("Query", "auditLog", Need::Owner, "query($ws: ID!) { auditLog(workspaceId: $ws) { hasNextPage } }"),
    (
        "Query",
        "syncRuns",
        Need::Viewer,
        "query($integration: ID!) { syncRuns(integrationId: $integration) { id } }",
    ),
    (
        "Query",
        "dailyUsage",
        Need::Member,
        "query($ws: ID!) { dailyUsage(workspaceId: $ws, from: \"2026-01-01\", to: \"2026-12-31\") { day } }",
    ),
    (
        "Query",
        "usageSeries",
        Need::Viewer,
        "query($ws: ID!) { usageSeries(workspaceId: $ws, granularity: DAY, metrics: [INTERACTIONS]) { from } }",
    ),
    (
        "Query",
        "usageSummary",
        Need::Viewer,
        "query($ws: ID!) { usageSummary(workspaceId: $ws) { current { dau } } }",
    ),
    (
        "Query",
        "activityHeatmap",
        Need::Viewer,
        "query($ws: ID!) { activityHeatmap(workspaceId: $ws) { cells { level } } }",
    ),
    (
        "Query",
        "breakdown",
        Need::Viewer,
        "query($ws: ID!) { breakdown(workspaceId: $ws, dimension: PROVIDER) { total } }",
    ),
    ("Query", "people", Need::Member, "query($ws: ID!) { people(workspaceId: $ws) { total } }"),
    (
        "Query",
        "dataFreshness",
        Need::Viewer,
        "query($ws: ID!) { dataFreshness(workspaceId: $ws) { integrations { lagDays } } }",
    ),
    (
        "Mutation",
        "linkActor",
        Need::Admin,
        "mutation { linkActor(actorId: \"999999\", personId: \"999999\") { id } }",
    ),
    ("Mutation", "unlinkActor", Need::Admin, "mutation { unlinkActor(actorId: \"999999\") { id } }"),
    (
        "Mutation",
        "createPerson",
        Need::Admin,
        "mutation($ws: ID!) { createPerson(workspaceId: $ws, displayName: \"P\") { id } }",
    ),
    (
        "Mutation",
        "mergePeople",
        Need::Admin,
        "mutation { mergePeople(into: \"999999\", from: \"999998\") { id } }",
    ),
    (
        "Mutation",
        "setIdentityKind",
        Need::Admin,
        "mutation { setIdentityKind(actorId: \"999999\", kind: SERVICE) { id } }",
    ),
    ("Query", "persons", Need::Admin, "query($ws: ID!) { persons(workspaceId: $ws) { id } }"),
    (
        "Query",
        "personLinkSuggestions",
        Need::Admin,
        "query($ws: ID!) { personLinkSuggestions(workspaceId: $ws) { reason } }",
    ),
    ("Mutation", "signUp", Need::Public, "mutation { signUp(email: \"x\", password: \"y\") { token } }"),
    ("Mutation", "logIn", Need::Public, "mutation { logIn(email: \"x@y.z\", password: \"y\") { token } }"),
    ("Mutation", "logOut", Need::Account, "mutation { logOut }"),
    ("Mutation", "createApiToken", Need::Account, "mutation { createApiToken(name: \"t\") { token } }"),
    ("Mutation", "revokeApiToken", Need::Account, "mutation { revokeApiToken(id: \"999999\") }"),
    ("Mutation", "createWorkspace", Need::Account, "mutation { createWorkspace(name: \"w\") { id } }"),
    ("Mutation", "acceptInvite", Need::Account, "mutation { acceptInvite(token: \"nope\") { id } }"),
    ("Mutation", "changePassword", Need::Account, "mutation { changePassword(current: \"x\", new: \"y\") }"),
    ("Mutation", "revokeInvitation", Need::Admin, "mutation { revokeInvitation(id: \"999999\") }"),
    (
        "Mutation",
        "inviteMember",
        Need::Admin,
        "mutation($ws: ID!) { inviteMember(workspaceId: $ws, email: \"n@x.io\", role: MEMBER) { token } }",
    ),
    (
        "Mutation",
        "setMemberRole",
        Need::Admin,
        "mutation($ws: ID!, $user: ID!) { setMemberRole(workspaceId: $ws, userId: $user, role: VIEWER) { role } }",
    ),
    (
        "Mutation",
        "removeMember",
        Need::Admin,
        "mutation($ws: ID!, $user: ID!) { removeMember(workspaceId: $ws, userId: $user) }",
    ),
    (
        "Mutation",
        "updateWorkspaceSettings",
        Need::Admin,
        "mutation($ws: ID!) { updateWorkspaceSettings(workspaceId: $ws, minGroupSize: 5) { id } }",
    ),
    (
        "Mutation",
        "loadSampleData",
        Need::Admin,
        "mutation($ws: ID!) { loadSampleData(workspaceId: $ws) { id } }",
    ),
    ("Query", "shareCards", Need::Viewer, "query($ws: ID!) { shareCards(workspaceId: $ws) { id } }"),
    (
        "Mutation",
        "createShareCard",
        Need::Member,
        "mutation($ws: ID!) { createShareCard(input: { workspaceId: $ws, kind: PERSON }) { url } }",
    ),
    ("Mutation", "revokeShareCard", Need::Account, "mutation { revokeShareCard(id: \"987654\") { id } }"),
    ("Mutation", "deleteWorkspace", Need::Owner, "mutation($ws: ID!) { deleteWorkspace(workspaceId: $ws) }"),
    (
        "Mutation",
        "connectIntegration",
        Need::Admin,
        "mutation($ws: ID!) { connectIntegration(workspaceId: $ws, input: { provider: CLAUDE_CODE, displayName: \"c\", apiKey: \"sk-ant-admin01-x\", baseUrl: \"http://127.0.0.1:9\" }) { id } }",
    ),
    (
        "Mutation",
        "updateIntegration",
        Need::Admin,
        "mutation($integration: ID!) { updateIntegration(id: $integration, input: { displayName: \"renamed\" }) { id } }",
    ),
    (
        "Mutation",
        "disconnectIntegration",
        Need::Admin,
        "mutation($integration: ID!) { disconnectIntegration(id: $integration, keepData: false) }",
    ),
    (
        "Mutation",
        "syncIntegration",
        Need::Admin,
        "mutation($integration: ID!) { syncIntegration(id: $integration) { id } }",
    ),
    (
        "Mutation",
        "retryFailedDay",
        Need::Admin,
        "mutation($integration: ID!) { retryFailedDay(integrationId: $integration, day: \"2026-01-01\") { id } }",
    ),
    (
        "Mutation",
        "acknowledgeFailedDay",
        Need::Admin,
        "mutation($integration: ID!) { acknowledgeFailedDay(integrationId: $integration, day: \"2026-01-01\") { day } }",
    ),
    (
        "Subscription",
        "integrationChanged",
        Need::Viewer,
        "subscription($ws: ID!) { integrationChanged(workspaceId: $ws) { change } }",
    ),
    (
        "Subscription",
        "usageUpdated",
        Need::Viewer,
        "subscription($ws: ID!) { usageUpdated(workspaceId: $ws, metrics: [SESSIONS]) { days } }",
    ),
    (
        "Subscription",
        "syncProgress",
        Need::Viewer,
        "subscription($ws: ID!) { syncProgress(workspaceId: $ws) { kind } }",
    ),
];

/// `(root, field)` of every field of the three root types in the SDL.
fn schema_fields() -> BTreeSet<(String, String)> {
    let sdl = ai_usage::graphql::sdl();
    let mut fields = BTreeSet::new();
    let mut root: Option<&str> = None;
    let mut in_description = false;
    for line in sdl.lines() {
        if let Some(name) = line.strip_prefix("type ").and_then(|rest| rest.split_whitespace().next()) {
            root = match name {
                "QueryRoot" => Some("Query"),
                "MutationRoot" => Some("Mutation"),
                "SubscriptionRoot" => Some("Subscription"),
                _ => None,
            };
            continue;
        }
        if line.trim() == "\"\"\"" {
            in_description = !in_description;
            continue;
        }
        if line.starts_with('}') {
            root = None;
        }
        if let (Some(root), false) = (root, in_description) {
            let Some(field) = line.strip_prefix('\t') else { continue };
            if field.starts_with(char::is_alphabetic) {
                let name: String = field.chars().take_while(|c| c.is_alphanumeric()).collect();
                fields.insert((root.to_owned(), name));
            }
        }
    }
    fields
}

#[test]
fn every_schema_field_has_an_access_rule() {
    let in_schema = schema_fields();
    let ruled: BTreeSet<(String, String)> =
        ACCESS.iter().map(|(root, field, _, _)| (root.to_string(), field.to_string())).collect();
    assert!(in_schema.len() > 20, "the SDL parser found too few fields: {in_schema:?}");
    let missing: Vec<_> = in_schema.difference(&ruled).collect();
    assert!(missing.is_empty(), "fields without an access rule in tests/isolation.rs: {missing:?}");
    let stale: Vec<_> = ruled.difference(&in_schema).collect();
    assert!(stale.is_empty(), "access rules for fields that no longer exist: {stale:?}");
}

struct World {
    app: TestApp,
    workspace: i64,
    admin_user: i64,
    integration: i64,
    outsider: Account,
    /// Accounts of workspace `workspace` by role, lowest first.
    roles: Vec<(Need, Account)>,
}

async fn world(backend: &str) -> World {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@a.io").await;
    let admin = app.sign_up("admin@a.io").await;
    let member = app.sign_up("member@a.io").await;
    let viewer = app.sign_up("viewer@a.io").await;
    let outsider = app.sign_up("outsider@b.io").await;
    let workspace = app.create_workspace(&owner, "A").await;
    app.create_workspace(&outsider, "B").await;
    app.add_member(&owner, workspace, &admin, "admin@a.io", "ADMIN").await;
    app.add_member(&owner, workspace, &member, "member@a.io", "MEMBER").await;
    app.add_member(&owner, workspace, &viewer, "viewer@a.io", "VIEWER").await;
    let integration = common::seed_integration(app.db(), workspace).await;
    let admin_user = admin.user_id;
    World {
        app,
        workspace,
        admin_user,
        integration,
        outsider,
        roles: vec![
            (Need::Viewer, viewer),
            (Need::Member, member),
            (Need::Admin, admin),
            (Need::Owner, owner),
        ],
    }
}

impl World {
    fn variables(&self, document: &str) -> Value {
        let mut vars = serde_json::Map::new();
        for (name, value) in
            [("ws", self.workspace), ("user", self.admin_user), ("integration", self.integration)]
        {
            if document.contains(&format!("${name}:")) {
                vars.insert(name.to_owned(), json!(value.to_string()));
            }
        }
        Value::Object(vars)
    }

    /// Callers who must be refused `need`, with the code each must get.
    fn refused(&self, need: Need) -> Vec<(&str, Option<&str>, &'static str)> {
        let mut refused = vec![];
        if need >= Need::Account {
            refused.push(("anonymous", None, "UNAUTHENTICATED"));
        }
        if need >= Need::Viewer {
            refused.push(("outsider", Some(self.outsider.token.as_str()), "FORBIDDEN"));
            for (role, account) in &self.roles {
                if *role < need {
                    refused.push(("lower role", Some(account.token.as_str()), "FORBIDDEN"));
                }
            }
        }
        refused
    }
}

fn field_data_is_absent(response: &Value, field: &str) -> bool {
    response["data"].is_null() || response["data"][field].is_null()
}

async fn queries_and_mutations_refuse_callers_without_access(backend: &str) {
    let world = world(backend).await;
    for (root, field, need, document) in ACCESS.iter().filter(|(root, ..)| *root != "Subscription") {
        for (who, token, expected) in world.refused(*need) {
            let response = world.app.gql_as(token, document, world.variables(document)).await;
            let code = response["errors"][0]["extensions"]["code"].as_str();
            assert_eq!(code, Some(expected), "{root}.{field} as {who}: {response}");
            assert!(
                field_data_is_absent(&response, field),
                "{root}.{field} as {who} returned data: {response}"
            );
        }
    }
    // The refusals changed nothing: the workspace still exists with its four members.
    let owner = &world.roles[3].1;
    let members = world
        .app
        .gql_as(
            Some(&owner.token),
            "query($ws: ID!) { members(workspaceId: $ws) { role } }",
            world.variables("$ws:"),
        )
        .await;
    assert_eq!(members["data"]["members"].as_array().map(Vec::len), Some(4), "{members}");
}

/// Subscribes over graphql-transport-ws with `token` and returns the first message, or the close
/// frame when the connection is refused.
async fn subscribe(world: &World, token: Option<&str>, document: &str) -> Result<Value, (u16, String)> {
    let mut socket = GqlSocket::connect(world.app.addr(), "graphql-transport-ws", token)
        .await
        .map_err(|closed| (closed.code, closed.reason))?;
    socket.subscribe("1", document, world.variables(document)).await;
    socket.next().await.map_err(|closed| (closed.code, closed.reason))
}

async fn subscriptions_refuse_callers_without_access(backend: &str) {
    let world = world(backend).await;
    for (_, field, need, document) in ACCESS.iter().filter(|(root, ..)| *root == "Subscription") {
        for (who, token, expected) in world.refused(*need) {
            match (subscribe(&world, token, document).await, expected) {
                // No valid credentials: the socket is closed at init with 4403.
                (Err((code, _)), "UNAUTHENTICATED") => assert_eq!(code, 4403, "{field} as {who}"),
                (Ok(message), "FORBIDDEN") => {
                    // The refusal arrives as the operation's `error` message: errors, no data.
                    assert_eq!(message["type"], "error", "{field} as {who}: {message}");
                    assert_eq!(
                        message["payload"][0]["extensions"]["code"], "FORBIDDEN",
                        "{field} as {who}: {message}"
                    );
                }
                (other, _) => panic!("{field} as {who}: expected {expected}, got {other:?}"),
            }
        }
    }
    // A made-up token is refused like no token.
    let refused = subscribe(&world, Some("aiu_not-a-real-token"), ACCESS.last().unwrap().3).await;
    assert_eq!(refused.map_err(|(code, _)| code), Err(4403));
}

on_both_backends!(
    queries_and_mutations_refuse_callers_without_access,
    subscriptions_refuse_callers_without_access
);
