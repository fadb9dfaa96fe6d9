//! The two migration trees (`migrations/sqlite`, `migrations/postgres`) say the same thing: after
//! the known type spellings are made equal, every statement of every `up.sql`/`down.sql` is the
//! same in both, in the same order. Where a backend needs different SQL for the same change, the
//! migration is listed in [`EXCEPTIONS`] with the statements it covers and why; an exception that
//! no longer covers a difference fails too, so the list cannot go stale. (That both trees list the
//! same migration names is `tests/storage.rs`' `migration_trees_list_the_same_versions`.)

use std::path::Path;

/// The same column type, spelled per backend: (SQLite, PostgreSQL).
const TYPE_SPELLINGS: &[(&str, &str)] = &[
    // A 64-bit auto-increment id: SQLite's rowid alias against a PostgreSQL sequence.
    ("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY"),
    // Bytes (sealed secrets).
    ("BLOB", "BYTEA"),
];

/// Statements a migration may spell differently per backend.
enum Allowed {
    /// SQLite cannot change a CHECK constraint or drop a constrained column in place; it rebuilds
    /// the table (`CREATE TABLE t_new … ; INSERT INTO t_new SELECT … ; DROP TABLE t ;
    /// ALTER TABLE t_new RENAME TO t ;` and its indexes again) where PostgreSQL runs `ALTER TABLE`s.
    /// Covers every statement on `t`, `t_new` and `t_old` (indexes included) in both trees.
    TableRebuild(&'static str),
    /// Statements that begin with this text (after normalising), in both trees.
    Statement(&'static str),
}

struct Exception {
    migration: &'static str,
    file: &'static str,
    allowed: Allowed,
    reason: &'static str,
}

const EXCEPTIONS: &[Exception] = &[
    Exception {
        migration: "2026-12-02-000008_day_failures",
        file: "up.sql",
        allowed: Allowed::TableRebuild("sync_runs"),
        reason: "the `partial` status widens sync_runs' status CHECK",
    },
    Exception {
        migration: "2026-12-02-000008_day_failures",
        file: "down.sql",
        allowed: Allowed::TableRebuild("sync_runs"),
        reason: "narrowing the status CHECK again and dropping days_failed/retry_days",
    },
    Exception {
        migration: "2026-12-02-000009_people_identities",
        file: "up.sql",
        allowed: Allowed::Statement("INSERT INTO usage_rollup_person_month"),
        reason: "the month of a day and its day of month: SQLite's date(day, 'start of month') and \
                 strftime('%d') against PostgreSQL's date_trunc and EXTRACT(DAY)",
    },
    Exception {
        migration: "2026-12-02-000009_people_identities",
        file: "down.sql",
        allowed: Allowed::Statement("INSERT INTO usage_rollup_person_month"),
        reason: "as in up.sql: month truncation and day of month per backend",
    },
];

fn tree(backend: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend)
}

fn migration_names(backend: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(tree(backend))
        .expect("the migration tree exists")
        .map(|entry| entry.expect("a readable directory entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The statements of a file: comments dropped, whitespace collapsed, split on `;`.
fn statements(sql: &str) -> Vec<String> {
    let without_comments: String = sql
        .lines()
        .map(|line| match line.find("--") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join(" ");
    without_comments
        .split(';')
        .map(|statement| statement.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|statement| !statement.is_empty())
        .collect()
}

/// A SQLite statement with its type spellings replaced by PostgreSQL's (whole words only).
fn with_postgres_spellings(statement: &str) -> String {
    let mut out = statement.to_owned();
    for (sqlite, postgres) in TYPE_SPELLINGS {
        out = replace_words(&out, sqlite, postgres);
    }
    out
}

fn replace_words(text: &str, from: &str, to: &str) -> String {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + from.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            out.push_str(from);
        } else {
            out.push_str(to);
        }
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// The table a statement changes (`CREATE TABLE t`, `CREATE INDEX i ON t`, `ALTER TABLE t`,
/// `INSERT INTO t`, `UPDATE t`, `DELETE FROM t`, `DROP TABLE t`), if it is one of those.
fn target_table(statement: &str) -> Option<&str> {
    let words: Vec<&str> = statement.split(' ').filter(|w| !["IF", "NOT", "EXISTS"].contains(w)).collect();
    let name = match words.as_slice() {
        ["CREATE", "TABLE", name, ..]
        | ["ALTER", "TABLE", name, ..]
        | ["DROP", "TABLE", name, ..]
        | ["INSERT", "INTO", name, ..]
        | ["UPDATE", name, ..]
        | ["DELETE", "FROM", name, ..] => name,
        ["CREATE", "INDEX", _, "ON", name, ..] | ["CREATE", "UNIQUE", "INDEX", _, "ON", name, ..] => name,
        _ => return None,
    };
    Some(name.split('(').next().unwrap_or(name))
}

fn is_allowed(allowed: &Allowed, statement: &str) -> bool {
    match allowed {
        Allowed::TableRebuild(table) => target_table(statement).is_some_and(|target| {
            target == *table || target == format!("{table}_new") || target == format!("{table}_old")
        }),
        Allowed::Statement(prefix) => statement.starts_with(prefix),
    }
}

#[test]
fn migrations_differ_only_by_type_spellings_and_listed_exceptions() {
    let mut problems = Vec::new();
    for migration in migration_names("postgres") {
        for file in ["up.sql", "down.sql"] {
            let read = |backend: &str| {
                let path = tree(backend).join(&migration).join(file);
                std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            };
            let sqlite: Vec<String> =
                statements(&read("sqlite")).iter().map(|s| with_postgres_spellings(s)).collect();
            let postgres = statements(&read("postgres"));
            let exception = EXCEPTIONS.iter().find(|e| e.migration == migration && e.file == file);
            let (sqlite, postgres) = match exception {
                None => (sqlite, postgres),
                Some(exception) => {
                    let (sqlite_allowed, sqlite_rest): (Vec<_>, Vec<_>) =
                        sqlite.into_iter().partition(|s| is_allowed(&exception.allowed, s));
                    let (postgres_allowed, postgres_rest): (Vec<_>, Vec<_>) =
                        postgres.into_iter().partition(|s| is_allowed(&exception.allowed, s));
                    if sqlite_allowed == postgres_allowed {
                        problems.push(format!(
                            "{migration}/{file}: the exception ({}) covers no difference any more; remove it",
                            exception.reason
                        ));
                    }
                    (sqlite_rest, postgres_rest)
                }
            };
            if sqlite != postgres {
                let first = sqlite.iter().zip(&postgres).find(|(s, p)| s != p);
                problems.push(match first {
                    Some((s, p)) => format!("{migration}/{file}:\n    sqlite:   {s}\n    postgres: {p}"),
                    None => format!(
                        "{migration}/{file}: {} statements in sqlite, {} in postgres",
                        sqlite.len(),
                        postgres.len()
                    ),
                });
            }
        }
    }
    assert!(
        problems.is_empty(),
        "the migration trees differ beyond the known type spellings {TYPE_SPELLINGS:?}; write the same \
         SQL in both or add an exception with its reason:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_normalising_is_what_the_comparison_relies_on() {
    assert_eq!(
        statements(
            "-- a comment\nCREATE TABLE t (\n  id INTEGER PRIMARY KEY AUTOINCREMENT, -- why\n  b BLOB\n);\n"
        ),
        ["CREATE TABLE t ( id INTEGER PRIMARY KEY AUTOINCREMENT, b BLOB )"]
    );
    assert_eq!(
        with_postgres_spellings(
            "CREATE TABLE t ( id INTEGER PRIMARY KEY AUTOINCREMENT, b BLOB, blobs TEXT )"
        ),
        "CREATE TABLE t ( id BIGSERIAL PRIMARY KEY, b BYTEA, blobs TEXT )"
    );
    assert_eq!(target_table("CREATE UNIQUE INDEX x ON sync_runs (a) WHERE b"), Some("sync_runs"));
    assert_eq!(target_table("CREATE TABLE IF NOT EXISTS sync_runs_new (id)"), Some("sync_runs_new"));
    assert_eq!(target_table("SELECT 1"), None);
}
