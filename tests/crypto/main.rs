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

pub const VENDOR_KEY: &str = "sk-ant-admin01-Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA";
pub const KEY_ID_LEN: usize = 8;
pub const HEADER_LEN: usize = 2 + KEY_ID_LEN;
pub const TAG_LEN: usize = 16;

pub fn ctx(workspace_id: i64, integration_id: i64) -> SecretContext {
    SecretContext { workspace_id, integration_id }
}

pub fn key(fill: u8) -> MasterKey {
    MasterKey::from_bytes([fill; 32])
}

pub fn ring(primary: MasterKey) -> KeyRing {
    KeyRing::new(primary, Vec::new())
}

pub fn seal(ring: &KeyRing, secret: &str, ctx: &SecretContext) -> Vec<u8> {
    ring.encrypt(&SecretString::from(secret), ctx).expect("encrypts")
}

pub fn open(ring: &KeyRing, blob: &[u8], ctx: &SecretContext) -> Result<String, CryptoError> {
    ring.decrypt(blob, ctx).map(|secret| secret.expose().to_owned())
}

pub fn b64_of(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}
