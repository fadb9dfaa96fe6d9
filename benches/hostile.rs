//! What hostile documents cost the real server (issue #10): per class (nesting, fragments,
//! aliases), the worst rejected document and the most expensive accepted one, sent to the release
//! binary as a child process. Prints per document: server CPU per request (utime + stime of the
//! child from `/proc/PID/stat` over N sequential requests), peak RSS (`VmHWM`, reset before each
//! document through `/proc/PID/clear_refs`), answer bytes, and `/healthz` p99 while 2 clients send
//! the document in a loop.
//!
//! Targets: rejecting a 256 KiB hostile document ≤ 5 ms CPU; peak RSS ≤ 150 MB; `/healthz` p99
//! ≤ 20 ms. Run: `cargo bench --bench hostile`.
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

#[path = "../tests/api/hardening/documents/families.rs"]
#[expect(dead_code, reason = "shared with the tests, which use more of it")]
mod families;
#[path = "../tests/api/hardening/documents/server.rs"]
#[expect(dead_code, reason = "shared with the tests, which use more of it")]
mod server;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use server::{Server, code, proc_status_kib};

/// Sequential requests per document for the CPU figure (clock ticks are 10 ms, so many).
const CPU_REQUESTS: usize = 100;
/// How long 2 clients hammer the server while `/healthz` is timed.
const LOAD: Duration = Duration::from_secs(4);

struct Case {
    class: &'static str,
    what: String,
    query: String,
    /// Expected to be refused by our limits.
    refused: bool,
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    // Nesting. Worst rejected: 256 KiB whose last bytes nest too deep, so the scan reads it all.
    let padding = "x".repeat(250 * 1024);
    cases.push(Case {
        class: "nesting",
        what: "256 KiB, nested 1,540 deep at the end".into(),
        query: format!(
            "{{ health(s: \"{padding}\", x: {}) }}",
            families::nested_value(families::Kind::List, 1_540)
        ),
        refused: true,
    });
    cases.push(Case {
        class: "nesting",
        what: "234 KiB, 20,001 tokens".into(),
        query: format!("{{ health(x: [{}]) }}", "12345678901 ".repeat(20_001)),
        refused: true,
    });
    // Most expensive accepted: 31 deep holding nearly all the tokens allowed (the parser reads
    // it all; validation then refuses the unknown argument).
    let inner = "12345678901 ".repeat(9_900);
    cases.push(Case {
        class: "nesting",
        what: "116 KiB, 32 deep, 9,900 tokens (passes the limits)".into(),
        query: format!("{{ health(x: {}{inner}{}) }}", "[".repeat(30), "]".repeat(30)),
        refused: false,
    });
    // Fragments.
    cases.push(Case {
        class: "fragments",
        what: "each spreads the next twice, n = 30".into(),
        query: families::fragment_dag(2, 30),
        refused: true,
    });
    cases.push(Case {
        class: "fragments",
        what: "width 64, 15 deep".into(),
        query: families::fragment_dag(64, 15),
        refused: true,
    });
    cases.push(Case {
        class: "fragments",
        what: "width 31, 2 deep: 993 fields expanded".into(),
        query: families::fragment_dag(31, 2),
        refused: false,
    });
    // Aliases.
    let three_years = "{from: \"2022-01-01\", to: \"2024-12-31\"}";
    let series = format!(
        "usageSeries(workspaceId: $ws, range: {three_years}, granularity: DAY, metrics: [INTERACTIONS]) {{ lines {{ points {{ start values }} }} }}"
    );
    cases.push(Case {
        class: "aliases",
        what: "1,000 × 3-year daily usageSeries".into(),
        query: families::aliases(&series, 1_000),
        refused: true,
    });
    let metrics = "[INTERACTIONS, SESSIONS, INPUT_TOKENS, OUTPUT_TOKENS, CACHE_READ_TOKENS, CACHE_WRITE_TOKENS, \
                   TOTAL_TOKENS, COST_MILLICENTS, LINES_ADDED, LINES_REMOVED, LINES_ACCEPTED, SUGGESTIONS_SHOWN, \
                   SUGGESTIONS_ACCEPTED, TOOL_ACCEPTED, TOOL_REJECTED, COMMITS, PULL_REQUESTS, ACTIVE_USERS]";
    let full_series = format!(
        "usageSeries(workspaceId: $ws, range: {three_years}, granularity: DAY, metrics: {metrics}, splitByProvider: true) {{ metrics lines {{ provider points {{ start end values }} }} }}"
    );
    let heatmap = format!(
        "activityHeatmap(workspaceId: $ws, range: {three_years}) {{ from to metric thresholds cells {{ day count level }} }}"
    );
    cases.push(Case {
        class: "aliases",
        what: "series × 18 metrics × 3 tools + 2 heatmaps, 3 years (cost 99,738)".into(),
        query: format!("query($ws: ID!) {{ s0: {full_series} h0: {heatmap} h1: {heatmap} }}"),
        refused: false,
    });
    cases.push(Case {
        class: "aliases",
        what: "11 × 3-year daily usageSeries, 4 metrics (cost 96,448)".into(),
        query: families::aliases(
            &format!("usageSeries(workspaceId: $ws, range: {three_years}, granularity: DAY, metrics: [INTERACTIONS, ACTIVE_USERS, COST_MILLICENTS, TOTAL_TOKENS]) {{ lines {{ points {{ start values }} }} }}"),
            11,
        ),
        refused: false,
    });
    cases
}

/// Server CPU time so far, in seconds (utime + stime, all threads).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    ticks / 100.0
}

async fn healthz_p99(server: &Server, token: &str, query: &str, vars: &Value) -> (Duration, Duration) {
    let stop = Arc::new(AtomicBool::new(false));
    let mut clients = Vec::new();
    for _ in 0..2 {
        let (http, url, stop) = (server.http.clone(), server.url("/graphql"), stop.clone());
        let body = json!({ "query": query, "variables": vars });
        let token = token.to_owned();
        clients.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                if let Ok(response) = http.post(&url).bearer_auth(&token).json(&body).send().await {
                    let _ = response.bytes().await;
                }
            }
        }));
    }
    let mut times = Vec::new();
    let started = Instant::now();
    while started.elapsed() < LOAD {
        let t = Instant::now();
        let ok = server.http.get(server.url("/healthz")).send().await.is_ok_and(|r| r.status().is_success());
        assert!(ok, "/healthz failed under load");
        times.push(t.elapsed());
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.unwrap();
    }
    times.sort();
    let p99 = times[(times.len() * 99 / 100).min(times.len() - 1)];
    (p99, *times.last().unwrap())
}

#[tokio::main]
async fn main() {
    let server = Server::start();
    let (token, ws) = server.sign_up("bench@example.com").await;
    let vars = json!({ "ws": ws });
    let pid = server.pid();
    println!(
        "{:<10} {:<68} {:>9} {:>12} {:>10} {:>11} {:>12} {:>10}",
        "class", "document", "doc KiB", "CPU ms/req", "peak MiB", "answer B", "healthz p99", "max"
    );
    for case in cases() {
        let (answer, bytes) = server.post(Some(&token), &case.query, vars.clone()).await;
        let refused = code(&answer) == "QUERY_TOO_COMPLEX";
        assert_eq!(refused, case.refused, "{}: {}", case.what, code(&answer));
        let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
        let before = cpu_seconds(pid);
        for _ in 0..CPU_REQUESTS {
            server.post(Some(&token), &case.query, vars.clone()).await;
        }
        let cpu_ms = (cpu_seconds(pid) - before) * 1000.0 / CPU_REQUESTS as f64;
        let (p99, max) = healthz_p99(&server, &token, &case.query, &vars).await;
        let peak = proc_status_kib(pid, "VmHWM:") as f64 / 1024.0;
        println!(
            "{:<10} {:<68} {:>9.1} {:>12.2} {:>10.1} {:>11} {:>9.1} ms {:>7.1} ms",
            case.class,
            case.what,
            case.query.len() as f64 / 1024.0,
            cpu_ms,
            peak,
            bytes,
            p99.as_secs_f64() * 1000.0,
            max.as_secs_f64() * 1000.0
        );
    }
    println!("RSS at the end: {:.1} MiB", server.rss_kib() as f64 / 1024.0);
}
