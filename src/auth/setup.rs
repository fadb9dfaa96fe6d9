//! First-run setup: who may create the first account, which becomes the instance admin.
//!
//! A process makes one random setup code when it starts and logs it (`tracing::info!`) while no
//! account exists. Creating the first account needs that code (`signUp(setupCode: …)`) unless the
//! request comes from a loopback address, where the operator already is. A visitor who reaches a
//! freshly started public instance therefore cannot make themselves its admin. After the first
//! account exists the code is never needed again.

use std::net::IpAddr;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// This process's one-time setup code.
#[derive(Clone)]
pub struct SetupCode(Arc<str>);

impl SetupCode {
    /// A fresh code: 120 random bits, URL-safe.
    pub fn generate() -> Self {
        let bytes: [u8; 15] = rand::random();
        SetupCode(URL_SAFE_NO_PAD.encode(bytes).into())
    }

    /// The code, for the log line.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `given` is this code (compared through hashes, so timing tells nothing).
    pub fn matches(&self, given: &str) -> bool {
        Sha256::digest(given.trim().as_bytes()) == Sha256::digest(self.0.as_bytes())
    }
}

impl std::fmt::Debug for SetupCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SetupCode(..)")
    }
}

/// Whether a request from `ip` needs the setup code to create the first account: every request
/// not known to come from a loopback address.
pub fn code_required(ip: Option<IpAddr>) -> bool {
    let loopback = ip.is_some_and(|ip| match ip {
        IpAddr::V6(v6) => v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
        IpAddr::V4(v4) => v4.is_loopback(),
    });
    !loopback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_only_themselves_and_loopback_needs_none() {
        let code = SetupCode::generate();
        assert!(code.matches(code.as_str()));
        assert!(!code.matches("guess"));
        assert!(!code_required(Some("127.0.0.1".parse().unwrap())));
        assert!(!code_required(Some("::1".parse().unwrap())));
        assert!(!code_required(Some("::ffff:127.0.0.1".parse().unwrap())));
        assert!(code_required(Some("192.0.2.7".parse().unwrap())));
        assert!(code_required(None));
    }
}
