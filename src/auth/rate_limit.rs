//! Attempt limits for log-in and sign-up, in bounded memory.
//!
//! Every limit is a [`WindowCounter`]: at most `limit` attempts per key in a window of `period`
//! that opens at the key's first attempt. Keys are normalised (emails trimmed, lower-cased and cut
//! to [`MAX_KEY_BYTES`]; IPv6 addresses counted per /64, IPv4-mapped ones as IPv4) and stored only
//! as a 64-bit hash under a per-process random key, so an entry has a fixed size whatever a client
//! sends. Entries live in two generations; the current one rolls over after `period` or when it
//! holds half the capacity, so a key is forgotten after at most two periods and a counter never
//! holds more than its capacity, however many distinct keys arrive.
//!
//! Log-in (see [`LoginLimiter`]): 20 attempts a minute per address, 5 a minute per account and
//! address; after 10 failed attempts on an account within 15 minutes (from anywhere) the account is
//! in backoff, and each address may then try it once per 15 minutes. An attacker can therefore slow
//! down guessing at an account but cannot lock its owner out: the owner's address still gets its
//! attempt, and backoff ends 15 minutes after the failures stop.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, RandomState};
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Longer keys are cut here (no valid email is longer).
pub const MAX_KEY_BYTES: usize = 254;

/// Entries one counter keeps at most (a few MB for all of a limiter's counters together).
pub const COUNTER_CAPACITY: usize = 100_000;

/// Fixed-window attempt counts per key, bounded in entries (see the module doc).
pub struct WindowCounter {
    limit: u32,
    period: Duration,
    capacity: usize,
    state: Mutex<Generations>,
}

struct Generations {
    started: Instant,
    current: HashMap<u64, Window>,
    previous: HashMap<u64, Window>,
}

#[derive(Clone, Copy)]
struct Window {
    opened: Instant,
    count: u32,
}

impl WindowCounter {
    /// At most `limit` attempts per key per `period`, keeping at most `capacity` keys.
    pub fn new(limit: u32, period: Duration, capacity: usize) -> Self {
        let state =
            Generations { started: Instant::now(), current: HashMap::new(), previous: HashMap::new() };
        Self { limit, period, capacity: capacity.max(2), state: Mutex::new(state) }
    }

    /// Counts one attempt for `key` at `now`; false when the key's window is already full.
    pub fn hit(&self, key: u64, now: Instant) -> bool {
        self.update(key, now, true) <= self.limit
    }

    /// The attempts counted for `key` in its open window, without counting one.
    pub fn count(&self, key: u64, now: Instant) -> u32 {
        self.update(key, now, false)
    }

    /// How many keys the counter holds now.
    pub fn len(&self) -> usize {
        let state = self.state.lock().unwrap_or_else(|poison| poison.into_inner());
        state.current.len() + state.previous.len()
    }

    /// True when no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn update(&self, key: u64, now: Instant, add: bool) -> u32 {
        let mut state = self.state.lock().unwrap_or_else(|poison| poison.into_inner());
        let half = self.capacity / 2;
        if now.saturating_duration_since(state.started) >= self.period || state.current.len() >= half {
            state.previous = std::mem::take(&mut state.current);
            state.started = now;
        }
        let found = state.current.get(&key).copied().or_else(|| state.previous.remove(&key));
        let mut window = match found {
            Some(w) if now.saturating_duration_since(w.opened) < self.period => w,
            _ => Window { opened: now, count: 0 },
        };
        if !add {
            return if found.is_some() && window.count > 0 {
                state.current.insert(key, window);
                window.count
            } else {
                0
            };
        }
        window.count = window.count.saturating_add(1);
        state.current.insert(key, window);
        window.count
    }
}

/// An address as the limits count it: IPv6 per /64 (one host usually holds a whole /64), IPv4
/// (also when mapped into IPv6) as itself.
pub fn address_key(ip: Option<IpAddr>) -> Option<IpAddr> {
    match ip? {
        IpAddr::V6(v6) => Some(match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        }),
        v4 => Some(v4),
    }
}

/// An email as the limits count it: trimmed, lower-cased, at most [`MAX_KEY_BYTES`].
pub fn email_key(email: &str) -> String {
    let mut email = email.trim().to_lowercase();
    if email.len() > MAX_KEY_BYTES {
        let mut cut = MAX_KEY_BYTES;
        while !email.is_char_boundary(cut) {
            cut -= 1;
        }
        email.truncate(cut);
    }
    email
}

/// Log-in attempts per address, per account and address, and the per-account backoff.
#[derive(Clone)]
pub struct LoginLimiter {
    inner: Arc<LoginLimits>,
}

struct LoginLimits {
    hasher: RandomState,
    per_address: WindowCounter,
    per_account_address: WindowCounter,
    account_failures: WindowCounter,
    in_backoff: WindowCounter,
}

/// Attempts a minute from one address, whichever accounts.
const LOGIN_PER_ADDRESS_PER_MINUTE: u32 = 20;
/// Attempts a minute on one account from one address.
const LOGIN_PER_ACCOUNT_ADDRESS_PER_MINUTE: u32 = 5;
/// Failures on one account, from anywhere, that start its backoff.
const BACKOFF_AFTER_FAILURES: u32 = 10;
/// How long failures count towards backoff, and how long an address then waits between attempts.
const BACKOFF_PERIOD: Duration = Duration::from_secs(15 * 60);

impl LoginLimiter {
    /// Limits with empty counters.
    pub fn new() -> Self {
        let minute = Duration::from_secs(60);
        let counter = |limit, period| WindowCounter::new(limit, period, COUNTER_CAPACITY);
        Self {
            inner: Arc::new(LoginLimits {
                hasher: RandomState::new(),
                per_address: counter(LOGIN_PER_ADDRESS_PER_MINUTE, minute),
                per_account_address: counter(LOGIN_PER_ACCOUNT_ADDRESS_PER_MINUTE, minute),
                account_failures: counter(u32::MAX, BACKOFF_PERIOD),
                in_backoff: counter(1, BACKOFF_PERIOD),
            }),
        }
    }

    /// Counts one attempt; false when a limit refuses it (then nothing else is checked).
    pub fn check(&self, email: &str, ip: Option<IpAddr>) -> bool {
        self.check_at(email, ip, Instant::now())
    }

    /// [`check`](Self::check) at a given instant (tests drive time with it).
    pub fn check_at(&self, email: &str, ip: Option<IpAddr>, now: Instant) -> bool {
        let limits = &self.inner;
        let (account, address) = (email_key(email), address_key(ip));
        if !limits.per_address.hit(limits.key(&("address", address)), now) {
            return false;
        }
        let pair = limits.key(&("pair", &account, address));
        if !limits.per_account_address.hit(pair, now) {
            return false;
        }
        let failures = limits.account_failures.count(limits.key(&("account", &account)), now);
        failures < BACKOFF_AFTER_FAILURES || limits.in_backoff.hit(pair, now)
    }

    /// Notes a failed attempt on `email` (towards the account's backoff).
    pub fn record_failure(&self, email: &str) {
        self.record_failure_at(email, Instant::now());
    }

    /// [`record_failure`](Self::record_failure) at a given instant.
    pub fn record_failure_at(&self, email: &str, now: Instant) {
        let limits = &self.inner;
        limits.account_failures.hit(limits.key(&("account", &email_key(email))), now);
    }

    /// Keys held over all counters; never more than [`LoginLimiter::MAX_ENTRIES`].
    pub fn entry_count(&self) -> usize {
        let l = &self.inner;
        l.per_address.len() + l.per_account_address.len() + l.account_failures.len() + l.in_backoff.len()
    }

    /// The most keys the limiter can hold.
    pub const MAX_ENTRIES: usize = 4 * COUNTER_CAPACITY;
}

impl LoginLimits {
    fn key(&self, value: &impl Hash) -> u64 {
        self.hasher.hash_one(value)
    }
}

impl Default for LoginLimiter {
    fn default() -> Self {
        Self::new()
    }
}

/// Sign-up attempts per address: 30 per 10 minutes. Counted before any other check, so a flood of
/// sign-ups costs the server neither a hash nor a database write.
#[derive(Clone)]
pub struct SignupLimiter {
    hasher: RandomState,
    per_address: Arc<WindowCounter>,
}

/// Sign-up attempts per address per [`SIGNUP_PERIOD`].
pub const SIGNUP_PER_ADDRESS: u32 = 30;
/// The window of [`SIGNUP_PER_ADDRESS`].
pub const SIGNUP_PERIOD: Duration = Duration::from_secs(10 * 60);

impl SignupLimiter {
    /// A limit with an empty counter.
    pub fn new() -> Self {
        Self {
            hasher: RandomState::new(),
            per_address: Arc::new(WindowCounter::new(SIGNUP_PER_ADDRESS, SIGNUP_PERIOD, COUNTER_CAPACITY)),
        }
    }

    /// Counts one sign-up attempt from `ip`; false when the address has used its allowance.
    pub fn check(&self, ip: Option<IpAddr>) -> bool {
        self.per_address.hit(self.hasher.hash_one(address_key(ip)), Instant::now())
    }
}

impl Default for SignupLimiter {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_counts_then_expires() {
        let counter = WindowCounter::new(2, Duration::from_secs(60), 100);
        let t0 = Instant::now();
        assert!(counter.hit(1, t0));
        assert!(counter.hit(1, t0));
        assert!(!counter.hit(1, t0 + Duration::from_secs(59)));
        assert!(counter.hit(1, t0 + Duration::from_secs(61)));
    }

    #[test]
    fn ipv6_counts_per_slash_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        assert_eq!(address_key(Some(a)), address_key(Some(b)));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(address_key(Some(mapped)), Some("192.0.2.1".parse().unwrap()));
    }
}
