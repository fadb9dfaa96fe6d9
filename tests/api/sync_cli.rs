//! `ai-usage sync` as an operator runs it: against the embedded database and a fake vendor.

use crate::sync_support;

use std::process::Command;

use ai_usage::crypto::{KeyRing, generate_key_base64};
use ai_usage::storage::Db;
use sync_support::{ClaudeFake, DayScript, GOOD_KEY, days_ago, row, seed_claude, stored};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_command_syncs_an_integration_in_the_foreground() {
    let data = tempfile::tempdir().unwrap();
    let key = generate_key_base64();
    let url = format!("sqlite://{}", data.path().join("ai-usage.db").display());
    let db = Db::connect(&url).await.unwrap();
    db.run_migrations().await.unwrap();
    let keyring = KeyRing::from_config(Some(&key), None, data.path()).unwrap();
    let fake = ClaudeFake::start().await;
    let (d1, d2) = (days_ago(2), days_ago(1));
    // d1: alice 2 sessions; d2: alice 1 + bob 4 sessions: 3 rows, 7 sessions.
    fake.set_day(d1, DayScript::Rows(vec![row(d1, "alice@x.io", 2, 100, 10)]));
    fake.set_day(d2, DayScript::Rows(vec![row(d2, "alice@x.io", 1, 10, 1), row(d2, "bob@x.io", 4, 40, 4)]));
    let (_, id) = seed_claude(&db, &keyring, &fake.base_url, GOOD_KEY).await;

    let run = |args: Vec<String>| {
        let (url, key) = (url.clone(), key.clone());
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_ai-usage"))
                .args(args)
                .env("DATABASE_URL", url)
                .env("AI_USAGE_ENCRYPTION_KEY", key)
                .env("AI_USAGE_ALLOWED_VENDOR_HOSTS", "127.0.0.1")
                .output()
                .unwrap()
        })
    };
    let args = ["sync", "--integration", &id.to_string(), "--from", &d1.to_string(), "--to", &d2.to_string()];
    let out = run(args.iter().map(|s| s.to_string()).collect()).await.unwrap();

    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(&format!("from {d1} to {d2}: 2 days, 3 records")), "{stdout}");
    assert_eq!(stored(&db, id).await.0.sessions, 7);

    // An unknown integration is one line on stderr and a failure status.
    let out = run(vec!["sync".into(), "--integration".into(), "999".into()]).await.unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<_> = stderr.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
}
