//! Where the master keys come from: the environment, or a key file in the data directory.
//!
//! Rules: `AI_USAGE_ENCRYPTION_KEY` wins when set (a blank value counts as unset). Without it,
//! `<data_dir>/encryption.key` holds the primary key as base64; on first start it is generated
//! once, created with `create_new` and mode 0600 so that two processes starting together cannot
//! overwrite each other's key and no other user can read it. Old keys come only from
//! `AI_USAGE_ENCRYPTION_OLD_KEYS` (comma-separated base64).

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write as _};
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::Path;
use std::time::Duration;

use zeroize::Zeroizing;

use super::{CryptoError, KeyRing, MasterKey};

/// File name of the generated key inside the data directory.
pub const KEY_FILE_NAME: &str = "encryption.key";

/// How often to re-read a key file that exists but is still empty: another process that just
/// created it may not have written the key yet.
const EMPTY_FILE_RETRIES: u32 = 20;
const EMPTY_FILE_WAIT: Duration = Duration::from_millis(50);

impl KeyRing {
    /// Builds the ring from `AI_USAGE_ENCRYPTION_KEY` (`env_primary`),
    /// `AI_USAGE_ENCRYPTION_OLD_KEYS` (`env_old`) and, when no primary is configured, the key
    /// file in `data_dir` (created on first use).
    pub fn from_config(
        env_primary: Option<&str>,
        env_old: Option<&str>,
        data_dir: &Path,
    ) -> Result<KeyRing, CryptoError> {
        let primary = match env_primary.filter(|value| !value.trim().is_empty()) {
            Some(encoded) => {
                MasterKey::from_base64(encoded).map_err(|err| name_source(err, "AI_USAGE_ENCRYPTION_KEY"))?
            }
            None => load_or_create_key_file(data_dir)?,
        };
        let old = parse_old_keys(env_old.unwrap_or(""))?;
        Ok(KeyRing::new(primary, old))
    }
}

/// A new random key as base64, for `ai-usage keys generate`.
pub fn generate_key_base64() -> String {
    // The caller prints it; the String it gets is the copy it asked for.
    MasterKey::generate().to_base64().to_string()
}

fn parse_old_keys(list: &str) -> Result<Vec<MasterKey>, CryptoError> {
    list.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .enumerate()
        .map(|(index, entry)| {
            MasterKey::from_base64(entry)
                .map_err(|err| name_source(err, &format!("AI_USAGE_ENCRYPTION_OLD_KEYS entry {}", index + 1)))
        })
        .collect()
}

/// Prefixes an [`CryptoError::InvalidKey`] reason with where the key came from.
fn name_source(err: CryptoError, source: &str) -> CryptoError {
    match err {
        CryptoError::InvalidKey(reason) => CryptoError::InvalidKey(format!("{source}: {reason}")),
        other => other,
    }
}

fn load_or_create_key_file(data_dir: &Path) -> Result<MasterKey, CryptoError> {
    let path = data_dir.join(KEY_FILE_NAME);
    match read_key_file(&path) {
        Err(KeyFileRead::Missing) => {}
        Err(KeyFileRead::Failed(err)) => return Err(err),
        Ok(key) => return Ok(key),
    }
    match create_key_file(data_dir, &path) {
        Ok(key) => Ok(key),
        // Another process created it between our read and our create: use theirs.
        Err(KeyFileCreate::AlreadyExists) => match read_key_file(&path) {
            Ok(key) => Ok(key),
            Err(KeyFileRead::Failed(err)) => Err(err),
            Err(KeyFileRead::Missing) => Err(key_file_error(&path, "disappeared while starting")),
        },
        Err(KeyFileCreate::Failed(err)) => Err(err),
    }
}

enum KeyFileRead {
    Missing,
    Failed(CryptoError),
}

fn read_key_file(path: &Path) -> Result<MasterKey, KeyFileRead> {
    for _ in 0..EMPTY_FILE_RETRIES {
        let contents = match fs::read_to_string(path) {
            Ok(contents) => Zeroizing::new(contents),
            Err(err) if err.kind() == ErrorKind::NotFound => return Err(KeyFileRead::Missing),
            Err(err) => return Err(KeyFileRead::Failed(key_file_error(path, err))),
        };
        if contents.trim().is_empty() {
            std::thread::sleep(EMPTY_FILE_WAIT);
            continue;
        }
        warn_if_readable_by_others(path);
        return MasterKey::from_base64(&contents).map_err(|err| {
            let reason = match err {
                CryptoError::InvalidKey(reason) => reason,
                other => other.to_string(),
            };
            KeyFileRead::Failed(key_file_error(path, format!("does not hold a valid key ({reason})")))
        });
    }
    Err(KeyFileRead::Failed(key_file_error(
        path,
        "is empty; if no secrets were stored with it, delete it to generate a new key",
    )))
}

enum KeyFileCreate {
    AlreadyExists,
    Failed(CryptoError),
}

fn create_key_file(data_dir: &Path, path: &Path) -> Result<MasterKey, KeyFileCreate> {
    let failed = |err: std::io::Error| KeyFileCreate::Failed(key_file_error(path, err));
    crate::storage::private_files::create_dir(data_dir).map_err(failed)?;
    let mut file = match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == ErrorKind::AlreadyExists => {
            return Err(KeyFileCreate::AlreadyExists);
        }
        Err(err) => return Err(failed(err)),
    };
    let key = MasterKey::generate();
    let mut contents = key.to_base64();
    contents.push('\n');
    file.write_all(contents.as_bytes()).map_err(failed)?;
    // Before any secret is encrypted with this key, the key must be on disk.
    file.sync_all().map_err(failed)?;
    tracing::info!(
        path = %path.display(),
        key_id = key.key_id(),
        "generated a new encryption key; back this file up, secrets cannot be read without it"
    );
    Ok(key)
}

fn warn_if_readable_by_others(path: &Path) {
    if let Ok(metadata) = fs::metadata(path)
        && metadata.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(
            path = %path.display(),
            "encryption key file is accessible to other users; chmod 600 it"
        );
    }
}

fn key_file_error(path: &Path, problem: impl std::fmt::Display) -> CryptoError {
    CryptoError::KeyFile(format!("{}: {problem}", path.display()))
}
