//! Password hashing with Argon2id (the crate's defaults follow the OWASP recommendation).
//!
//! Hashing is CPU- and memory-heavy on purpose (about 19 MiB per hash), so it runs on the blocking
//! pool, off the async workers, and at most [`HASH_PERMITS`] hashes or verifications run at once,
//! for sign-up, log-in and password changes alike. A request that cannot get a permit within
//! [`HASH_WAIT`] is refused with [`PasswordError::Busy`] (`RATE_LIMITED` to clients), so a flood
//! of anonymous requests costs bounded memory and leaves the runtime free.

use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use tokio::sync::Semaphore;

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 10;
/// Longest password accepted (in characters): enough for any passphrase, short enough to hash
/// cheaply.
pub const MAX_PASSWORD_LEN: usize = 1_000;
/// Argon2 computations allowed at once in this process.
pub const HASH_PERMITS: usize = 3;
/// How long a request waits for a hashing permit before it is refused.
pub const HASH_WAIT: Duration = Duration::from_secs(5);

static PERMITS: Semaphore = Semaphore::const_new(HASH_PERMITS);

#[derive(Debug, thiserror::Error)]
/// Why a password could not be set or checked.
pub enum PasswordError {
    #[error("the password must be at least {MIN_PASSWORD_LEN} characters long")]
    /// Shorter than [`MIN_PASSWORD_LEN`].
    TooShort,
    #[error("the password must be at most {MAX_PASSWORD_LEN} characters long")]
    /// Longer than [`MAX_PASSWORD_LEN`] (hashing very long input is a denial of service).
    TooLong,
    #[error("the server is busy checking passwords; try again in a moment")]
    /// Every hashing permit is taken: the caller should retry shortly.
    Busy,
    #[error("password hashing failed")]
    /// Argon2 failed (never expected with the fixed parameters).
    Hashing,
}

/// Checks a new password's length without hashing it (cheap checks come before Argon2).
pub fn check_new(password: &str) -> Result<(), PasswordError> {
    match password.chars().count() {
        n if n < MIN_PASSWORD_LEN => Err(PasswordError::TooShort),
        n if n > MAX_PASSWORD_LEN => Err(PasswordError::TooLong),
        _ => Ok(()),
    }
}

/// Hashes a new password (after [`check_new`]).
pub async fn hash(password: &str) -> Result<String, PasswordError> {
    check_new(password)?;
    hash_unchecked(password.as_bytes()).await
}

/// True when `password` matches the stored `hash`. A malformed hash never matches.
pub async fn verify(password: &str, hash: &str) -> Result<bool, PasswordError> {
    if password.chars().count() > MAX_PASSWORD_LEN {
        return Ok(false);
    }
    let (password, hash) = (password.to_owned(), hash.to_owned());
    bounded(move || {
        PasswordHash::new(&hash)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
}

/// Like [`verify`], but for an account that may not exist: with no hash it still spends one
/// verification, against a throw-away hash, so response time does not reveal which emails exist.
pub async fn verify_or_waste(password: &str, hash: Option<&str>) -> Result<bool, PasswordError> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    match hash {
        Some(hash) => verify(password, hash).await,
        None => {
            let dummy = DUMMY
                .get_or_try_init(|| async {
                    let random: [u8; 16] = rand::random();
                    hash_unchecked(&random).await
                })
                .await?;
            verify(password, dummy).await.map(|_| false)
        }
    }
}

async fn hash_unchecked(secret: &[u8]) -> Result<String, PasswordError> {
    let secret = secret.to_vec();
    bounded(move || {
        let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|_| PasswordError::Hashing)?;
        Argon2::default()
            .hash_password(&secret, &salt)
            .map(|h| h.to_string())
            .map_err(|_| PasswordError::Hashing)
    })
    .await?
}

/// Runs one Argon2 computation on the blocking pool under a permit.
async fn bounded<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, PasswordError> {
    return_big_buffers_to_the_os();
    let permit = tokio::time::timeout(HASH_WAIT, PERMITS.acquire())
        .await
        .map_err(|_| PasswordError::Busy)?
        .map_err(|_| PasswordError::Hashing)?;
    // The permit moves into the blocking task: a cancelled request does not free it while the
    // hash still runs.
    tokio::task::spawn_blocking(move || {
        let result = work();
        drop(permit);
        result
    })
    .await
    .map_err(|_| PasswordError::Hashing)
}

/// Makes glibc serve allocations of 1 MiB and more (Argon2's 19 MiB work area) straight from the
/// OS and give them back when freed. Its default raises that threshold after the first such free,
/// so each blocking thread's arena would keep a freed work area: measured, 20 log-ins left the
/// process 80 MB larger for good. Fixing the threshold keeps it within a few MB of its baseline.
fn return_big_buffers_to_the_os() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: `mallopt` only sets an allocator parameter; glibc serialises it with
            // allocations, and any threshold value is valid.
            unsafe {
                libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
            }
        });
    }
}
