//! How many SQL statements each pool's connections started, for the tests and benchmarks that
//! check a query costs a bounded number of statements whatever the size of its answer. Compiled
//! in only with the `test-support` feature (which the crate's own dev-dependency on itself turns
//! on): a production connection carries no instrumentation at all.

#[cfg(feature = "test-support")]
use std::collections::HashMap;
#[cfg(feature = "test-support")]
use std::sync::atomic::{AtomicU64, Ordering};
#[cfg(feature = "test-support")]
use std::sync::{Arc, Mutex, OnceLock};

use diesel_async::AsyncConnection;

#[cfg(feature = "test-support")]
use super::pool::IDLE_PING;

/// The counter of one database (a URL, or a SQLite file path); nothing without `test-support`.
#[derive(Clone)]
pub(super) struct StatementCounter(#[cfg(feature = "test-support")] Arc<AtomicU64>);

impl StatementCounter {
    /// The counter shared by every pool opened on `key`.
    pub(super) fn for_key(key: &str) -> StatementCounter {
        #[cfg(feature = "test-support")]
        {
            StatementCounter(counter(key))
        }
        #[cfg(not(feature = "test-support"))]
        {
            let _ = key;
            StatementCounter()
        }
    }

    /// Makes `conn` count the statements it starts.
    pub(super) fn attach<C: AsyncConnection>(&self, conn: &mut C) {
        #[cfg(feature = "test-support")]
        {
            let counter = self.0.clone();
            conn.set_instrumentation(move |event: diesel::connection::InstrumentationEvent<'_>| {
                // The idle check's ping is the pool's, not the caller's: counting it made statement
                // counts depend on how long a connection happened to sit idle.
                if let diesel::connection::InstrumentationEvent::StartQuery { query, .. } = event
                    && !is_idle_ping(query)
                {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        #[cfg(not(feature = "test-support"))]
        let _ = conn;
    }
}

/// Statements started through pools opened on each URL (SQLite: on each file path).
#[cfg(feature = "test-support")]
static STATEMENTS: OnceLock<Mutex<HashMap<String, Arc<AtomicU64>>>> = OnceLock::new();

#[cfg(feature = "test-support")]
fn counter(key: &str) -> Arc<AtomicU64> {
    let mut counters = STATEMENTS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    counters.entry(key.to_owned()).or_default().clone()
}

/// How many SQL statements connections opened by [`super::Db::connect`] on `url` have started.
#[cfg(feature = "test-support")]
pub fn statements_executed(url: &str) -> u64 {
    let key = match super::pool::sqlite_path(url) {
        Ok(Some(path)) => path.to_string_lossy().into_owned(),
        _ => url.to_owned(),
    };
    counter(&key).load(Ordering::Relaxed)
}

/// Whether `query` is the idle check's ping, reading at most a few bytes of its text.
#[cfg(feature = "test-support")]
fn is_idle_ping(query: &dyn std::fmt::Display) -> bool {
    struct Prefix(String);
    impl std::fmt::Write for Prefix {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.push_str(s);
            if self.0.len() > IDLE_PING.len() { Err(std::fmt::Error) } else { Ok(()) }
        }
    }
    let mut text = Prefix(String::with_capacity(IDLE_PING.len() + 16));
    std::fmt::write(&mut text, format_args!("{query}")).is_ok() && text.0 == IDLE_PING
}
