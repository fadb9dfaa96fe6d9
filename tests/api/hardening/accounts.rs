//! Hostile account flows (issue #10): sign-up bypasses, invitations used for another address,
//! floods of log-ins and sign-ups, lock-outs, first-run setup, and credentials that must die.

mod child;
mod invites;
mod limits;
mod own_rows;
mod passwords;
mod sessions;
mod signup;

use serde_json::Value;

/// The password every account of these tests has.
const PASSWORD: &str = "correct horse battery";

/// The `extensions.code` of a response's first error.
fn code(response: &Value) -> &str {
    response["errors"][0]["extensions"]["code"].as_str().unwrap_or("<no error code>")
}
