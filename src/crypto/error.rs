//! Errors of the crypto layer.
//!
//! Rule: no message ever carries key material or plaintext. Key ids, lengths, versions and file
//! paths are fine; base64 decoder messages are not (they quote the offending character).

use thiserror::Error;

/// Everything that can go wrong while loading keys or sealing and opening stored secrets.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum CryptoError {
    /// The blob names a key that is neither the primary nor one of the old keys.
    #[error(
        "secret was encrypted with key id {0}, which is not configured (add it to AI_USAGE_ENCRYPTION_OLD_KEYS)"
    )]
    UnknownKeyId(String),
    /// The blob's format version is one this build does not know (a newer build wrote it?).
    #[error("unsupported encrypted secret format version {0}")]
    UnsupportedVersion(u8),
    /// The blob is shorter than its header says it must be.
    #[error("encrypted secret is truncated")]
    Truncated,
    /// Authentication failed: the ciphertext was altered, the key is wrong, or the blob belongs to
    /// another row. AEAD cannot tell these apart, so neither do we.
    #[error("encrypted secret could not be decrypted (tampered, wrong key, or moved to another row)")]
    DecryptionFailed,
    /// The AEAD refused to encrypt (only possible for absurdly large plaintexts).
    #[error("secret could not be encrypted")]
    EncryptionFailed,
    /// A configured master key is not valid (bad base64 or not 32 bytes). Says where it came from.
    #[error("invalid encryption key: {0}")]
    InvalidKey(String),
    /// The key file could not be read, created or parsed.
    #[error("encryption key file: {0}")]
    KeyFile(String),
}
