//! Connecting a tool to a fake vendor the way a person does: the real `connectIntegration`
//! mutation, which verifies the key with the fake, stores it sealed and starts the backfill.

use ai_usage::domain::Provider;
use serde_json::json;

use super::{Account, TestApp};
use crate::fake_vendor::{FakeVendor, test_key};

const CONNECT: &str = "mutation($w: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $w, input: $input) { id }
}";

/// The GitHub organization every Copilot test integration reads.
pub const COPILOT_ORG: &str = "acme";

impl TestApp {
    /// `owner` connects `provider` in `workspace_id` to `fake` (named after the provider, with the
    /// provider's test key; Copilot for [`COPILOT_ORG`]) and gets the integration id. Panics
    /// with the response when the API refuses.
    pub async fn connect(
        &self,
        owner: &Account,
        workspace_id: i64,
        provider: Provider,
        fake: &FakeVendor,
    ) -> i64 {
        let mut input = json!({
            "provider": provider.as_str().to_uppercase(),
            "displayName": provider.as_str(),
            "apiKey": test_key(provider),
            "baseUrl": fake.base_url,
        });
        if provider == Provider::Copilot {
            input["organization"] = json!(COPILOT_ORG);
        }
        let response = self
            .gql_as(Some(&owner.token), CONNECT, json!({"w": workspace_id.to_string(), "input": input}))
            .await;
        response["data"]["connectIntegration"]["id"]
            .as_str()
            .and_then(|id| id.parse().ok())
            .unwrap_or_else(|| panic!("connecting {} failed: {response}", provider.as_str()))
    }
}
