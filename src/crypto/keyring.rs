//! [`KeyRing`]: the primary key that encrypts, plus old keys that may still decrypt.
//!
//! Rules: encryption always uses the primary; decryption picks the key named by the blob's key
//! id; a blob not under the primary "needs rotation" and [`KeyRing::reencrypt`] moves it.

use super::cipher::{self, Envelope};
use super::{CryptoError, MasterKey, SecretContext, SecretString};

/// The configured master keys.
#[derive(Debug, Clone)]
pub struct KeyRing {
    primary: MasterKey,
    old: Vec<MasterKey>,
}

impl KeyRing {
    /// A ring that encrypts with `primary` and can also decrypt blobs under any of `old`.
    pub fn new(primary: MasterKey, old: Vec<MasterKey>) -> Self {
        Self { primary, old }
    }

    /// The key id new blobs are written under.
    pub fn primary_key_id(&self) -> &str {
        self.primary.key_id()
    }

    /// Key ids of the old keys, in configuration order (for start-up logs and `keys status`).
    pub fn old_key_ids(&self) -> impl Iterator<Item = &str> {
        self.old.iter().map(MasterKey::key_id)
    }

    /// Encrypts `secret` for the row `ctx` under the primary key.
    pub fn encrypt(&self, secret: &SecretString, ctx: &SecretContext) -> Result<Vec<u8>, CryptoError> {
        cipher::seal(&self.primary, secret, ctx)
    }

    /// Decrypts a blob written for the row `ctx`, with whichever configured key it names.
    pub fn decrypt(&self, blob: &[u8], ctx: &SecretContext) -> Result<SecretString, CryptoError> {
        let envelope = Envelope::parse(blob)?;
        let key = self
            .key_by_id(envelope.key_id)
            .ok_or_else(|| CryptoError::UnknownKeyId(envelope.key_id.to_owned()))?;
        cipher::open(key, &envelope, ctx)
    }

    /// True when the blob is not a current-format blob under the primary key.
    ///
    /// A blob that does not even parse also answers true: it is not under the primary, and
    /// [`KeyRing::reencrypt`] will report what is wrong with it.
    pub fn needs_rotation(&self, blob: &[u8]) -> bool {
        match Envelope::parse(blob) {
            Ok(envelope) => envelope.key_id != self.primary.key_id(),
            Err(_) => true,
        }
    }

    /// Decrypts the blob with the key it names and encrypts it again under the primary key.
    pub fn reencrypt(&self, blob: &[u8], ctx: &SecretContext) -> Result<Vec<u8>, CryptoError> {
        let secret = self.decrypt(blob, ctx)?;
        self.encrypt(&secret, ctx)
    }

    fn key_by_id(&self, key_id: &str) -> Option<&MasterKey> {
        std::iter::once(&self.primary).chain(&self.old).find(|key| key.key_id() == key_id)
    }
}
