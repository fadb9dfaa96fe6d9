//! Sign-up: invitations checked before anything is stored, the first-account race, first-run
//! setup, and input limits.

use ai_usage::auth::SignupMode;
use ai_usage::auth::accounts::{self, AccountError, SignUp, SignupGate};
use ai_usage::auth::rate_limit::SignupLimiter;
use ai_usage::auth::setup::SetupCode;
use ai_usage::storage::users;
use serde_json::json;

use super::{PASSWORD, code};
use crate::common::{TestApp, TestDb};

const SIGN_UP: &str = "mutation($e: String!, $t: String) { signUp(email: $e, password: \"correct horse battery\", inviteToken: $t) { token user { email isInstanceAdmin } } }";

async fn invite(app: &TestApp, admin: &str, workspace: i64, email: &str) -> String {
    let invite = app
        .gql_as(
            Some(admin),
            "mutation($w: ID!, $e: String!) { inviteMember(workspaceId: $w, email: $e, role: MEMBER) { token } }",
            json!({ "w": workspace.to_string(), "e": email }),
        )
        .await;
    invite["data"]["inviteMember"]["token"].as_str().unwrap_or_else(|| panic!("{invite}")).to_owned()
}

/// The finding: a made-up or used invitation was refused *after* the account was created.
async fn made_up_used_or_foreign_invites_create_no_account(backend: &str) {
    let app = TestApp::spawn_with(backend, SignupMode::Invite).await;
    let owner = app.sign_up("owner@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    let made_up = app.gql(SIGN_UP, json!({ "e": "intruder@x.io", "t": "aiu_made_up" })).await;
    assert_eq!(code(&made_up), "BAD_USER_INPUT", "{made_up}");
    assert!(users::find_by_email(app.db(), "intruder@x.io").await.unwrap().is_none(), "account created");

    // An invitation for newhire@ cannot register zed@, and stays usable for newhire@.
    let token = invite(&app, &owner.token, team, "NewHire@x.io").await;
    let foreign = app.gql(SIGN_UP, json!({ "e": "zed@x.io", "t": token })).await;
    assert_eq!(code(&foreign), "BAD_USER_INPUT", "{foreign}");
    assert!(users::find_by_email(app.db(), "zed@x.io").await.unwrap().is_none(), "zed's account created");
    let joined = app.gql(SIGN_UP, json!({ "e": "newhire@x.io", "t": token })).await;
    assert_eq!(joined["data"]["signUp"]["user"]["email"], "newhire@x.io", "{joined}");
    let newhire = users::find_by_email(app.db(), "newhire@x.io").await.unwrap().unwrap();
    // The invitation vouched for the address: it is the member's verified email there.
    let verified =
        ai_usage::storage::workspaces::verified_email_of(app.db(), team, newhire.id).await.unwrap();
    assert_eq!(verified.as_deref(), Some("newhire@x.io"));

    let used = app.gql(SIGN_UP, json!({ "e": "third@x.io", "t": token })).await;
    assert_eq!(code(&used), "BAD_USER_INPUT", "{used}");
    assert!(users::find_by_email(app.db(), "third@x.io").await.unwrap().is_none(), "account created");
    let log_in = app
        .gql(
            &format!("mutation {{ logIn(email: \"third@x.io\", password: \"{PASSWORD}\") {{ token }} }}"),
            json!({}),
        )
        .await;
    assert_eq!(code(&log_in), "UNAUTHENTICATED", "{log_in}");
}

/// `acceptInvite` by an existing account with another address is refused and joins nothing.
async fn accept_invite_needs_the_invited_address(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let zed = app.sign_up("zed@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    let token = invite(&app, &owner.token, team, "newhire@x.io").await;
    let accept = "mutation($t: String!) { acceptInvite(token: $t) { id } }";
    let refused = app.gql_as(Some(&zed.token), accept, json!({ "t": token })).await;
    assert_eq!(code(&refused), "BAD_USER_INPUT", "{refused}");
    let seen = app
        .gql_as(
            Some(&zed.token),
            "query($w: ID!) { workspace(id: $w) { id } }",
            json!({ "w": team.to_string() }),
        )
        .await;
    assert_eq!(code(&seen), "FORBIDDEN", "{seen}");
}

/// Eight first sign-ups at once: exactly one instance admin.
async fn concurrent_first_sign_ups_make_one_instance_admin(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let attempts = (0..8).map(|i| {
        let app = &app;
        async move { app.gql(SIGN_UP, json!({ "e": format!("first{i}@x.io"), "t": null })).await }
    });
    let answers = futures_util::future::join_all(attempts).await;
    let admins = answers.iter().filter(|a| a["data"]["signUp"]["user"]["isInstanceAdmin"] == true).count();
    assert_eq!(admins, 1, "{answers:?}");
    // On a loaded machine a sign-up may wait too long for a hashing permit: that is the only
    // other answer allowed.
    for answer in &answers {
        assert!(answer["data"]["signUp"]["token"].is_string() || code(answer) == "RATE_LIMITED", "{answer}");
    }
}

/// The first account from an address other than loopback needs this process's setup code.
async fn first_account_from_elsewhere_needs_the_setup_code(backend: &str) {
    let db = TestDb::of(backend).await;
    let (limiter, code) = (SignupLimiter::new(), SetupCode::generate());
    let gate = SignupGate { mode: SignupMode::Open, limiter: &limiter, setup_code: &code };
    let visitor = Some("203.0.113.9".parse().unwrap());
    let request = SignUp { email: "first@x.io", password: PASSWORD, client_ip: visitor, ..SignUp::default() };
    for given in [None, Some("guess")] {
        let refused = accounts::sign_up(&db.db, &gate, &SignUp { setup_code: given, ..request }).await;
        assert!(matches!(refused, Err(AccountError::SetupCodeRequired)), "{given:?}");
    }
    assert_eq!(users::count(&db.db).await.unwrap(), 0, "a refused first sign-up stored an account");
    let first = accounts::sign_up(&db.db, &gate, &SignUp { setup_code: Some(code.as_str()), ..request })
        .await
        .unwrap();
    assert!(first.user.is_instance_admin);
    // After the first account the code is not needed (nor does it make anyone admin).
    let second = SignUp { email: "second@x.io", ..request };
    assert!(!accounts::sign_up(&db.db, &gate, &second).await.unwrap().user.is_instance_admin);
}

/// Names and emails have limits; a taken email gets a generic answer.
async fn names_and_emails_have_limits(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let long = "n".repeat(200 * 1024);
    let workspace = app
        .gql_as(
            Some(&owner.token),
            "mutation($n: String!) { createWorkspace(name: $n) { id } }",
            json!({ "n": long }),
        )
        .await;
    assert_eq!(code(&workspace), "BAD_USER_INPUT", "{}", &workspace.to_string()[..200]);
    let token = app
        .gql_as(
            Some(&owner.token),
            "mutation($n: String!) { createApiToken(name: $n) { token } }",
            json!({ "n": "x".repeat(101) }),
        )
        .await;
    assert_eq!(code(&token), "BAD_USER_INPUT", "{token}");
    let team = app.create_workspace(&owner, "Team").await;
    for email in ["<script>alert(1)</script>@x.io", "a b@x.io", &format!("{}@x.io", "a".repeat(300))] {
        let invite = app
            .gql_as(
                Some(&owner.token),
                "mutation($w: ID!, $e: String!) { inviteMember(workspaceId: $w, email: $e, role: MEMBER) { token } }",
                json!({ "w": team.to_string(), "e": email }),
            )
            .await;
        assert_eq!(code(&invite), "BAD_USER_INPUT", "{invite}");
    }
    let control = app
        .gql("mutation($d: String!) { signUp(email: \"d@x.io\", password: \"correct horse battery\", displayName: $d) { token } }", json!({ "d": "evil\u{202e}name" }))
        .await;
    assert_eq!(code(&control), "BAD_USER_INPUT", "{control}");
    let taken = app.gql(SIGN_UP, json!({ "e": "OWNER@x.io", "t": null })).await;
    assert_eq!(code(&taken), "BAD_USER_INPUT", "{taken}");
    let message = taken["errors"][0]["message"].as_str().unwrap();
    assert!(!message.contains("exists") && !message.contains("taken"), "{message}");
}

on_both_backends!(
    made_up_used_or_foreign_invites_create_no_account,
    accept_invite_needs_the_invited_address,
    concurrent_first_sign_ups_make_one_instance_admin,
    first_account_from_elsewhere_needs_the_setup_code,
    names_and_emails_have_limits,
);

/// The real binary logs a setup code while no account exists, and not once one does; from the
/// server's own host the first account needs no code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_logs_a_setup_code_until_an_account_exists() {
    let db = TestDb::sqlite().await;
    let child = super::child::Child::start(&db, "invite").await;
    let logged = child.log();
    let code_line = logged.lines().find(|l| l.contains("setup_code=")).unwrap_or_else(|| panic!("{logged}"));
    let setup_code = code_line.split("setup_code=").nth(1).unwrap().split_whitespace().next().unwrap();
    assert!(setup_code.len() >= 20, "{code_line}");
    let first = child.gql(None, SIGN_UP, json!({ "e": "ops@x.io", "t": null })).await;
    assert_eq!(first["data"]["signUp"]["user"]["isInstanceAdmin"], true, "{first}");
    drop(child);
    let again = super::child::Child::start(&db, "invite").await;
    assert!(!again.log().contains("setup_code="), "{}", again.log());
}
