//! [`MasterKey`]: one 256-bit key that encrypts stored secrets, and its public key id.
//!
//! Rules: the key bytes are zeroed on drop and never printed (`Debug` shows only the key id);
//! a key is exactly 32 bytes of standard base64; parse errors describe the problem, never the input.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::CryptoError;

/// Length of an AES-256 key in bytes.
pub const KEY_LEN: usize = 32;

/// Hex characters of the key id. 32 bits tell a handful of configured keys apart; they say
/// nothing useful about a 256-bit key.
const KEY_ID_HEX_CHARS: usize = 8;

/// Domain separation for the key id hash, so the id is not a plain SHA-256 of the key that might
/// match a hash computed of the same key somewhere else.
const KEY_ID_DOMAIN: &[u8] = b"ai-usage:key-id:v1:";

/// A 256-bit master key plus its key id (first 8 hex chars of a SHA-256 of the key).
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct MasterKey {
    bytes: [u8; KEY_LEN],
    #[zeroize(skip)]
    key_id: String,
}

impl MasterKey {
    /// Wraps raw key bytes.
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        let key_id = key_id_of(&bytes);
        Self { bytes, key_id }
    }

    /// A fresh random key from the operating system seeded CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = [0u8; KEY_LEN];
        rand::rng().fill_bytes(&mut bytes);
        Self::from_bytes(bytes)
    }

    /// Parses standard base64 (surrounding whitespace ignored) that must decode to exactly 32 bytes.
    ///
    /// The error is [`CryptoError::InvalidKey`] and never quotes the input.
    pub fn from_base64(encoded: &str) -> Result<Self, CryptoError> {
        // The decoder's own error names the offending character and offset: a piece of the key.
        let decoded = Zeroizing::new(
            STANDARD
                .decode(encoded.trim())
                .map_err(|_| CryptoError::InvalidKey("not valid base64".into()))?,
        );
        let bytes: [u8; KEY_LEN] = decoded.as_slice().try_into().map_err(|_| {
            CryptoError::InvalidKey(format!("must decode to {KEY_LEN} bytes, got {}", decoded.len()))
        })?;
        Ok(Self::from_bytes(bytes))
    }

    /// The key as standard base64, for writing the key file or printing a generated key.
    pub fn to_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(STANDARD.encode(self.bytes))
    }

    /// The public key id: lets operators and blobs name a key without revealing it.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// The raw key, for the cipher only.
    pub(super) fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.bytes
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MasterKey").field("key_id", &self.key_id).finish_non_exhaustive()
    }
}

fn key_id_of(bytes: &[u8; KEY_LEN]) -> String {
    let digest = Sha256::new().chain_update(KEY_ID_DOMAIN).chain_update(bytes).finalize();
    let mut id = String::with_capacity(KEY_ID_HEX_CHARS);
    for byte in &digest[..KEY_ID_HEX_CHARS / 2] {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_id_is_stable_short_hex_and_differs_between_keys() {
        let a = MasterKey::from_bytes([7; KEY_LEN]);
        let b = MasterKey::from_bytes([8; KEY_LEN]);
        assert_eq!(a.key_id(), MasterKey::from_bytes([7; KEY_LEN]).key_id());
        assert_eq!(a.key_id().len(), KEY_ID_HEX_CHARS);
        assert!(a.key_id().chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a.key_id(), b.key_id());
    }

    #[test]
    fn base64_round_trip_keeps_the_key() {
        let key = MasterKey::generate();
        let again = MasterKey::from_base64(&key.to_base64()).expect("parses");
        assert_eq!(key.bytes(), again.bytes());
    }

    #[test]
    fn debug_shows_only_the_key_id() {
        let key = MasterKey::from_bytes([0xAB; KEY_LEN]);
        let printed = format!("{key:?}");
        assert!(printed.contains(key.key_id()));
        assert!(!printed.contains(key.to_base64().as_str()));
        assert!(!printed.contains("171"), "no raw byte values: {printed}");
    }
}
