//! Admins see and withdraw pending invitations; nobody else does.

use serde_json::json;

use super::code;
use crate::common::TestApp;

const LIST: &str = "query($w: ID!) { invitations(workspaceId: $w) { id email role } }";
const REVOKE: &str = "mutation($id: ID!) { revokeInvitation(id: $id) }";

async fn admins_list_and_revoke_pending_invitations(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let member = app.sign_up("member@x.io").await;
    let stranger = app.sign_up("stranger@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    app.add_member(&owner, team, &member, "member@x.io", "MEMBER").await;
    let made = app
        .gql_as(
            Some(&owner.token),
            "mutation($w: ID!) { inviteMember(workspaceId: $w, email: \"Later@x.io\", role: VIEWER) { id token } }",
            json!({ "w": team.to_string() }),
        )
        .await;
    let (id, token) =
        (made["data"]["inviteMember"]["id"].clone(), made["data"]["inviteMember"]["token"].clone());
    let listed = app.gql_as(Some(&owner.token), LIST, json!({ "w": team.to_string() })).await;
    // The used invitation (member's) is not pending; addresses are stored normalised.
    assert_eq!(
        listed["data"]["invitations"],
        json!([{ "id": id, "email": "later@x.io", "role": "VIEWER" }]),
        "{listed}"
    );
    assert!(!listed.to_string().contains(token.as_str().unwrap()), "a token was listed");
    for outsider in [&member.token, &stranger.token] {
        assert_eq!(
            code(&app.gql_as(Some(outsider), LIST, json!({ "w": team.to_string() })).await),
            "FORBIDDEN"
        );
        assert_eq!(code(&app.gql_as(Some(outsider), REVOKE, json!({ "id": id })).await), "FORBIDDEN");
    }
    assert_eq!(code(&app.gql_as(Some(&owner.token), REVOKE, json!({ "id": "999999" })).await), "FORBIDDEN");
    let revoked = app.gql_as(Some(&owner.token), REVOKE, json!({ "id": id })).await;
    assert_eq!(revoked["data"]["revokeInvitation"], true, "{revoked}");
    let later = app.sign_up("later@x.io").await;
    let accept = app
        .gql_as(
            Some(&later.token),
            "mutation($t: String!) { acceptInvite(token: $t) { id } }",
            json!({ "t": token }),
        )
        .await;
    assert_eq!(code(&accept), "BAD_USER_INPUT", "{accept}");
    let listed = app.gql_as(Some(&owner.token), LIST, json!({ "w": team.to_string() })).await;
    assert_eq!(listed["data"]["invitations"], json!([]));
}

/// Accepting an invitation never lowers a role: the last owner stays owner.
async fn an_invitation_never_demotes(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let owner = app.sign_up("owner@x.io").await;
    let team = app.create_workspace(&owner, "Team").await;
    let made = app
        .gql_as(
            Some(&owner.token),
            "mutation($w: ID!) { inviteMember(workspaceId: $w, email: \"owner@x.io\", role: VIEWER) { token } }",
            json!({ "w": team.to_string() }),
        )
        .await;
    let token = made["data"]["inviteMember"]["token"].clone();
    let accepted = app
        .gql_as(
            Some(&owner.token),
            "mutation($t: String!) { acceptInvite(token: $t) { role } }",
            json!({ "t": token }),
        )
        .await;
    assert_eq!(accepted["data"]["acceptInvite"]["role"], "OWNER", "{accepted}");
}

on_both_backends!(admins_list_and_revoke_pending_invitations, an_invitation_never_demotes);
