//! Accounts, sessions, API tokens, invitations and roles through the real API, on both backends.

use crate::common;

use ai_usage::auth::SignupMode;
use ai_usage::storage::users;
use common::TestApp;
use serde_json::{Value, json};

const PASSWORD: &str = "correct horse battery";

fn code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"].as_str().unwrap_or("<no error code>")
}

async fn first_account_is_instance_admin_and_password_is_hashed(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let first = app.sign_up("first@x.io").await;
    let second = app.sign_up("second@x.io").await;
    let app = &app;
    let app = &app;
    let me = |token: String| async move {
        app.gql_as(Some(&token), "{ me { email isInstanceAdmin } }", json!({})).await
    };
    assert_eq!(
        me(first.token.clone()).await["data"]["me"],
        json!({ "email": "first@x.io", "isInstanceAdmin": true })
    );
    assert_eq!(
        me(second.token.clone()).await["data"]["me"],
        json!({ "email": "second@x.io", "isInstanceAdmin": false })
    );
    let stored = users::find_by_email(app.db(), "first@x.io").await.unwrap().unwrap();
    let hash = stored.password_hash.unwrap();
    assert!(hash.starts_with("$argon2id$"), "not an argon2id hash: {hash}");
    assert!(!hash.contains(PASSWORD));
    // Every account gets a personal workspace it owns.
    let workspaces = app.gql_as(Some(&first.token), "{ workspaces { kind role } }", json!({})).await;
    assert_eq!(workspaces["data"]["workspaces"], json!([{ "kind": "PERSONAL", "role": "OWNER" }]));
}

async fn log_in_log_out_and_bad_credentials(backend: &str) {
    let app = TestApp::spawn(backend).await;
    app.sign_up("ana@x.io").await;
    let log_in = |email: &'static str, password: &'static str| {
        app.gql(
            "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token user { email } } }",
            json!({ "e": email, "p": password }),
        )
    };
    let wrong = log_in("ana@x.io", "not the password").await;
    assert_eq!(code(&wrong), "UNAUTHENTICATED");
    let unknown = log_in("nobody@x.io", PASSWORD).await;
    assert_eq!(code(&unknown), "UNAUTHENTICATED");
    // Same message for both, so the answer does not reveal which accounts exist.
    assert_eq!(wrong["errors"][0]["message"], unknown["errors"][0]["message"]);

    let ok = log_in("ana@x.io", PASSWORD).await;
    let token = ok["data"]["logIn"]["token"].as_str().unwrap().to_owned();
    assert!(token.starts_with("aiu_") && token.len() > 40, "{token}");
    assert_eq!(
        app.gql_as(Some(&token), "{ me { email } }", json!({})).await["data"]["me"]["email"],
        "ana@x.io"
    );

    let out = app.gql_as(Some(&token), "mutation { logOut }", json!({})).await;
    assert_eq!(out["data"]["logOut"], true, "{out}");
    assert_eq!(code(&app.gql_as(Some(&token), "{ me { email } }", json!({})).await), "UNAUTHENTICATED");
    assert_eq!(code(&app.gql("{ me { email } }", json!({})).await), "UNAUTHENTICATED");
}

async fn session_cookie_authenticates_the_dashboard(backend: &str) {
    let app = TestApp::spawn(backend).await;
    app.sign_up("cookie@x.io").await;
    let response = app
        .http
        .post(app.url("/graphql"))
        .json(&json!({ "query": format!("mutation {{ logIn(email: \"cookie@x.io\", password: \"{PASSWORD}\") {{ token }} }}") }))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let pair = cookie.split(';').next().unwrap().to_owned();
    let me: Value = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", pair)
        // A browser sends its page's origin; cookie-authenticated POSTs without one are refused.
        .header("origin", format!("http://{}", app.addr()))
        .json(&json!({ "query": "{ me { email } }" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["data"]["me"]["email"], "cookie@x.io", "{me}");
}

async fn api_tokens_work_until_revoked(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let ana = app.sign_up("ana@x.io").await;
    let created = app
        .gql_as(
            Some(&ana.token),
            "mutation { createApiToken(name: \"ci script\") { token apiToken { id name } } }",
            json!({}),
        )
        .await;
    let api_token = created["data"]["createApiToken"]["token"].as_str().unwrap().to_owned();
    let id = created["data"]["createApiToken"]["apiToken"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        app.gql_as(Some(&api_token), "{ me { email } }", json!({})).await["data"]["me"]["email"],
        "ana@x.io"
    );
    let listed = app.gql_as(Some(&ana.token), "{ apiTokens { name revokedAt } }", json!({})).await;
    assert_eq!(listed["data"]["apiTokens"], json!([{ "name": "ci script", "revokedAt": null }]));
    assert!(!listed.to_string().contains(&api_token), "the token secret was listed");

    // Someone else cannot revoke Ana's token.
    let bo = app.sign_up("bo@x.io").await;
    let foreign = app
        .gql_as(Some(&bo.token), "mutation($id: ID!) { revokeApiToken(id: $id) }", json!({ "id": id }))
        .await;
    assert_eq!(code(&foreign), "NOT_FOUND", "{foreign}");
    let revoked = app
        .gql_as(Some(&ana.token), "mutation($id: ID!) { revokeApiToken(id: $id) }", json!({ "id": id }))
        .await;
    assert_eq!(revoked["data"]["revokeApiToken"], true, "{revoked}");
    assert_eq!(code(&app.gql_as(Some(&api_token), "{ me { email } }", json!({})).await), "UNAUTHENTICATED");
}

async fn invite_only_sign_up(backend: &str) {
    let app = TestApp::spawn_with(backend, SignupMode::Invite).await;
    // The first account is always allowed.
    let owner = app.sign_up("owner@x.io").await;
    let sign_up = |invite: Option<String>| {
        app.gql(
            "mutation($t: String) { signUp(email: \"new@x.io\", password: \"correct horse battery\", inviteToken: $t) { user { email } } }",
            json!({ "t": invite }),
        )
    };
    assert_eq!(code(&sign_up(None).await), "FORBIDDEN");
    let team = app.create_workspace(&owner, "Platform").await;
    let invite = app
        .gql_as(
            Some(&owner.token),
            "mutation($w: ID!) { inviteMember(workspaceId: $w, email: \"new@x.io\", role: MEMBER) { token } }",
            json!({ "w": team.to_string() }),
        )
        .await;
    let token = invite["data"]["inviteMember"]["token"].as_str().unwrap().to_owned();
    let joined = sign_up(Some(token.clone())).await;
    assert_eq!(joined["data"]["signUp"]["user"]["email"], "new@x.io", "{joined}");
    let members = app
        .gql_as(
            Some(&owner.token),
            "query($w: ID!) { members(workspaceId: $w) { user { email } role } }",
            json!({ "w": team.to_string() }),
        )
        .await;
    assert_eq!(
        members["data"]["members"],
        json!([{ "user": { "email": "owner@x.io" }, "role": "OWNER" }, { "user": { "email": "new@x.io" }, "role": "MEMBER" }])
    );
    // An invitation works once.
    let again = app
        .gql("mutation($t: String) { signUp(email: \"third@x.io\", password: \"correct horse battery\", inviteToken: $t) { user { email } } }", json!({ "t": token }))
        .await;
    assert_eq!(code(&again), "BAD_USER_INPUT", "{again}");
}

async fn roles_limit_member_management(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let admin = app.sign_up("admin@x.io").await;
    let member = app.sign_up("member@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    app.add_member(&owner, team, &admin, "admin@x.io", "ADMIN").await;
    app.add_member(&owner, team, &member, "member@x.io", "MEMBER").await;
    let app = &app;
    let set_role = |token: String, user: i64, role: &'static str| async move {
        app.gql_as(
            Some(&token),
            &format!("mutation($w: ID!, $u: ID!) {{ setMemberRole(workspaceId: $w, userId: $u, role: {role}) {{ role }} }}"),
            json!({ "w": team.to_string(), "u": user.to_string() }),
        )
        .await
    };
    // A member cannot manage members; an admin cannot touch ownership; the last owner stays.
    assert_eq!(code(&set_role(member.token.clone(), member.user_id, "ADMIN").await), "FORBIDDEN");
    assert_eq!(code(&set_role(admin.token.clone(), admin.user_id, "OWNER").await), "FORBIDDEN");
    assert_eq!(code(&set_role(admin.token.clone(), owner.user_id, "MEMBER").await), "FORBIDDEN");
    assert_eq!(code(&set_role(owner.token.clone(), owner.user_id, "ADMIN").await), "BAD_USER_INPUT");
    let demoted = set_role(admin.token.clone(), member.user_id, "VIEWER").await;
    assert_eq!(demoted["data"]["setMemberRole"]["role"], "VIEWER", "{demoted}");
    // Only the owner may delete the workspace.
    let delete = |token: String| async move {
        app.gql_as(
            Some(&token),
            "mutation($w: ID!) { deleteWorkspace(workspaceId: $w) }",
            json!({ "w": team.to_string() }),
        )
        .await
    };
    assert_eq!(code(&delete(admin.token.clone()).await), "FORBIDDEN");
    assert_eq!(delete(owner.token.clone()).await["data"]["deleteWorkspace"], true);
    assert_eq!(
        code(
            &app.gql_as(
                Some(&admin.token),
                "query($w: ID!) { workspace(id: $w) { name } }",
                json!({ "w": team.to_string() })
            )
            .await
        ),
        "FORBIDDEN"
    );
}

async fn log_in_attempts_are_rate_limited(backend: &str) {
    let app = TestApp::spawn(backend).await;
    app.sign_up("target@x.io").await;
    let attempt = || {
        app.gql(
            "mutation { logIn(email: \"target@x.io\", password: \"guess-guess-guess\") { token } }",
            json!({}),
        )
    };
    // Five attempts a minute per account: the sixth is refused even with the right password.
    for _ in 0..5 {
        assert_eq!(code(&attempt().await), "UNAUTHENTICATED");
    }
    assert_eq!(code(&attempt().await), "RATE_LIMITED");
    let right = app
        .gql(
            &format!("mutation {{ logIn(email: \"target@x.io\", password: \"{PASSWORD}\") {{ token }} }}"),
            json!({}),
        )
        .await;
    assert_eq!(code(&right), "RATE_LIMITED");
}

async fn short_passwords_and_bad_emails_are_refused(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let short =
        app.gql("mutation { signUp(email: \"a@x.io\", password: \"short\") { token } }", json!({})).await;
    assert_eq!(code(&short), "BAD_USER_INPUT");
    assert!(short["errors"][0]["message"].as_str().unwrap().contains("at least 10"));
    let email = app
        .gql(
            "mutation { signUp(email: \"not-an-email\", password: \"long enough pw\") { token } }",
            json!({}),
        )
        .await;
    assert_eq!(code(&email), "BAD_USER_INPUT");
    let duplicate_first = app.sign_up("dup@x.io").await;
    assert!(duplicate_first.user_id > 0);
    let duplicate = app
        .gql("mutation { signUp(email: \"DUP@x.io\", password: \"long enough pw\") { token } }", json!({}))
        .await;
    assert_eq!(code(&duplicate), "BAD_USER_INPUT", "{duplicate}");
}

on_both_backends!(
    first_account_is_instance_admin_and_password_is_hashed,
    log_in_log_out_and_bad_credentials,
    session_cookie_authenticates_the_dashboard,
    api_tokens_work_until_revoked,
    invite_only_sign_up,
    roles_limit_member_management,
    log_in_attempts_are_rate_limited,
    short_passwords_and_bad_emails_are_refused,
);
