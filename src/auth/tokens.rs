//! Opaque bearer tokens: 256 random bits, shown once, stored only as a SHA-256 hash. A hash (not a
//! slow KDF) is right here: the token is random, so there is nothing to brute-force.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// Prefix that makes a leaked token easy to recognise (and to scan for in repositories).
const TOKEN_PREFIX: &str = "aiu_";

/// A fresh token for the client; store only [`hash`] of it.
pub fn generate() -> String {
    let bytes: [u8; 32] = rand::random();
    format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The value stored in the database for `token`.
pub fn hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
