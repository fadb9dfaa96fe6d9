//! Log-in attempt limits per account and per client IP, with `governor`'s GCRA limiters.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Attempts per minute for one account, whoever tries.
const PER_ACCOUNT_PER_MINUTE: u32 = 5;
/// Attempts per minute from one address, whichever account.
const PER_IP_PER_MINUTE: u32 = 20;

#[derive(Clone)]
pub struct LoginLimiter {
    per_account: Arc<DefaultKeyedRateLimiter<String>>,
    per_ip: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

impl LoginLimiter {
    pub fn new() -> Self {
        let quota = |n: u32| Quota::per_minute(NonZeroU32::new(n).expect("non-zero quota"));
        Self {
            per_account: Arc::new(RateLimiter::keyed(quota(PER_ACCOUNT_PER_MINUTE))),
            per_ip: Arc::new(RateLimiter::keyed(quota(PER_IP_PER_MINUTE))),
        }
    }

    /// Counts one attempt; false when either limit is exhausted.
    pub fn check(&self, email: &str, ip: Option<IpAddr>) -> bool {
        let ip_ok = ip.is_none_or(|ip| self.per_ip.check_key(&ip).is_ok());
        let account_ok = self.per_account.check_key(&email.to_lowercase()).is_ok();
        ip_ok && account_ok
    }
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}
