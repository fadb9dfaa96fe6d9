//! The audit trail: every successful admin mutation is recorded in one place, here, as an
//! async-graphql extension around the mutation root's fields, so no resolver can forget it.
//!
//! [`AUDITED`] says which mutations count and how each finds its workspace and target. The
//! record holds who (the caller's id and email), what (the mutation's name and its arguments
//! minus anything secret: [`is_secret`] names are replaced by `"[set]"`), which target, and when.
//! A mutation that fails is not recorded. A record that cannot be written is logged as an error;
//! the action it describes has happened already and is not undone. Work outside GraphQL (the
//! operator's `keys rotate`, and later exports and share cards) calls [`record`] itself.

use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextResolve, ResolveInfo,
};
use async_graphql::parser::types::{ExecutableDocument, OperationType};
use async_graphql::{ServerResult, Value, Variables};

use super::inputs::{CapturedVariables, arguments};
use crate::auth::{Caller, tokens};
use crate::storage::audit::{self, NewAuditEvent};
use crate::storage::{Db, StorageError};

/// How an audited mutation names its workspace.
#[derive(Clone, Copy)]
enum Workspace {
    /// A `workspaceId` argument.
    Argument,
    /// The integration of an `id` argument (looked up before the mutation runs: disconnecting
    /// deletes it).
    OfIntegration,
    /// The integration in an `integrationId` argument.
    OfIntegrationId,
    /// The integration of the actor in `actorId`.
    OfActor,
    /// The invitation whose token is in `token`.
    OfInvite,
    /// The invitation whose id is in `id`.
    OfInvitation,
    /// The person whose id is in `into`.
    OfPerson,
}

/// Mutation name, where its workspace comes from, the target's kind and the argument holding
/// the target's id (`None`: the target is the workspace itself or found after the fact).
const AUDITED: &[(&str, Workspace, &str, Option<&str>)] = &[
    ("connectIntegration", Workspace::Argument, "integration", None),
    ("loadSampleData", Workspace::Argument, "workspace", None),
    ("updateIntegration", Workspace::OfIntegration, "integration", Some("id")),
    ("disconnectIntegration", Workspace::OfIntegration, "integration", Some("id")),
    ("syncIntegration", Workspace::OfIntegration, "integration", Some("id")),
    ("retryFailedDay", Workspace::OfIntegrationId, "integration", Some("integrationId")),
    ("acknowledgeFailedDay", Workspace::OfIntegrationId, "integration", Some("integrationId")),
    ("inviteMember", Workspace::Argument, "invite", Some("email")),
    ("acceptInvite", Workspace::OfInvite, "user", None),
    ("revokeInvitation", Workspace::OfInvitation, "invite", Some("id")),
    ("setMemberRole", Workspace::Argument, "user", Some("userId")),
    ("removeMember", Workspace::Argument, "user", Some("userId")),
    ("updateWorkspaceSettings", Workspace::Argument, "workspace", None),
    ("deleteWorkspace", Workspace::Argument, "workspace", None),
    ("linkActor", Workspace::OfActor, "actor", Some("actorId")),
    ("unlinkActor", Workspace::OfActor, "actor", Some("actorId")),
    ("setIdentityKind", Workspace::OfActor, "actor", Some("actorId")),
    ("createPerson", Workspace::Argument, "person", None),
    ("mergePeople", Workspace::OfPerson, "person", Some("into")),
];

/// An action to record outside GraphQL.
pub struct AuditedAction<'a> {
    /// The workspace acted in; `None` for instance-wide actions.
    pub workspace_id: Option<i64>,
    /// `None` for the operator's command line.
    pub actor: Option<&'a Caller>,
    /// What was done (a command name such as `keys.rotate`).
    pub action: &'a str,
    /// The kind and id of the thing acted on, if any.
    pub target: Option<(&'a str, String)>,
    /// Non-secret details.
    pub detail: serde_json::Value,
}

/// Appends `action` to the audit log, logging (not returning) a failure.
pub async fn record(db: &Db, action: AuditedAction<'_>) {
    let (target_kind, target_id) = match &action.target {
        Some((kind, id)) => (Some(*kind), Some(id.as_str())),
        None => (None, None),
    };
    let detail = action.detail.to_string();
    let event = NewAuditEvent {
        workspace_id: action.workspace_id,
        actor_user_id: action.actor.map(|c| c.user_id),
        actor: action.actor.map_or(audit::OPERATOR, |c| c.email.as_str()),
        action: action.action,
        target_kind,
        target_id,
        detail: &detail,
        created_at: chrono::Utc::now().naive_utc(),
    };
    if let Err(e) = audit::record(db, &event).await {
        tracing::error!(error = %e, action = action.action, "could not write an audit event");
    }
}

/// Registers the trail on a schema (`.extension(AuditTrail)`).
pub struct AuditTrail;

impl ExtensionFactory for AuditTrail {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(AuditRequest::default())
    }
}

#[derive(Default)]
struct AuditRequest {
    variables: CapturedVariables,
}

#[async_graphql::async_trait::async_trait]
impl Extension for AuditRequest {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        // Only mutations are audited: a query's variables are never read here.
        if document.operations.iter().any(|(_, op)| op.node.ty == OperationType::Mutation) {
            self.variables.capture(&document, variables);
        }
        Ok(document)
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        let root_mutation = info.path_node.parent.is_none()
            && ctx.schema_env.registry.mutation_type.as_deref() == Some(info.parent_type);
        let audited = AUDITED.iter().find(|(name, ..)| *name == info.name).filter(|_| root_mutation);
        let (Some(&(name, workspace, target_kind, target_arg)), Some(db), Some(caller)) =
            (audited, ctx.data_opt::<Db>(), ctx.data_opt::<Caller>())
        else {
            return next.run(ctx, info).await;
        };
        let variables = self.variables.get();
        let args = serde_json::Value::Object(
            arguments(info.field, &variables)
                .into_iter()
                .map(|(k, v)| (k.node.to_string(), v.into_json().unwrap_or_default()))
                .collect(),
        );
        let workspace_id = workspace_of(db, workspace, &args).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "could not find an audited mutation's workspace");
            None
        });
        let result = next.run(ctx, info).await?;
        let mut target_id = target_arg.and_then(|arg| text(&args, arg));
        if name == "connectIntegration" {
            target_id = connected_integration(db, workspace_id, &args, result.as_ref()).await;
        } else if name == "acceptInvite" {
            target_id = Some(caller.user_id.to_string());
        } else if name == "createPerson" {
            target_id = created_id(result.as_ref());
        } else if target_kind == "workspace" {
            target_id = workspace_id.map(|id| id.to_string());
        }
        record(
            db,
            AuditedAction {
                workspace_id,
                actor: Some(caller),
                action: name,
                target: target_id.map(|id| (target_kind, id)),
                detail: without_secrets(args),
            },
        )
        .await;
        Ok(result)
    }
}

async fn workspace_of(
    db: &Db,
    workspace: Workspace,
    args: &serde_json::Value,
) -> Result<Option<i64>, StorageError> {
    let id = |name: &str| text(args, name).and_then(|v| v.parse::<i64>().ok());
    match workspace {
        Workspace::Argument => Ok(id("workspaceId")),
        Workspace::OfIntegration => match id("id") {
            Some(integration) => audit::workspace_of_integration(db, integration).await,
            None => Ok(None),
        },
        Workspace::OfIntegrationId => match id("integrationId") {
            Some(integration) => audit::workspace_of_integration(db, integration).await,
            None => Ok(None),
        },
        Workspace::OfActor => match id("actorId") {
            Some(actor) => audit::workspace_of_actor(db, actor).await,
            None => Ok(None),
        },
        Workspace::OfInvite => match text(args, "token") {
            Some(token) => audit::workspace_of_invite(db, &tokens::hash(&token)).await,
            None => Ok(None),
        },
        Workspace::OfInvitation => match id("id") {
            Some(invitation) => crate::storage::invites::workspace_of(db, invitation).await,
            None => Ok(None),
        },
        Workspace::OfPerson => match id("into") {
            Some(person) => crate::storage::analytics::people::person_workspace(db, person).await,
            None => Ok(None),
        },
    }
}

/// The integration `connectIntegration` made: its `id` when selected, else the workspace's newest
/// of that provider.
async fn connected_integration(
    db: &Db,
    workspace_id: Option<i64>,
    args: &serde_json::Value,
    result: Option<&Value>,
) -> Option<String> {
    if let Some(Value::Object(fields)) = result
        && let Some(Value::String(id)) = fields.get("id")
    {
        return Some(id.clone());
    }
    let provider = args.pointer("/input/provider")?.as_str()?.to_ascii_lowercase();
    audit::newest_integration(db, workspace_id?, &provider).await.ok().flatten().map(|id| id.to_string())
}

/// The `id` a mutation's result selected, if it did.
fn created_id(result: Option<&Value>) -> Option<String> {
    match result {
        Some(Value::Object(fields)) => match fields.get("id") {
            Some(Value::String(id)) => Some(id.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn text(args: &serde_json::Value, name: &str) -> Option<String> {
    match args.get(name)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Argument names that hold or may hold a secret: keys, passwords, tokens.
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["key", "password", "token", "secret"].iter().any(|word| name.contains(word))
}

/// `value` with every secret-named field replaced by `"[set]"`, at any depth.
fn without_secrets(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(fields) => serde_json::Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| {
                    let v = if is_secret(&k) { serde_json::Value::from("[set]") } else { without_secrets(v) };
                    (k, v)
                })
                .collect(),
        ),
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(without_secrets).collect())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_recorded() {
        let args =
            serde_json::json!({ "id": "3", "input": { "apiKey": "sk-ant-admin01-x", "displayName": "CC" } });
        let clean = without_secrets(args);
        assert_eq!(clean["input"]["apiKey"], "[set]");
        assert_eq!(clean["input"]["displayName"], "CC");
        assert!(!clean.to_string().contains("sk-ant"));
        assert!(!is_secret("keepData"));
    }
}
