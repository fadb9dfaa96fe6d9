//! The binary as an operator meets it: help text, the schema command, and clear one-line errors
//! for a database URL that cannot work.

use crate::common;

use std::process::{Command, Output};

fn ai_usage(args: &[&str], env: &[(&str, &str)]) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ai-usage"));
    cmd.args(args)
        .env_remove("DATABASE_URL")
        .env("AI_USAGE_DATA_DIR", data.path())
        .env("AI_USAGE_LISTEN", "127.0.0.1:0");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run ai-usage")
}

fn assert_one_line_error(out: &Output, needle: &str) {
    assert!(!out.status.success(), "expected failure, got {:?}", out.status);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let error_lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(error_lines.len(), 1, "stderr: {stderr}");
    assert!(error_lines[0].contains(needle), "{:?} does not mention {needle:?}", error_lines[0]);
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"), "stderr: {stderr}");
}

#[test]
fn help_explains_configuration() {
    let out = ai_usage(&["--help"], &[]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["DATABASE_URL", "AI_USAGE_DATA_DIR", "AI_USAGE_LISTEN", "serve", "migrate", "schema"] {
        assert!(help.contains(needle), "--help does not mention {needle}:\n{help}");
    }
}

#[test]
fn schema_command_prints_the_checked_in_sdl() {
    let out = ai_usage(&["schema"], &[]);
    assert!(out.status.success());
    let checked_in = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.graphql")).unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == checked_in,
        "`ai-usage schema` differs from schema.graphql"
    );
}

#[test]
fn unknown_database_scheme_is_refused() {
    let out = ai_usage(&["serve"], &[("DATABASE_URL", "mysql://root@localhost/db")]);
    assert_one_line_error(&out, "unsupported scheme");
}

#[test]
fn unreachable_postgres_is_reported() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    let out = ai_usage(&["serve"], &[("DATABASE_URL", "postgres://nobody:secret-pw@127.0.0.1:1/none")]);
    assert_one_line_error(&out, "cannot connect to the database");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("secret-pw"),
        "the password leaked into the error"
    );
}

#[test]
fn migrate_creates_the_embedded_database() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ai-usage"))
        .arg("migrate")
        .env_remove("DATABASE_URL")
        .env("AI_USAGE_DATA_DIR", data.path().join("nested"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(data.path().join("nested/ai-usage.db").exists());
}

/// Every option a subcommand's `--help` may show; the key is the subcommand's words.
const OPTIONS_BY_COMMAND: &[(&[&str], &[&str])] = &[
    (&["schema"], &[]),
    (&["migrate"], &["--database-url", "--data-dir"]),
    (&["keys", "generate"], &[]),
    (&["keys", "rotate"], &["--database-url", "--data-dir", "--encryption-key", "--old-encryption-keys"]),
    (&["user", "create"], &["--email", "--admin", "--password-stdin", "--database-url", "--data-dir"]),
    (&["user", "reset-password"], &["--email", "--password-stdin", "--database-url", "--data-dir"]),
    (&["integrations", "list"], &["--database-url", "--data-dir"]),
];

/// The long options a help text lists (`--name`, before any value placeholder).
fn listed_options(help: &str) -> Vec<String> {
    help.lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('-'))
        .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("--")))
        .map(|w| w.trim_end_matches(',').to_owned())
        .filter(|w| w != "--help" && w != "--version")
        .collect()
}

#[test]
fn each_subcommand_help_lists_only_what_it_uses() {
    for (words, allowed) in OPTIONS_BY_COMMAND {
        let mut args = words.to_vec();
        args.push("--help");
        let out = ai_usage(&args, &[]);
        assert!(out.status.success(), "{words:?}: {}", String::from_utf8_lossy(&out.stderr));
        let help = String::from_utf8_lossy(&out.stdout);
        for option in listed_options(&help) {
            assert!(
                allowed.contains(&option.as_str()),
                "`{}` --help shows {option}:\n{help}",
                words.join(" ")
            );
        }
        for option in *allowed {
            assert!(help.contains(option), "`{}` --help lacks {option}:\n{help}", words.join(" "));
        }
    }
    // The service's own options stay with `serve` (and the top level, which runs it).
    let serve = String::from_utf8_lossy(&ai_usage(&["serve", "--help"], &[]).stdout).into_owned();
    for option in ["--listen", "--signup", "--backfill-days", "--database-url"] {
        assert!(serve.contains(option), "serve --help lacks {option}");
    }
}

#[test]
fn env_hints_never_read_as_set_to_empty() {
    for words in [&["--help"][..], &["serve", "--help"], &["sync", "--help"]] {
        let help = String::from_utf8_lossy(&ai_usage(words, &[]).stdout).into_owned();
        assert!(help.contains("[env: AI_USAGE_LISTEN]") || words[0] == "sync", "{help}");
        assert!(!help.contains("=]"), "an env hint reads as set to empty:\n{help}");
    }
}

#[test]
fn server_options_after_a_subcommand_are_refused() {
    let out = ai_usage(&["--listen", "127.0.0.1:0", "migrate"], &[]);
    assert!(!out.status.success(), "top-level serve options before a subcommand are ambiguous");
}

#[test]
fn logs_written_to_a_pipe_have_no_colour_codes() {
    // stderr is a pipe here, as it is under systemd, docker or `2> file`.
    let out = ai_usage(&["migrate"], &[]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("database is up to date"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "ANSI escape codes in piped logs: {stderr:?}");
}

#[test]
fn integrations_list_shows_what_sync_needs() {
    let data = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", data.path().join("ai-usage.db").display());
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let (workspace, integration) = runtime.block_on(async {
        let db = ai_usage::storage::Db::connect(&url).await.unwrap();
        db.run_migrations().await.unwrap();
        let now = chrono::Utc::now().naive_utc();
        let owner = ai_usage::storage::users::create(
            &db,
            &ai_usage::storage::users::NewUser {
                email: "o@x.io",
                display_name: "O",
                password_hash: None,
                is_instance_admin: false,
                created_at: now,
            },
        )
        .await
        .unwrap();
        let workspace = ai_usage::storage::workspaces::create_with_owner(
            &db,
            "Platform team",
            ai_usage::storage::workspaces::WorkspaceKind::Team,
            owner.id,
            now,
        )
        .await
        .unwrap()
        .id;
        (workspace, common::seed_integration(&db, workspace).await)
    });
    let empty = tempfile::tempdir().unwrap();
    let none = ai_usage(&["integrations", "list", "--data-dir", empty.path().to_str().unwrap()], &[]);
    assert!(String::from_utf8_lossy(&none.stdout).contains("no integrations yet"), "{none:?}");

    let out = ai_usage(&["integrations", "list"], &[("DATABASE_URL", &url)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    for column in ["ID", "WORKSPACE", "PROVIDER", "NAME", "STATUS", "LAST SYNC"] {
        assert!(lines[0].contains(column), "{stdout}");
    }
    let cells: Vec<&str> = lines[1].split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(
        cells,
        [
            integration.to_string(),
            format!("Platform team ({workspace})"),
            "claude_code".into(),
            "Claude Code".into(),
            "active".into(),
            "never".into()
        ],
        "{stdout}"
    );
}
