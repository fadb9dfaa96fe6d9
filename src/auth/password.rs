//! Password hashing with Argon2id (the crate's defaults follow the OWASP recommendation).
//! Hashing is CPU-heavy on purpose, so it runs on the blocking pool, off the async workers.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// Shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must be at least {MIN_PASSWORD_LEN} characters long")]
    TooShort,
    #[error("password hashing failed")]
    Hashing,
}

pub async fn hash(password: &str) -> Result<String, PasswordError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(PasswordError::TooShort);
    }
    hash_unchecked(password.as_bytes()).await
}

/// True when `password` matches the stored `hash`. A malformed hash never matches.
pub async fn verify(password: &str, hash: &str) -> bool {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Like [`verify`], but for an account that may not exist: with no hash it still spends one
/// verification, against a throw-away hash, so response time does not reveal which emails exist.
pub async fn verify_or_waste(password: &str, hash: Option<&str>) -> bool {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    match hash {
        Some(hash) => verify(password, hash).await,
        None => {
            let dummy = DUMMY
                .get_or_init(|| async {
                    let random: [u8; 16] = rand::random();
                    hash_unchecked(&random).await.unwrap_or_default()
                })
                .await;
            let _ = verify(password, dummy).await;
            false
        }
    }
}

async fn hash_unchecked(secret: &[u8]) -> Result<String, PasswordError> {
    let secret = secret.to_vec();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|_| PasswordError::Hashing)?;
        Argon2::default()
            .hash_password(&secret, &salt)
            .map(|h| h.to_string())
            .map_err(|_| PasswordError::Hashing)
    })
    .await
    .map_err(|_| PasswordError::Hashing)?
}
