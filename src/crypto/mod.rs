//! Encryption at rest for vendor admin API keys.
//!
//! Owns: [`SecretString`] (a key in memory), [`MasterKey`] and [`KeyRing`] (the keys that protect
//! them), the stored blob format, and loading keys from the environment or the key file.
//!
//! Rules:
//! - AES-256-GCM-SIV, a fresh random 96-bit nonce per encryption.
//! - The associated data binds a blob to its row ([`SecretContext`]: workspace id and integration
//!   id), so a blob copied to another row fails to decrypt.
//! - The blob is versioned and names its key:
//!   `[version = 1][key id length: u8][key id][nonce: 12 bytes][ciphertext ‖ tag: 16 bytes]`.
//!   The key id is 8 hex characters of a SHA-256 of the key: enough to tell keys apart, nothing
//!   about the key itself.
//! - No error message, log line or `Debug` output contains key material or plaintext.
//!
//! Rotation: configure a new primary (`AI_USAGE_ENCRYPTION_KEY`) and list the previous key in
//! `AI_USAGE_ENCRYPTION_OLD_KEYS`. Reads keep working throughout, because decryption picks the
//! key by the blob's key id. `ai-usage keys rotate` then re-encrypts every row for which
//! [`KeyRing::needs_rotation`] is true with [`KeyRing::reencrypt`]; once none is left, the old key
//! can be removed from the configuration.

mod cipher;
mod error;
mod keyfile;
mod keyring;
mod master_key;
mod secret;

pub use cipher::{FORMAT_VERSION, NONCE_LEN, SecretContext};
pub use error::CryptoError;
pub use keyfile::{KEY_FILE_NAME, generate_key_base64};
pub use keyring::KeyRing;
pub use master_key::{KEY_LEN, MasterKey};
pub use secret::SecretString;
