//! The binary as an operator meets it: help text, the schema command, and clear one-line errors
//! for a database URL that cannot work.

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
