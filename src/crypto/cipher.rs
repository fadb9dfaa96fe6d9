//! Sealing one secret under one [`MasterKey`], and the stored blob format.
//!
//! Blob, version 1:
//! `[version = 1][key id length: u8][key id: UTF-8][nonce: 12 bytes][ciphertext ‖ 16-byte tag]`.
//! AES-256-GCM-SIV with a fresh random nonce per encryption; GCM-SIV so that an accidental nonce
//! repeat leaks only "same plaintext", not the key stream. The associated data is built from
//! [`SecretContext`], so a blob copied into another row does not decrypt.

use aes_gcm_siv::aead::{Aead as _, KeyInit as _, Payload};
use aes_gcm_siv::{Aes256GcmSiv, Nonce};
use rand::RngCore as _;
use zeroize::Zeroize as _;

use super::{CryptoError, MasterKey, SecretString};

/// The blob format this build writes.
pub const FORMAT_VERSION: u8 = 1;

/// AES-GCM-SIV nonce length (96 bits).
pub const NONCE_LEN: usize = 12;

/// AES-GCM-SIV tag length; the smallest possible ciphertext (an empty secret) is this long.
const TAG_LEN: usize = 16;

/// The row a secret belongs to; becomes the AEAD associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecretContext {
    /// The workspace owning the integration.
    pub workspace_id: i64,
    /// The integration row whose key this is.
    pub integration_id: i64,
}

impl SecretContext {
    /// `b"ai-usage:v1:<workspace_id>:<integration_id>"`. Decimal ids never contain `:`, so two
    /// different contexts never produce the same bytes.
    pub fn associated_data(&self) -> Vec<u8> {
        format!("ai-usage:v1:{}:{}", self.workspace_id, self.integration_id).into_bytes()
    }
}

/// A parsed blob, borrowing from the stored bytes.
#[derive(Debug, Clone, Copy)]
pub(super) struct Envelope<'a> {
    pub key_id: &'a str,
    pub nonce: &'a [u8; NONCE_LEN],
    pub ciphertext: &'a [u8],
}

impl<'a> Envelope<'a> {
    /// Splits a blob into its parts; checks structure only, not authenticity.
    pub fn parse(blob: &'a [u8]) -> Result<Self, CryptoError> {
        let (&version, rest) = blob.split_first().ok_or(CryptoError::Truncated)?;
        if version != FORMAT_VERSION {
            return Err(CryptoError::UnsupportedVersion(version));
        }
        let (&id_len, rest) = rest.split_first().ok_or(CryptoError::Truncated)?;
        let (key_id, rest) = rest.split_at_checked(usize::from(id_len)).ok_or(CryptoError::Truncated)?;
        let (nonce, ciphertext) = rest.split_first_chunk::<NONCE_LEN>().ok_or(CryptoError::Truncated)?;
        if ciphertext.len() < TAG_LEN {
            return Err(CryptoError::Truncated);
        }
        // We only ever write ASCII hex ids; anything else cannot name a configured key.
        let key_id = std::str::from_utf8(key_id)
            .map_err(|_| CryptoError::UnknownKeyId(String::from_utf8_lossy(key_id).into_owned()))?;
        Ok(Self { key_id, nonce, ciphertext })
    }
}

/// Encrypts `secret` under `key` with a fresh random nonce and returns the stored blob.
pub(super) fn seal(
    key: &MasterKey,
    secret: &SecretString,
    ctx: &SecretContext,
) -> Result<Vec<u8>, CryptoError> {
    let key_id = key.key_id().as_bytes();
    let id_len = u8::try_from(key_id.len()).map_err(|_| CryptoError::EncryptionFailed)?;
    let mut nonce = [0u8; NONCE_LEN];
    rand::rng().fill_bytes(&mut nonce);
    let aad = ctx.associated_data();
    let ciphertext = cipher_for(key)
        .encrypt(&Nonce::from(nonce), Payload { msg: secret.expose().as_bytes(), aad: &aad })
        .map_err(|_| CryptoError::EncryptionFailed)?;

    let mut blob = Vec::with_capacity(2 + key_id.len() + NONCE_LEN + ciphertext.len());
    blob.push(FORMAT_VERSION);
    blob.push(id_len);
    blob.extend_from_slice(key_id);
    blob.extend_from_slice(&nonce);
    blob.extend_from_slice(&ciphertext);
    Ok(blob)
}

/// Decrypts an envelope with `key`; the caller picked `key` by the envelope's key id.
pub(super) fn open(
    key: &MasterKey,
    envelope: &Envelope<'_>,
    ctx: &SecretContext,
) -> Result<SecretString, CryptoError> {
    let aad = ctx.associated_data();
    let plaintext = cipher_for(key)
        .decrypt(&Nonce::from(*envelope.nonce), Payload { msg: envelope.ciphertext, aad: &aad })
        .map_err(|_| CryptoError::DecryptionFailed)?;
    match String::from_utf8(plaintext) {
        Ok(secret) => Ok(SecretString::new(secret)),
        Err(err) => {
            // Authentic but not UTF-8: we never write that, so treat it like any bad blob.
            err.into_bytes().zeroize();
            Err(CryptoError::DecryptionFailed)
        }
    }
}

fn cipher_for(key: &MasterKey) -> Aes256GcmSiv {
    // Borrow the key as the cipher's array type: no extra copy of the key on the stack.
    Aes256GcmSiv::new(key.bytes().into())
}
