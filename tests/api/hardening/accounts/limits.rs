//! Floods: a million distinct log-in keys, long emails, concurrent sign-ups, and an attacker who
//! tries to lock someone else out.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use ai_usage::auth::rate_limit::{LoginLimiter, SIGNUP_PER_ADDRESS};
use serde_json::json;

use super::child::Child;
use super::code;
use crate::common::{TestApp, TestDb};

fn address(i: u32) -> Option<IpAddr> {
    Some(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + i)))
}

/// The finding: every distinct email was kept forever. A million distinct emails from a million
/// addresses, each also failing: the limiter never holds more than its cap.
#[test]
fn a_million_distinct_emails_stay_within_the_cap() {
    let limiter = LoginLimiter::new();
    let now = Instant::now();
    for i in 0..1_000_000u32 {
        let email = format!("user{i}@example.com");
        limiter.check_at(&email, address(i), now);
        limiter.record_failure_at(&email, now);
        if i % 100_000 == 0 {
            assert!(limiter.entry_count() <= LoginLimiter::MAX_ENTRIES, "{} entries", limiter.entry_count());
        }
    }
    assert!(limiter.entry_count() <= LoginLimiter::MAX_ENTRIES, "{} entries", limiter.entry_count());
    // Limits still hold after the flood: a fresh pair gets five attempts a minute.
    let target = Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)));
    let allowed = (0..10).filter(|_| limiter.check_at("target@x.io", target, now)).count();
    assert_eq!(allowed, 5);
}

/// An attacker with many addresses cannot lock the owner out: after many failures the account is
/// in backoff, where every address still gets one attempt per 15 minutes, and the owner's
/// address (which never failed) gets its attempt.
#[test]
fn an_attacker_cannot_lock_the_owner_out() {
    let limiter = LoginLimiter::new();
    let t0 = Instant::now();
    for attacker in 0..50 {
        for _ in 0..5 {
            if limiter.check_at("victim@x.io", address(attacker), t0) {
                limiter.record_failure_at("victim@x.io", t0);
            }
        }
        // The sixth attempt from one address within the minute is refused.
        assert!(!limiter.check_at("victim@x.io", address(attacker), t0));
    }
    // In backoff: an attacker address that waited a minute gets one try, then none for 15 minutes.
    let later = t0 + Duration::from_secs(61);
    assert!(limiter.check_at("victim@x.io", address(0), later));
    assert!(!limiter.check_at("victim@x.io", address(0), later + Duration::from_secs(61)));
    // The owner, from their own address, still gets to log in.
    let owner = Some(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7)));
    assert!(limiter.check_at("victim@x.io", owner, later));
    // And the backoff ends once the failures are 15 minutes old.
    let after = t0 + Duration::from_secs(16 * 60);
    assert!((0..5).all(|_| limiter.check_at("victim@x.io", address(0), after)));
}

/// Sign-up is limited per address before anything else runs (these are cheap attempts: a short
/// password would be refused anyway, so the limit is what answers the last one).
async fn sign_up_is_limited_per_address(backend: &str) {
    let app = TestApp::spawn(backend).await;
    let attempt = |i: u32| {
        app.gql(
            "mutation($e: String!) { signUp(email: $e, password: \"short\") { token } }",
            json!({ "e": format!("u{i}@x.io") }),
        )
    };
    for i in 0..SIGNUP_PER_ADDRESS {
        assert_eq!(code(&attempt(i).await), "BAD_USER_INPUT");
    }
    assert_eq!(code(&attempt(SIGNUP_PER_ADDRESS).await), "RATE_LIMITED");
}

crate::on_both_backends!(sign_up_is_limited_per_address);

/// A few hundred log-ins with distinct 200 KiB emails: memory stays flat (it grew 60 MB per 300
/// requests before), answers are clear, `/healthz` answers throughout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_distinct_emails_do_not_grow_memory() {
    let db = TestDb::sqlite().await;
    let child = Child::start(&db, "open").await;
    let baseline = child.memory_kib("VmRSS");
    for i in 0..300 {
        let email = format!("{i}{}@x.io", "a".repeat(200 * 1024));
        let answer = child
            .gql(
                None,
                "mutation($e: String!) { logIn(email: $e, password: \"whatever-whatever\") { token } }",
                json!({ "e": email }),
            )
            .await;
        assert!(
            matches!(code(&answer), "UNAUTHENTICATED" | "RATE_LIMITED"),
            "{}",
            &answer.to_string()[..200]
        );
        if i % 100 == 0 {
            assert!(child.healthy().await);
        }
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = child.memory_kib("VmRSS");
    eprintln!("300 log-ins with 200 KiB emails: RSS {baseline} -> {after} KiB");
    assert!(after <= baseline + 30 * 1024, "RSS {baseline} KiB -> {after} KiB");
}

/// Sixty concurrent anonymous sign-ups: Argon2 runs a few at a time, so peak memory stays far
/// below sixty hashes' worth (RSS went 19 MB -> 844 MB before), and each answer is a session or
/// `RATE_LIMITED`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_sign_ups_hash_a_few_at_a_time() {
    let db = TestDb::sqlite().await;
    let child = Child::start(&db, "open").await;
    let (baseline, baseline_rss) = (child.memory_kib("VmHWM"), child.memory_kib("VmRSS"));
    let attempts = (0..60).map(|i| {
        let child = &child;
        async move {
            child
                .gql(
                    None,
                    "mutation($e: String!) { signUp(email: $e, password: \"correct horse battery\") { token } }",
                    json!({ "e": format!("flood{i}@x.io") }),
                )
                .await
        }
    });
    let (answers, healthy) = tokio::join!(futures_util::future::join_all(attempts), child.healthy());
    assert!(healthy, "/healthz did not answer during the flood");
    for answer in &answers {
        assert!(answer["data"]["signUp"]["token"].is_string() || code(answer) == "RATE_LIMITED", "{answer}");
    }
    let peak = child.memory_kib("VmHWM");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = child.memory_kib("VmRSS");
    let limited = answers.iter().filter(|a| code(a) == "RATE_LIMITED").count();
    eprintln!(
        "60 sign-ups: {limited} RATE_LIMITED; peak RSS {baseline} -> {peak} KiB; RSS {baseline_rss} -> {after} KiB"
    );
    assert!(peak <= baseline + 150 * 1024, "peak RSS {baseline} KiB -> {peak} KiB");
    assert!(after <= baseline_rss + 30 * 1024, "RSS {baseline_rss} KiB -> {after} KiB");
}
