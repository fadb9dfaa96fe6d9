//! The demo's account, workspace, people and integrations, made the way a person would make
//! them: the admin account through `auth::accounts`, the integrations through
//! [`sync::connect`](crate::sync::connect) (key verified against the fake vendor, stored
//! encrypted, backfill started), the people through `storage::persons`.
//!
//! Each start begins afresh: the previous demo workspace of the demo admin (and with it its
//! integrations and usage) is deleted, because its integrations point at fakes that are gone.

use std::collections::HashMap;
use std::time::Duration;

use rand::Rng as _;
use rand::distr::Alphanumeric;

use super::cast::{COMPANY, GITHUB_ORG, MEMBERS};
use super::{DemoError, Fakes};
use crate::auth::accounts;
use crate::crypto::SecretString;
use crate::domain::{Provider, SyncRunStatus, WorkspaceKind};
use crate::providers::{EgressPolicy, Scope};
use crate::storage::workspaces;
use crate::storage::{Db, analytics, persons, sync_runs, users};
use crate::sync::SyncEngine;
use crate::sync::connect::{self, ConnectRequest};

/// The demo admin's log-in.
pub const ADMIN_EMAIL: &str = "admin@northwind.example";
/// The Copilot login left unlinked, so the People page shows a suggested link to confirm.
pub const SUGGESTED_ONLY: &str = "amelie-laurent";

/// The demo workspace's name.
pub fn workspace_name() -> String {
    format!("{COMPANY} (demo)")
}

/// A fresh random password for the demo admin.
pub fn new_password() -> String {
    rand::rng().sample_iter(&Alphanumeric).take(20).map(char::from).collect()
}

/// The demo admin with `password` (created, or its password reset), and no demo workspace left
/// from an earlier start. Returns the user id.
pub async fn admin_account(db: &Db, password: &str) -> Result<i64, DemoError> {
    let user = match users::find_by_email(db, ADMIN_EMAIL).await? {
        Some(user) => {
            accounts::reset_password(db, ADMIN_EMAIL, password).await?;
            user
        }
        None => accounts::create_user(db, ADMIN_EMAIL, password, true).await?,
    };
    for (workspace, _) in workspaces::list_for_user(db, user.id).await? {
        if workspace.kind == WorkspaceKind::Team && workspace.name == workspace_name() {
            tracing::info!(workspace_id = workspace.id, "deleting the previous demo workspace");
            workspaces::delete(db, workspace.id).await?;
        }
    }
    Ok(user.id)
}

/// The demo workspace: its people, then the three tools connected to the fakes.
pub struct DemoWorkspace {
    /// The workspace's id.
    pub id: i64,
    /// Integration ids: Claude Code, Copilot, Cursor.
    pub integrations: Vec<(Provider, i64)>,
    /// Person id by member index.
    persons: Vec<i64>,
}

/// Creates the workspace and its people, and connects the tools (each starts its backfill).
pub async fn workspace(
    engine: &SyncEngine,
    owner_id: i64,
    fakes: &Fakes,
) -> Result<DemoWorkspace, DemoError> {
    let now = chrono::Utc::now().naive_utc();
    let workspace =
        workspaces::create_with_owner(engine.db(), &workspace_name(), WorkspaceKind::Team, owner_id, now)
            .await?;
    populate(engine, workspace.id, fakes, None).await
}

/// Adds the demo's people to `workspace_id` (reusing a person with the same e-mail) and connects
/// the three tools to `fakes` through the real connect path, each with `allowance` as its own
/// egress allowance (see [`connect::connect_allowing`]).
pub async fn populate(
    engine: &SyncEngine,
    workspace_id: i64,
    fakes: &Fakes,
    allowance: Option<EgressPolicy>,
) -> Result<DemoWorkspace, DemoError> {
    let db = engine.db();
    let now = chrono::Utc::now().naive_utc();
    let existing: HashMap<String, i64> = persons::list(db, workspace_id)
        .await?
        .into_iter()
        .filter_map(|p| Some((p.email?.to_lowercase(), p.id)))
        .collect();
    // People first: Claude Code and Cursor identities with their e-mail join them at the backfill.
    let mut person_ids = Vec::new();
    for member in &MEMBERS {
        let id = match existing.get(&member.email.to_lowercase()) {
            Some(id) => *id,
            None => persons::create_person(db, workspace_id, member.name, Some(member.email), now).await?.id,
        };
        person_ids.push(id);
    }
    let requests = [
        (Provider::ClaudeCode, "Claude Code", &fakes.claude_code, None),
        (
            Provider::Copilot,
            "GitHub Copilot",
            &fakes.copilot,
            Some(Scope::Organization(GITHUB_ORG.to_owned())),
        ),
        (Provider::Cursor, "Cursor", &fakes.cursor, None),
    ];
    let mut integrations = Vec::new();
    for (provider, name, fake, scope) in requests {
        let request = ConnectRequest {
            provider,
            display_name: format!("{name} — {COMPANY}"),
            api_key: SecretString::from(fake.key.as_str()),
            scope,
            base_url: Some(fake.base_url.clone()),
            schedule: None,
        };
        let integration = connect::connect_allowing(engine, workspace_id, request, allowance.clone()).await?;
        integrations.push((provider, integration.id));
    }
    Ok(DemoWorkspace { id: workspace_id, integrations, persons: person_ids })
}

impl DemoWorkspace {
    /// Waits until every integration's first run has ended (at most `limit`).
    pub async fn backfilled(&self, db: &Db, limit: Duration) -> Result<(), DemoError> {
        let deadline = tokio::time::Instant::now() + limit;
        for (provider, id) in &self.integrations {
            loop {
                let runs = sync_runs::recent(db, *id, 1).await?;
                match runs.first() {
                    Some(run) if run.status != SyncRunStatus::Running => {
                        tracing::info!(provider = provider.as_str(), status = %run.status, days = run.days_done, "demo backfill ended");
                        break;
                    }
                    _ if tokio::time::Instant::now() > deadline => {
                        return Err(DemoError::Setup(format!(
                            "the {} backfill did not end in {limit:?}",
                            provider.as_str()
                        )));
                    }
                    _ => tokio::time::sleep(Duration::from_millis(200)).await,
                }
            }
        }
        Ok(())
    }

    /// Links Copilot logins to their people, as an admin would (GitHub reports carry no
    /// e-mail), all but [`SUGGESTED_ONLY`], which stays a suggestion to confirm.
    pub async fn link_copilot_logins(&self, db: &Db) -> Result<usize, DemoError> {
        let by_login: HashMap<&str, i64> =
            MEMBERS.iter().zip(&self.persons).map(|(m, id)| (m.github_login, *id)).collect();
        let mut linked = 0;
        for candidate in persons::link_candidates(db, self.id).await? {
            let actor = candidate.actor;
            if candidate.provider != Provider::Copilot
                || actor.identifier == SUGGESTED_ONLY
                || actor.person_id.is_some()
            {
                continue;
            }
            if let Some(person) = by_login.get(actor.identifier.as_str()) {
                analytics::people::set_actor_person(db, self.id, actor.id, Some(*person)).await?;
                linked += 1;
            }
        }
        Ok(linked)
    }
}
