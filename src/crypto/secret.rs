//! [`SecretString`]: a vendor API key in memory.
//!
//! Rules: it never prints (`Debug` and `Display` say `[redacted]`), its bytes are zeroed when it is
//! dropped, and [`SecretString::expose`] is the one door to the plaintext, so a grep for `expose`
//! finds every place a key leaves this type. [`SecretString::hint`] is what the UI may show.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Vendor key prefixes that are public knowledge and help a person recognise a key.
/// Longest first, so a more specific prefix wins over a shorter one it starts with.
const KNOWN_PREFIXES: &[&str] = &["sk-ant-admin01-", "github_pat_", "crsr_", "ghp_"];

/// Keys (or the secret part after a known prefix) shorter than this show only a short tail.
const SHORT_KEY_CHARS: usize = 12;

/// A secret string (a vendor admin API key) that does not print and is zeroed on drop.
#[derive(Clone, Default, Zeroize, ZeroizeOnDrop)]
pub struct SecretString {
    inner: String,
}

impl SecretString {
    /// Takes ownership of `secret`; the `String` is moved, not copied, so no stray copy remains.
    pub fn new(secret: String) -> Self {
        Self { inner: secret }
    }

    /// The plaintext. The only way to read the secret: use it for the vendor request, nothing else.
    pub fn expose(&self) -> &str {
        &self.inner
    }

    /// A non-secret hint for the UI, like `sk-ant-admin01-…x9Qz` or `abc…7f3e`.
    ///
    /// A recognised vendor prefix (or, without one, the first 3 characters) + `…` + the last 4
    /// characters. When the part after the prefix is shorter than 12 characters, only `…` and at
    /// most the last 2 characters are shown, and never more than a third of that part.
    pub fn hint(&self) -> String {
        let key = self.inner.as_str();
        let prefix = KNOWN_PREFIXES.iter().find(|p| key.starts_with(**p));
        let rest = prefix.map_or(key, |p| &key[p.len()..]);
        // Count and slice by characters without collecting the key into another buffer.
        let n = rest.chars().count();
        let shown = if n < SHORT_KEY_CHARS { (n / 3).min(2) } else { 4 };
        let tail: String = rest.chars().skip(n - shown).collect();
        let head = match prefix {
            Some(p) => (*p).to_owned(),
            None if n >= SHORT_KEY_CHARS => rest.chars().take(3).collect(),
            None => String::new(),
        };
        format!("{head}…{tail}")
    }
}

impl From<String> for SecretString {
    fn from(secret: String) -> Self {
        Self::new(secret)
    }
}

impl From<&str> for SecretString {
    fn from(secret: &str) -> Self {
        Self::new(secret.to_owned())
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_of_a_short_key_shows_at_most_a_third() {
        assert_eq!(SecretString::from("abcdefghijk").hint(), "…jk");
        assert_eq!(SecretString::from("abcde").hint(), "…e");
        assert_eq!(SecretString::from("ab").hint(), "…");
        assert_eq!(SecretString::from("").hint(), "…");
    }

    #[test]
    fn hint_counts_characters_not_bytes() {
        // Slicing by bytes would panic inside the multi-byte characters.
        assert_eq!(SecretString::from("ééééééééééééé").hint(), "ééé…éééé");
    }

    #[test]
    fn a_short_secret_after_a_known_prefix_is_treated_as_short() {
        assert_eq!(SecretString::from("ghp_abcdef").hint(), "ghp_…ef");
        assert_eq!(SecretString::from("ghp_abcde").hint(), "ghp_…e");
    }
}
