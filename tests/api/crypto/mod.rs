//! The crypto layer as the rest of the service uses it: seal a vendor key for a row, read it
//! back, refuse anything altered or moved, rotate keys, and load keys from env or the key file.

mod config;
mod master_keys;
mod rotation;
mod sealing;
mod secret_string;

use ai_usage::crypto::{CryptoError, KeyRing, MasterKey, SecretContext, SecretString};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// A vendor key shaped like Anthropic's admin keys (not a real one).
pub const VENDOR_KEY: &str = "sk-ant-admin01-Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA";
/// Bytes of the key id in a sealed blob's header.
pub const KEY_ID_LEN: usize = 8;
/// Header bytes of a sealed blob: format version, key-id length, key id.
pub const HEADER_LEN: usize = 2 + KEY_ID_LEN;
/// Bytes of the AES-GCM-SIV authentication tag.
pub const TAG_LEN: usize = 16;

/// The context a secret is sealed to (AAD): its workspace and integration.
pub fn ctx(workspace_id: i64, integration_id: i64) -> SecretContext {
    SecretContext { workspace_id, integration_id }
}

/// A master key of 32 bytes of `fill`.
pub fn key(fill: u8) -> MasterKey {
    MasterKey::from_bytes([fill; 32])
}

/// A key ring with `primary` and no previous keys.
pub fn ring(primary: MasterKey) -> KeyRing {
    KeyRing::new(primary, Vec::new())
}

/// `secret` sealed by `ring` to `ctx`.
pub fn seal(ring: &KeyRing, secret: &str, ctx: &SecretContext) -> Vec<u8> {
    ring.encrypt(&SecretString::from(secret), ctx).expect("encrypts")
}

/// The secret in `blob`, opened by `ring` for `ctx`.
pub fn open(ring: &KeyRing, blob: &[u8], ctx: &SecretContext) -> Result<String, CryptoError> {
    ring.decrypt(blob, ctx).map(|secret| secret.expose().to_owned())
}

/// Standard base64 of `bytes`, as keys are written in the environment.
pub fn b64_of(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}
