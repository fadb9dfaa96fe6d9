//! Shared reading of vendor JSON: failures name the provider, the day and the JSON path of the
//! field that could not be read, and absent or `null` counters read as 0.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use super::ProviderError;
use crate::domain::Provider;

/// Reads `body` as `T`, or fails with [`ProviderError::Malformed`] naming `what` and the field.
pub(crate) fn json<T: DeserializeOwned>(
    provider: Provider,
    day: NaiveDate,
    what: &str,
    body: &str,
) -> Result<T, ProviderError> {
    let mut de = serde_json::Deserializer::from_str(body);
    serde_path_to_error::deserialize(&mut de).map_err(|e| malformed(provider, day, what, &e))
}

/// Like [`json`], for a value already split out of a larger document (an NDJSON line).
pub(crate) fn value<T: DeserializeOwned>(
    provider: Provider,
    day: NaiveDate,
    what: &str,
    value: serde_json::Value,
) -> Result<T, ProviderError> {
    serde_path_to_error::deserialize(value).map_err(|e| malformed(provider, day, what, &e))
}

/// Like [`value`], for one element of a larger page: the field is named from `at` (e.g.
/// `data[3]`) so the message points into the page, and the error is dated `day`, the day the
/// element belongs to.
pub(crate) fn element<T: DeserializeOwned>(
    provider: Provider,
    day: NaiveDate,
    what: &str,
    at: &str,
    value: serde_json::Value,
) -> Result<T, ProviderError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { at.to_owned() } else { format!("{at}.{path}") };
        let detail = super::excerpt::excerpt(&format!("{what}: field `{field}`: {}", e.inner()), "");
        ProviderError::Malformed { provider, day, detail }
    })
}

fn malformed(
    provider: Provider,
    day: NaiveDate,
    what: &str,
    e: &serde_path_to_error::Error<serde_json::Error>,
) -> ProviderError {
    // serde's messages quote the offending value, which came from the vendor: keep an excerpt.
    let detail = super::excerpt::excerpt(&format!("{what}: field `{}`: {}", e.path(), e.inner()), "");
    ProviderError::Malformed { provider, day, detail }
}

/// A counter: absent (with `#[serde(default)]`) or `null` is 0; any other non-integer is an error.
pub(crate) fn count<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    Ok(Option::<i64>::deserialize(d)?.unwrap_or(0))
}
