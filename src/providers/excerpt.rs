//! What of a vendor's error body may reach an error message (issue #10).
//!
//! A vendor body is never echoed verbatim: errors stored in `sync_runs.error` and returned to
//! clients carry at most [`MAX_EXCERPT_CHARS`] characters, with control characters turned into
//! spaces, the integration's own key replaced by `[redacted]`, and anything shaped like a key or
//! token (known key prefixes, the word after `Bearer`/`Basic`, long mixed letter-and-digit runs)
//! replaced too. So a vendor, a proxy or an attacker's URL that echoes the key or a secret of its
//! own cannot make either readable to the workspace's viewers.

/// Longest excerpt of a vendor body kept in an error, in characters.
pub const MAX_EXCERPT_CHARS: usize = 200;

const REDACTED: &str = "[redacted]";

/// Prefixes of vendor keys and tokens (Anthropic, GitHub, Cursor, Slack, AWS, OpenAI).
const KEY_PREFIXES: [&str; 12] =
    ["sk-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "key_", "crsr_", "xox", "AKIA", "eyJ"];

/// A bounded, sanitised excerpt of `text`, with `secret` (when not empty) redacted.
pub fn excerpt(text: &str, secret: &str) -> String {
    let text = if secret.is_empty() { text.to_owned() } else { text.replace(secret, REDACTED) };
    let cleaned: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let redacted = redact_key_shaped(&cleaned);
    let collapsed = redacted.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = collapsed.chars().take(MAX_EXCERPT_CHARS).collect();
    if collapsed.chars().count() > MAX_EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// Longest error message stored or sent about a sync (provider, day, cause and excerpt).
pub const MAX_ERROR_CHARS: usize = 500;

/// An error message as it may be stored in `sync_runs.error` and shown to viewers: control
/// characters and key-shaped words removed, at most [`MAX_ERROR_CHARS`] characters. A second
/// line of defence behind [`excerpt`], for messages built from vendor data elsewhere.
pub fn sanitise_error(message: &str) -> String {
    let cleaned: String = message.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut out: String = redact_key_shaped(&cleaned).chars().take(MAX_ERROR_CHARS).collect();
    if message.chars().count() > MAX_ERROR_CHARS {
        out.push('…');
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '/' | '=' | '.')
}

/// Replaces key-shaped words; a word is a run of [`is_word_char`] characters.
fn redact_key_shaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut after_scheme = false;
    let flush = |word: &mut String, out: &mut String, after_scheme: &mut bool| {
        if word.is_empty() {
            return;
        }
        let scheme = word.eq_ignore_ascii_case("bearer") || word.eq_ignore_ascii_case("basic");
        if *after_scheme || looks_like_key(word) {
            out.push_str(REDACTED);
        } else {
            out.push_str(word);
        }
        *after_scheme = scheme;
        word.clear();
    };
    for c in text.chars() {
        if is_word_char(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut after_scheme);
            if !c.is_whitespace() {
                after_scheme = false;
            }
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut after_scheme);
    out
}

fn looks_like_key(word: &str) -> bool {
    let word = word.trim_matches(|c| c == '.' || c == '=');
    if KEY_PREFIXES.iter().any(|p| word.starts_with(p) && word.len() >= p.len() + 8) {
        return true;
    }
    // Long runs of letters and digits are keys, hashes or tokens; paths and host names are not.
    let long = word.len() >= 32 && !word.contains('/') && !word.contains('.');
    long && word.bytes().any(|b| b.is_ascii_digit()) && word.bytes().any(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_and_key_shaped_words_are_redacted() {
        let key = "sk-ant-admin01-abcdefghijklmnop";
        let out = excerpt(&format!("invalid x-api-key {key}"), key);
        assert_eq!(out, "invalid x-api-key [redacted]");
        assert_eq!(excerpt("token ghp_0123456789abcdefABCDEF is bad", ""), "token [redacted] is bad");
        assert_eq!(excerpt("Authorization: Bearer abc.def", ""), "Authorization: Bearer [redacted]");
        let hex = "a3f9c2d4e5b6a7980123456789abcdef0011";
        assert_eq!(excerpt(&format!("hash {hex}"), ""), "hash [redacted]");
        assert_eq!(
            excerpt("Not Found: /v1/organizations/usage_report/claude_code", ""),
            "Not Found: /v1/organizations/usage_report/claude_code"
        );
    }

    #[test]
    fn excerpts_are_bounded_and_control_free() {
        let long = "x ".repeat(1000);
        let out = excerpt(&long, "");
        assert_eq!(out.chars().count(), MAX_EXCERPT_CHARS + 1);
        assert_eq!(excerpt("a\u{1b}[31mred\r\nline\u{0}", ""), "a [31mred line");
    }
}
