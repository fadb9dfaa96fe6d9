//! A share link's token: 256 random bits, base64url, in the card's URL. Only its SHA-256 is
//! stored ([`crate::auth::tokens::hash`], the one hash every token of the service uses), and a
//! card is looked up by that hash. Unlike API tokens it carries no `aiu_` prefix: it is meant to
//! be posted in public, and a secret scanner must not take a shared card for a leaked credential.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The length of a token: 32 bytes in unpadded base64url.
pub const TOKEN_CHARS: usize = 43;

/// A fresh token; store only [`hash`] of it.
pub fn generate() -> String {
    let bytes: [u8; 32] = rand::random();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored value for `token`.
pub fn hash(token: &str) -> String {
    crate::auth::tokens::hash(token)
}

/// Whether `text` has a token's shape; anything else is not looked up at all.
pub fn well_formed(text: &str) -> bool {
    text.len() == TOKEN_CHARS && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_fresh_well_formed_and_hashed() {
        let (a, b) = (generate(), generate());
        assert_ne!(a, b);
        assert!(well_formed(&a) && well_formed(&b));
        assert_eq!(hash(&a).len(), 64);
        assert_ne!(hash(&a), a);
        for bad in ["", "short", &"a".repeat(44), &format!("{}/", "a".repeat(42)), &"é".repeat(21)] {
            assert!(!well_formed(bad), "{bad:?}");
        }
    }
}
