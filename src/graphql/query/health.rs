//! `health` and `version`: answers that need no account and touch no database.

use async_graphql::Object;

#[derive(Default)]
pub struct HealthQuery;

#[Object]
impl HealthQuery {
    /// `"ok"` while the service answers. Database reachability is reported by `GET /readyz`.
    async fn health(&self) -> &'static str {
        "ok"
    }

    /// The version of the running ai-usage build.
    async fn version(&self) -> &'static str {
        env!("CARGO_PKG_VERSION")
    }
}
