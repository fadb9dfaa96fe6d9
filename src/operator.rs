//! Operator commands: accounts (`user create`, `user reset-password`), master keys
//! (`keys generate`, `keys rotate`) and `integrations list`. They work on the database directly, without the API.

use std::io::Read;

use crate::app::{self, AppError};
use crate::auth::accounts::{self, AccountError};
use crate::config::{KeyConfig, StorageConfig};
use crate::crypto::{self, CryptoError, SecretContext};
use crate::storage::{StorageError, integrations, secrets};

/// Why an operator command failed. Printed as one line by `main`.
#[derive(Debug, thiserror::Error)]
pub enum OperatorError {
    /// The database or the master keys could not be opened.
    #[error(transparent)]
    App(#[from] AppError),
    /// The account rules refused the change (a taken email, a too short password…).
    #[error(transparent)]
    Account(#[from] AccountError),
    /// `--password-stdin` was given but stdin could not be read.
    #[error("cannot read the password from stdin: {0}")]
    Stdin(std::io::Error),
    /// One integration's key could not be re-sealed under the current master key.
    #[error("integration {integration_id}: {source}")]
    Rotate {
        /// The integration whose key failed.
        integration_id: i64,
        /// Why it could not be opened or sealed.
        source: CryptoError,
    },
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The password to set: the first line of stdin, or a fresh random one that is printed once.
fn password(from_stdin: bool) -> Result<(String, bool), OperatorError> {
    if from_stdin {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input).map_err(OperatorError::Stdin)?;
        Ok((input.lines().next().unwrap_or("").to_owned(), false))
    } else {
        Ok((crate::auth::tokens::generate(), true))
    }
}

/// `ai-usage user create`.
pub async fn create_user(
    storage: &StorageConfig,
    email: &str,
    admin: bool,
    password_stdin: bool,
) -> Result<(), OperatorError> {
    let db = app::open_storage(storage).await?;
    let (password, generated) = password(password_stdin)?;
    let user = accounts::create_user(&db, email, &password, admin).await?;
    println!(
        "created {} (id {}){}",
        user.email,
        user.id,
        if user.is_instance_admin { ", instance admin" } else { "" }
    );
    if generated {
        println!("password: {password}");
    }
    Ok(())
}

/// `ai-usage user reset-password`: also revokes every session and API token of the account.
pub async fn reset_password(
    storage: &StorageConfig,
    email: &str,
    password_stdin: bool,
) -> Result<(), OperatorError> {
    let db = app::open_storage(storage).await?;
    let (password, generated) = password(password_stdin)?;
    let revoked = accounts::reset_password(&db, email, &password).await?;
    // Live connections of those tokens end on every replica now (PostgreSQL), or at their next
    // periodic check (SQLite).
    for chunk in revoked.chunks(crate::sync::events::REVOKED_IDS_PER_MESSAGE) {
        let message = crate::sync::events::BusMessage::TokensRevoked { token_ids: chunk.to_vec() };
        if let Err(e) = crate::sync::pg_bridge::notify_once(&db, &message).await {
            tracing::warn!(error = %e, "cannot tell the replicas that the tokens were revoked");
        }
    }
    println!(
        "password reset for {email}; {} session(s) and API token(s) were revoked (scripts need a new token)",
        revoked.len()
    );
    if generated {
        println!("password: {password}");
    }
    Ok(())
}

/// `ai-usage keys generate`.
pub fn generate_key() {
    println!("{}", crypto::generate_key_base64());
}

/// `ai-usage keys rotate`: re-encrypts every stored vendor key under the primary key. Safe to run
/// while the service serves (old keys stay readable) and to run again after an interruption.
pub async fn rotate_keys(storage: &StorageConfig, keys: &KeyConfig) -> Result<(), OperatorError> {
    let keyring = app::load_keys(storage, keys)?;
    let db = app::open_storage(storage).await?;
    let (mut rotated, mut current) = (0, 0);
    for (integration_id, workspace_id, blob) in secrets::all(&db).await? {
        if !keyring.needs_rotation(&blob) {
            current += 1;
            continue;
        }
        let context = SecretContext { workspace_id, integration_id };
        let fresh = keyring
            .reencrypt(&blob, &context)
            .map_err(|source| OperatorError::Rotate { integration_id, source })?;
        if secrets::replace(&db, integration_id, &blob, &fresh).await? {
            rotated += 1;
        }
    }
    let detail = serde_json::json!({ "rotated": rotated, "current": current, "keyId": keyring.primary_key_id().to_string() });
    crate::graphql::audit::record(
        &db,
        crate::graphql::audit::AuditedAction {
            workspace_id: None,
            actor: None,
            action: "keys.rotate",
            target: None,
            detail,
        },
    )
    .await;
    println!(
        "re-encrypted {rotated} vendor key(s) under key {}; {current} already were. Old keys can now be removed from AI_USAGE_ENCRYPTION_OLD_KEYS.",
        keyring.primary_key_id()
    );
    Ok(())
}

/// `ai-usage integrations list`: a table an operator can read and pick an id from.
pub async fn list_integrations(storage: &StorageConfig) -> Result<(), OperatorError> {
    let db = app::open_storage(storage).await?;
    let all = integrations::list_all(&db).await?;
    if all.is_empty() {
        println!("no integrations yet: an admin connects one with the connectIntegration mutation");
        return Ok(());
    }
    let rows: Vec<[String; 6]> = all
        .into_iter()
        .map(|(i, workspace)| {
            let last_sync = i
                .last_synced_at
                .map_or_else(|| "never".to_owned(), |at| at.format("%Y-%m-%d %H:%M UTC").to_string());
            [
                i.id.to_string(),
                format!("{workspace} ({})", i.workspace_id),
                i.provider.to_string(),
                i.display_name,
                i.status.to_string(),
                last_sync,
            ]
        })
        .collect();
    print!("{}", table(["ID", "WORKSPACE", "PROVIDER", "NAME", "STATUS", "LAST SYNC"], &rows));
    Ok(())
}

/// Left-aligned columns two spaces apart, padded to the widest cell (in characters).
fn table<const N: usize>(header: [&str; N], rows: &[[String; N]]) -> String {
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> =
            cells.iter().zip(widths).map(|(cell, width)| format!("{cell:<width$}")).collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(header.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}
