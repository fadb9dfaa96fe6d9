//! Every closed set (provider, integration status, run status, trigger, scope kind, …) is one
//! enum declared with `stored_as_text!`, and only there is its stored spelling written down. This
//! test reads `src/**/*.rs`, collects the spellings from those declarations, and fails naming
//! `file:line` for any string literal elsewhere that is one of them (`"needs_attention"`), or SQL
//! text inside a literal that quotes one (`"… status = 'succeeded'"`): such a literal is a
//! comparison the compiler cannot check. SQL migrations are not Rust and not read.
//!
//! Not counted: comments, a literal used as a JSON object key (`json!({"model": …})`: the
//! vendors' field names), and the few [`ALLOWED`] vendor words that happen to match.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// `(file under src/, literal, why it is not a stored spelling)`. Keep it short: anything else
/// belongs in an enum.
const ALLOWED: &[(&str, &str, &str)] = &[
    ("providers/copilot/mod.rs", "copilot", "a segment of GitHub's URL path /orgs/{org}/copilot/…"),
    ("providers/copilot/seats.rs", "copilot", "a segment of GitHub's URL path /orgs/{org}/copilot/…"),
    ("graphql/audit.rs", "email", "the name of the inviteMember argument the audit log records"),
    ("demo/cursor.rs", "owner", "Cursor's own member role, in the fake Cursor server's payload"),
    ("demo/cursor.rs", "member", "Cursor's own member role, in the fake Cursor server's payload"),
    ("demo/claude_code.rs", "api", "Claude's customer_type value, in the fake Claude server's payload"),
    ("demo/claude_code.rs", "team", "Claude's subscription_type value, in the fake Claude server's payload"),
    ("export/query.rs", "team", "the export URL's team parameter, as the dashboard's URL names it"),
    ("export/query.rs", "person", "the export URL's person parameter, as the dashboard's URL names it"),
    (
        "graphql/audit.rs",
        "person",
        "the audit log's target kind of person mutations (not a share card's kind)",
    ),
];

/// One string literal of a source file.
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
    /// Inside a `stored_as_text! { … }` invocation: a declaration, not a use.
    declared: bool,
    /// Followed by `:` (not `::`): a JSON object key.
    key: bool,
}

#[test]
fn stored_spellings_appear_only_in_their_enum_declarations() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files: Vec<(String, Vec<Literal>)> = rust_files(&src)
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
            (name, literals(&std::fs::read_to_string(&path).unwrap()))
        })
        .collect();
    let spellings: BTreeSet<&str> = files
        .iter()
        .flat_map(|(_, literals)| literals.iter().filter(|l| l.declared).map(|l| l.text.as_str()))
        .collect();
    for expected in ["claude_code", "needs_attention", "succeeded", "backfill", "enterprise", "given_up"] {
        assert!(
            spellings.contains(expected),
            "no stored_as_text! declares {expected:?}: is the scan still reading them?"
        );
    }

    let mut found = Vec::new();
    for (file, literals) in &files {
        for literal in literals.iter().filter(|l| !l.declared && !l.key) {
            let hits: Vec<&str> = if spellings.contains(literal.text.as_str()) {
                vec![literal.text.as_str()]
            } else {
                spellings.iter().copied().filter(|s| literal.text.contains(&format!("'{s}'"))).collect()
            };
            for hit in hits {
                if !ALLOWED.iter().any(|(f, word, _)| f == file && *word == hit) {
                    found.push(format!("src/{file}:{}: {hit:?} in {:?}", literal.line, literal.text));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "stored spellings of closed sets outside their stored_as_text! declaration (use the enum, \
         or its as_str() in SQL text):\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_scan_sees_literals_and_skips_comments_keys_and_declarations() {
    let source = r####"
        // "active" in a comment
        /* "paused" in a block comment */
        let c = '"'; let l: &'static str = "queued";
        stored_as_text! { pub enum S { A => "running" } }
        json!({"model": r#"raw "x""#});
        let q = "status = 'failed'";
    "####;
    let found = literals(source);
    let found: Vec<(usize, &str, bool, bool)> =
        found.iter().map(|l| (l.line, l.text.as_str(), l.declared, l.key)).collect();
    assert_eq!(
        found,
        [
            (4, "queued", false, false),
            (5, "running", true, false),
            (6, "model", false, true),
            (6, "raw \"x\"", false, false),
            (7, "status = 'failed'", false, false),
        ]
    );
}

/// Every `.rs` file under `dir`, sorted (also read by other source rules).
pub(crate) fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The string literals of Rust source, skipping comments and char literals. A small lexer: enough
/// for this crate's sources (plain, escaped and raw strings; `'"'`; lifetimes).
fn literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    // Brace depth inside a `stored_as_text!` invocation, when in one.
    let mut declaring: Option<usize> = None;
    let mut depth = 0usize;
    let at = |i: usize, s: &str| chars[i..].iter().take(s.chars().count()).copied().eq(s.chars());
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            while i < chars.len() && !at(i, "*/") {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
        } else if at(i, "stored_as_text!") {
            declaring = Some(depth);
            i += "stored_as_text!".len();
        } else if c == '{' || c == '(' || c == '[' {
            depth += 1;
            i += 1;
        } else if c == '}' || c == ')' || c == ']' {
            depth = depth.saturating_sub(1);
            if declaring == Some(depth) {
                declaring = None;
            }
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '"'), else a lifetime.
            if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c == '"' || (c == 'r' && (chars.get(i + 1) == Some(&'"') || chars.get(i + 1) == Some(&'#')))
        {
            let start_line = line;
            let mut text = String::new();
            if c == 'r' {
                let hashes = chars[i + 1..].iter().take_while(|h| **h == '#').count();
                if chars.get(i + 1 + hashes) != Some(&'"') {
                    i += 1; // an identifier starting with r
                    continue;
                }
                let close: String = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                i += 2 + hashes;
                while i < chars.len() && !at(i, &close) {
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                    i += 1;
                }
                i += close.len();
            } else {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                    i += 1;
                }
                i += 1;
            }
            let rest = chars[i.min(chars.len())..].iter().skip_while(|c| c.is_whitespace());
            let next: Vec<char> = rest.take(2).copied().collect();
            let key = next.first() == Some(&':') && next.get(1) != Some(&':');
            out.push(Literal { line: start_line, text, declared: declaring.is_some(), key });
        } else if c.is_alphanumeric() || c == '_' {
            // Skip a whole identifier, so `r` inside one never starts a raw string.
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}
