//! The Copilot usage-metrics report files as GitHub writes them (github-copilot.md §2.4–2.7).
//!
//! Files are read as a stream of JSON values, which accepts NDJSON (the real format), a JSON
//! array (the docs' example) and a single object alike; blank lines are skipped. Every field
//! but `user_id` is optional, and unknown fields are ignored, because the schema keeps growing.

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::domain::Provider;
use crate::providers::{ProviderError, parse, parse::count};

/// The answer of a `*-1-day` report endpoint.
#[derive(Debug, Deserialize)]
pub(super) struct ReportLinks {
    pub download_links: Vec<String>,
}

/// The counters every level of a user record repeats.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Counters {
    pub user_initiated_interaction_count: i64,
    pub code_generation_activity_count: i64,
    pub code_acceptance_activity_count: i64,
    pub loc_suggested_to_add_sum: i64,
    pub loc_added_sum: i64,
    pub loc_deleted_sum: i64,
}

/// A record type carrying the [`Counters`] fields inline. Written out rather than
/// `#[serde(flatten)]`, because flattening hides the path of a bad field from error messages.
macro_rules! with_counters {
    ($(#[$meta:meta])* $name:ident { $($(#[$field_meta:meta])* $field:ident: $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize)]
        pub(super) struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
            #[serde(default, deserialize_with = "count")]
            user_initiated_interaction_count: i64,
            #[serde(default, deserialize_with = "count")]
            code_generation_activity_count: i64,
            #[serde(default, deserialize_with = "count")]
            code_acceptance_activity_count: i64,
            #[serde(default, deserialize_with = "count")]
            loc_suggested_to_add_sum: i64,
            #[serde(default, deserialize_with = "count")]
            loc_added_sum: i64,
            #[serde(default, deserialize_with = "count")]
            loc_deleted_sum: i64,
        }

        impl $name {
            pub fn counters(&self) -> Counters {
                Counters {
                    user_initiated_interaction_count: self.user_initiated_interaction_count,
                    code_generation_activity_count: self.code_generation_activity_count,
                    code_acceptance_activity_count: self.code_acceptance_activity_count,
                    loc_suggested_to_add_sum: self.loc_suggested_to_add_sum,
                    loc_added_sum: self.loc_added_sum,
                    loc_deleted_sum: self.loc_deleted_sum,
                }
            }
        }
    };
}

with_counters!(
    /// One line of a `users-1-day` file: one user's day.
    UserRecord {
        day: Option<String>,
        user_id: i64,
        user_login: Option<String>,
        #[serde(default)]
        totals_by_ide: Option<Vec<ByIde>>,
        #[serde(default)]
        totals_by_feature: Option<Vec<ByFeature>>,
        #[serde(default)]
        totals_by_language_feature: Option<Vec<ByLanguage>>,
        #[serde(default)]
        totals_by_model_feature: Option<Vec<ByModel>>,
        /// Omitted when the user did not use the CLI that day.
        #[serde(default)]
        totals_by_cli: Option<CliTotals>,
        #[serde(default, rename = "totals_by_3rd_party_agent")]
        totals_by_third_party_agent: Option<Vec<ThirdPartyAgent>>,
    }
);
with_counters!(ByIde { ide: String });
with_counters!(ByFeature { feature: String });
with_counters!(ByLanguage { language: String, feature: Option<String> });
with_counters!(ByModel { model: String, feature: Option<String> });

#[derive(Debug, Default, Deserialize)]
pub(super) struct CliTotals {
    #[serde(default, deserialize_with = "count")]
    pub session_count: i64,
    #[serde(default)]
    pub token_usage: Option<CliTokens>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct CliTokens {
    #[serde(default, deserialize_with = "count")]
    pub prompt_tokens_sum: i64,
    #[serde(default, deserialize_with = "count")]
    pub output_tokens_sum: i64,
}

#[derive(Debug, Deserialize)]
pub(super) struct ThirdPartyAgent {
    #[serde(default, deserialize_with = "count")]
    pub session_count: i64,
}

/// One line of a `user-teams-1-day` file: one (user, team) pair.
#[derive(Debug, Deserialize)]
pub(super) struct TeamMembership {
    pub day: Option<String>,
    pub user_id: i64,
    pub slug: String,
}

/// Reads every record of one downloaded file. `what` names the file in error messages.
pub(super) fn records<T: DeserializeOwned>(
    day: NaiveDate,
    what: &str,
    body: &str,
) -> Result<Vec<T>, ProviderError> {
    let mut out = Vec::new();
    let stream = serde_json::Deserializer::from_str(body).into_iter::<serde_json::Value>();
    for (index, value) in stream.enumerate() {
        let value = value.map_err(|e| ProviderError::Malformed {
            provider: Provider::Copilot,
            day,
            detail: format!("{what}: record {}: not JSON ({e})", index + 1),
        })?;
        let items = match value {
            serde_json::Value::Array(items) => items,
            other => vec![other],
        };
        for item in items {
            let label = format!("{what} record {}", out.len() + 1);
            let record: T = parse::value(Provider::Copilot, day, &label, item)?;
            out.push(record);
        }
    }
    Ok(out)
}

/// A record's own `day`, when present, must be the day asked for.
pub(super) fn check_day(day: NaiveDate, what: &str, record_day: Option<&str>) -> Result<(), ProviderError> {
    match record_day {
        Some(d) if d != day.format("%Y-%m-%d").to_string() => Err(ProviderError::Malformed {
            provider: Provider::Copilot,
            day,
            detail: format!("{what}: field `day`: record is for {d}, not the day asked for"),
        }),
        _ => Ok(()),
    }
}
