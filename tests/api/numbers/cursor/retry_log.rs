//! The retry log tells the truth: a rate-limited attempt that will be retried is logged as a
//! retry, and only the request that gives up says so.

use std::io::Write;
use std::sync::{Arc, Mutex};

use ai_usage::providers::ProviderError;

use super::{DAILY, EVENTS, client, day};
use crate::fake_vendor::{FakeVendor, Reply, fixture_json};

/// Collects what the subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn lines(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().expect("lock")).lines().map(str::to_owned).collect()
    }
}

// Current-thread runtime: the thread-local subscriber sees every log line of the request.
#[tokio::test]
async fn retries_are_logged_as_retries_and_only_the_last_failure_as_final() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let fake = FakeVendor::start().await;
    let limited = fixture_json("cursor_errors.json")["429"].to_string();
    // Two 429s, then an answer: two retries, no failure.
    fake.once(DAILY, Reply::status(429, limited.clone()));
    fake.once(DAILY, Reply::status(429, limited.clone()));
    fake.once(DAILY, Reply::json(r#"{"data": [], "pagination": {"hasNextPage": false}}"#));
    fake.on(EVENTS, Reply::json(r#"{"usageEvents": []}"#));
    client(&fake.base_url, None).fetch_day(day("2026-05-01")).await.expect("read after two retries");

    let lines = captured.lines();
    let retries: Vec<_> = lines.iter().filter(|l| l.contains("retrying")).collect();
    assert_eq!(retries.len(), 2, "{lines:#?}");
    assert!(
        retries[0].contains("rate limited by the vendor") && retries[0].contains("retry=1"),
        "{}",
        retries[0]
    );
    assert!(retries[1].contains("retry=2"), "{}", retries[1]);
    // Nothing claims the retries are used up while they are not.
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("exhausted") || l.contains("every attempt") || l.contains("giving up")),
        "{lines:#?}"
    );

    // Rate limited on every attempt (1 + 3 retries): three retry lines, then one final line.
    fake.on(DAILY, Reply::status(429, limited));
    let error = client(&fake.base_url, None).fetch_day(day("2026-05-02")).await.expect_err("limited");
    assert_eq!(error, ProviderError::RateLimited);
    let lines: Vec<_> = captured.lines().into_iter().skip(lines.len()).collect();
    assert_eq!(lines.iter().filter(|l| l.contains("retrying")).count(), 3, "{lines:#?}");
    let last = lines.iter().rfind(|l| l.contains("WARN") || l.contains("DEBUG")).expect("a final line");
    assert!(last.contains("giving up after every retry") && last.contains("attempts=4"), "{last}");
}
