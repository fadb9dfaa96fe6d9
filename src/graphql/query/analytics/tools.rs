//! The tools a query covers: the workspace's connected tools its filter keeps. A total is null for
//! a measure none of them reports (`domain::definitions`), a per-tool figure for a measure its
//! tool does not report.

use crate::domain::ProviderSet;
use crate::graphql::ApiError;
use crate::storage::analytics::Scope;
use crate::storage::{Db, integrations};

/// The providers of the scope's integrations (after its provider and integration filters).
pub async fn tools_in_scope(db: &Db, scope: &Scope) -> Result<ProviderSet, ApiError> {
    let all = integrations::list_for_workspace(db, scope.workspace_id).await.map_err(ApiError::from)?;
    Ok(all
        .iter()
        .filter(|i| scope.integration_ids.is_empty() || scope.integration_ids.contains(&i.id))
        .map(|i| i.provider)
        .filter(|p| scope.providers.is_empty() || scope.providers.contains(p))
        .collect())
}
