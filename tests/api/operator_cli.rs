//! Operator commands against a real database on both backends: accounts made and reset from the
//! shell, and master-key rotation that keeps every vendor key readable.

use crate::common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use ai_usage::crypto::{CryptoError, KeyRing, MasterKey, SecretContext, SecretString};
use ai_usage::storage::{integrations, secrets};
use common::TestDb;
use serde_json::json;

fn ai_usage(db: &TestDb, args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("AI_USAGE_DATA_DIR", data.path())
        .env_remove("AI_USAGE_ENCRYPTION_KEY")
        .env_remove("AI_USAGE_ENCRYPTION_OLD_KEYS")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

async fn log_in(app: &common::TestApp, email: &str, password: &str) -> serde_json::Value {
    app.gql(
        "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }",
        json!({ "e": email, "p": password }),
    )
    .await
}

async fn user_create_and_reset_password(backend: &str) {
    let app = common::TestApp::spawn(backend).await;
    let created = ai_usage(
        &app.test_db,
        &["user", "create", "--email", "ops@x.io", "--admin", "--password-stdin"],
        &[],
        "first password 123\n",
    );
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    assert!(String::from_utf8_lossy(&created.stdout).contains("instance admin"));
    let session = log_in(&app, "ops@x.io", "first password 123").await;
    let token = session["data"]["logIn"]["token"].as_str().unwrap_or_else(|| panic!("{session}")).to_owned();

    let reset = ai_usage(
        &app.test_db,
        &["user", "reset-password", "--email", "ops@x.io", "--password-stdin"],
        &[],
        "second password 456\n",
    );
    assert!(reset.status.success(), "{}", String::from_utf8_lossy(&reset.stderr));
    // The old session ended and only the new password works.
    let me = app.gql_as(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(me["errors"][0]["extensions"]["code"], "UNAUTHENTICATED", "{me}");
    assert!(log_in(&app, "ops@x.io", "first password 123").await["errors"].is_array());
    assert!(log_in(&app, "ops@x.io", "second password 456").await["data"]["logIn"]["token"].is_string());

    // Without --password-stdin a password is generated and shown once.
    let generated = ai_usage(&app.test_db, &["user", "create", "--email", "gen@x.io"], &[], "");
    let stdout = String::from_utf8_lossy(&generated.stdout);
    let password =
        stdout.lines().find_map(|l| l.strip_prefix("password: ")).expect("generated password shown");
    assert!(log_in(&app, "gen@x.io", password).await["data"]["logIn"]["token"].is_string());
}

async fn keys_rotate_reencrypts_every_vendor_key(backend: &str) {
    let db = TestDb::of(backend).await;
    let (old_key, new_key) = (MasterKey::generate(), MasterKey::generate());
    let (old_b64, new_b64) = (old_key.to_base64().to_string(), new_key.to_base64().to_string());
    let old_ring = KeyRing::new(old_key, vec![]);
    let owner = ai_usage::storage::users::create(
        &db.db,
        &ai_usage::storage::users::NewUser {
            email: "o@x.io",
            display_name: "O",
            password_hash: None,
            is_instance_admin: false,
            created_at: chrono::Utc::now().naive_utc(),
        },
    )
    .await
    .unwrap();
    let ws = ai_usage::storage::workspaces::create_with_owner(
        &db.db,
        "W",
        ai_usage::storage::workspaces::WorkspaceKind::Team,
        owner.id,
        chrono::Utc::now().naive_utc(),
    )
    .await
    .unwrap()
    .id;
    let mut ids = vec![];
    for i in 0..3 {
        let id = common::seed_integration(&db.db, ws).await;
        let context = SecretContext { workspace_id: ws, integration_id: id };
        let blob =
            old_ring.encrypt(&SecretString::from(format!("sk-ant-admin01-key-{i}")), &context).unwrap();
        assert!(secrets::replace(&db.db, id, b"not-a-real-ciphertext", &blob).await.unwrap());
        ids.push(id);
    }

    // Without the old key configured, rotation cannot read the stored keys and says which.
    let refused = ai_usage(&db, &["keys", "rotate"], &[("AI_USAGE_ENCRYPTION_KEY", &new_b64)], "");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains(&format!("integration {}", ids[0])), "{stderr}");
    assert!(!stderr.contains(&old_b64) && !stderr.contains(&new_b64), "key material in the error: {stderr}");

    let rotated = ai_usage(
        &db,
        &["keys", "rotate"],
        &[("AI_USAGE_ENCRYPTION_KEY", &new_b64), ("AI_USAGE_ENCRYPTION_OLD_KEYS", &old_b64)],
        "",
    );
    assert!(rotated.status.success(), "{}", String::from_utf8_lossy(&rotated.stderr));
    assert!(String::from_utf8_lossy(&rotated.stdout).contains("re-encrypted 3 vendor key(s)"));

    let new_only = KeyRing::new(MasterKey::from_base64(&new_b64).unwrap(), vec![]);
    for (i, id) in ids.iter().enumerate() {
        let blob = integrations::get(&db.db, *id).await.unwrap().secret_ciphertext;
        let context = SecretContext { workspace_id: ws, integration_id: *id };
        assert_eq!(new_only.decrypt(&blob, &context).unwrap().expose(), format!("sk-ant-admin01-key-{i}"));
        assert!(matches!(old_ring.decrypt(&blob, &context), Err(CryptoError::UnknownKeyId(_))));
    }
    // Running it again finds nothing to do.
    let again = ai_usage(&db, &["keys", "rotate"], &[("AI_USAGE_ENCRYPTION_KEY", &new_b64)], "");
    assert!(String::from_utf8_lossy(&again.stdout).contains("re-encrypted 0 vendor key(s)"), "{again:?}");
}

on_both_backends!(user_create_and_reset_password, keys_rotate_reencrypts_every_vendor_key);
