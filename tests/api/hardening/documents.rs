//! Hostile documents (issue #10, findings 1–3) against the real binary: values nested past the
//! parser's stack, fragments that double at every level, aliases that multiply the answer. Each
//! is refused with `extensions.code = QUERY_TOO_COMPLEX` (a fragment cycle:
//! `GRAPHQL_VALIDATION_FAILED`) while `/healthz` keeps answering and memory comes back.

mod families;
mod server;

use std::time::{Duration, Instant};

use serde_json::json;

use crate::common::ws::GqlSocket;
use families::{KINDS, Kind, POSITIONS, Position};
use server::{Server, code};

const TOO_COMPLEX: &str = "QUERY_TOO_COMPLEX";
const VALIDATION_FAILED: &str = "GRAPHQL_VALIDATION_FAILED";
/// The documented bound: the most expensive accepted document answers in at most this many bytes.
const MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;
const THREE_YEARS: &str = "{from: \"2022-01-01\", to: \"2024-12-31\"}";

/// A few ordinary requests, so the baseline includes what the first requests allocate for good.
async fn warm_up(server: &Server) -> u64 {
    for _ in 0..5 {
        let (answer, _) = server.post(None, "{ health version }", json!({})).await;
        assert_eq!(answer["data"]["health"], "ok", "{answer}");
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.rss_kib()
}

#[tokio::test(flavor = "multi_thread")]
async fn values_nested_past_the_parsers_stack_are_refused_on_every_transport() {
    let mut server = Server::start();
    let (token, _) = server.sign_up("owner@example.com").await;
    let baseline = warm_up(&server).await;
    let health = server.poll_health();

    // The reported inputs: 1,540 deep in an argument (POST and GET) and in a variable's default.
    let deep = families::nested_value(Kind::List, 1_540);
    for position in [Position::FieldArgument, Position::VariableDefault] {
        let doc = families::document(position, &deep);
        let (answer, _) = server.post(None, &doc, json!({})).await;
        assert_eq!(code(&answer), TOO_COMPLEX, "POST {position:?}");
        assert!(answer["errors"][0]["message"].as_str().unwrap().contains("nests brackets"), "{answer}");
        assert_eq!(code(&server.get(&doc).await), TOO_COMPLEX, "GET {position:?}");
    }
    // And a WebSocket subscription, on both protocols.
    for protocol in ["graphql-transport-ws", "graphql-ws"] {
        let mut socket = GqlSocket::connect(server.addr, protocol, Some(&token)).await.expect("connected");
        let doc = format!("subscription {{ syncProgress(workspaceId: \"1\", x: {deep}) {{ kind }} }}");
        socket.subscribe("1", &doc, json!({})).await;
        let message = socket.next().await.expect("an answer, not a closed socket");
        // graphql-transport-ws refuses an operation with `error` (its payload the errors), the
        // legacy protocol with a `data` result carrying only errors.
        let errors = match message["type"].as_str() {
            Some("error") => json!({ "errors": message["payload"] }),
            Some("data") => message["payload"].clone(),
            _ => panic!("{protocol}: {message}"),
        };
        assert_eq!(code(&errors), TOO_COMPLEX, "{protocol}");
    }

    // The family: every value kind, in every position, at many depths. Within the bound the
    // answer is an ordinary coded error (the argument does not exist, the type does not match).
    for kind in KINDS {
        for position in POSITIONS {
            for depth in [1, 5, 20, 33, 64, 500, 1_540, 10_000, 40_000] {
                let doc = families::document(position, &families::nested_value(kind, depth));
                let (answer, _) = server.post(None, &doc, json!({})).await;
                let got = code(&answer);
                if depth > 32 {
                    assert_eq!(got, TOO_COMPLEX, "{kind:?} {position:?} {depth}");
                } else {
                    let answered = answer.get("errors").is_none() && answer["data"].is_object();
                    let refused = !got.starts_with("no code") && got != "INTERNAL";
                    assert!(answered || refused, "{kind:?} {position:?} {depth}: {got}");
                }
            }
        }
    }
    health.finish().await;
    server.assert_recovered(baseline).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn fragments_are_sized_once_however_far_they_expand() {
    let mut server = Server::start();
    let baseline = warm_up(&server).await;
    let health = server.poll_health();

    // The reported input: each fragment spreads the next twice, n = 24 to 30.
    for n in 24..=30 {
        let started = Instant::now();
        let (answer, _) = server.post(None, &families::fragment_dag(2, n), json!({})).await;
        assert_eq!(code(&answer), TOO_COMPLEX, "n = {n}");
        assert!(started.elapsed() < Duration::from_secs(10), "n = {n} took {:?}", started.elapsed());
    }
    // The family: DAGs of many widths and depths. Accepted when the chain of fragments is at
    // most 16 long and the expansion at most 1,000 fields; refused otherwise.
    for width in [1, 2, 3, 8, 64] {
        for depth in [1, 4, 6, 8, 12, 15, 16, 24, 30, 100] {
            let (answer, _) = server.post(None, &families::fragment_dag(width, depth), json!({})).await;
            let accepted = depth < 16 && families::fragment_dag_fields(width, depth) <= 1_000;
            if accepted {
                assert_eq!(answer["data"]["health"], "ok", "width {width}, depth {depth}: {answer}");
            } else {
                assert_eq!(code(&answer), TOO_COMPLEX, "width {width}, depth {depth}");
            }
        }
    }
    // Cycles, direct and through another fragment, used or not.
    for doc in [
        "{ ...A } fragment A on QueryRoot { health ...B } fragment B on QueryRoot { ...A }",
        "{ ...A } fragment A on QueryRoot { ...A }",
        "{ health } fragment U on QueryRoot { ...U }",
    ] {
        let (answer, _) = server.post(None, doc, json!({})).await;
        assert_eq!(code(&answer), VALIDATION_FAILED, "{doc}");
        assert!(answer["errors"][0]["message"].as_str().unwrap().contains("spreads itself"), "{answer}");
    }
    health.finish().await;
    server.assert_recovered(baseline).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn introspection_passes_and_cyclic_introspection_does_not() {
    let server = Server::start();
    let standard = include_str!("../../fixtures/introspection_query.graphql");
    let (answer, _) = server.post(None, standard, json!({})).await;
    assert!(answer.get("errors").is_none(), "{}", answer.to_string().chars().take(500).collect::<String>());
    assert_eq!(answer["data"]["__schema"]["queryType"]["name"], "QueryRoot");

    // Deep through __type's cycle: refused by the introspection depth bound, whether the
    // levels are written out (16 deep) or come from fragments (40 deep); written out 40 deep it
    // is refused before parsing.
    let levels = |n: usize| ("fields { type { ".repeat(n / 2), "} } ".repeat(n / 2));
    let (open, close) = levels(16);
    let inline = format!("{{ __type(name: \"QueryRoot\") {{ {open} name {close} }} }}");
    let (open, close) = levels(10);
    let through_fragments = format!(
        "{{ __type(name: \"QueryRoot\") {{ ...T0 }} }} {} fragment T4 on __Type {{ name }}",
        (0..4)
            .map(|i| format!("fragment T{i} on __Type {{ {open} ...T{} {close} }}", i + 1))
            .collect::<String>()
    );
    for doc in [inline, through_fragments] {
        let (answer, _) = server.post(None, &doc, json!({})).await;
        assert_eq!(code(&answer), TOO_COMPLEX);
        assert!(answer["errors"][0]["message"].as_str().unwrap().contains("introspection"), "{answer}");
    }
    let (open, close) = levels(40);
    let written_out = format!("{{ __type(name: \"QueryRoot\") {{ {open} name {close} }} }}");
    assert_eq!(code(&server.post(None, &written_out, json!({})).await.0), TOO_COMPLEX);
    // Outside introspection the bound is 12.
    let deep = |n: usize| format!("{{ {} health {} }}", "me { ".repeat(n - 1), "} ".repeat(n - 1));
    assert_eq!(code(&server.post(None, &deep(13), json!({})).await.0), TOO_COMPLEX);
    assert_ne!(code(&server.post(None, &deep(12), json!({})).await.0), TOO_COMPLEX);
}

/// Every list-returning root field at its most expensive arguments (with `$ws`).
fn list_fields() -> Vec<(&'static str, String)> {
    let metrics = "[INTERACTIONS, SESSIONS, INPUT_TOKENS, OUTPUT_TOKENS, CACHE_READ_TOKENS, CACHE_WRITE_TOKENS, \
                   TOTAL_TOKENS, COST_MILLICENTS, LINES_ADDED, LINES_REMOVED, LINES_ACCEPTED, SUGGESTIONS_SHOWN, \
                   SUGGESTIONS_ACCEPTED, TOOL_ACCEPTED, TOOL_REJECTED, COMMITS, PULL_REQUESTS, ACTIVE_USERS]";
    vec![
        ("usageSeries", format!("usageSeries(workspaceId: $ws, range: {THREE_YEARS}, granularity: DAY, metrics: {metrics}, splitByProvider: true) {{ metrics lines {{ provider points {{ start end values }} }} }}")),
        ("activityHeatmap", format!("activityHeatmap(workspaceId: $ws, range: {THREE_YEARS}) {{ from to metric thresholds cells {{ day count level }} }}")),
        ("dataFreshness", format!("dataFreshness(workspaceId: $ws, range: {THREE_YEARS}) {{ from to integrations {{ lagDays finalDays days {{ day status }} }} }}")),
        ("breakdown", format!("breakdown(workspaceId: $ws, range: {THREE_YEARS}, dimension: MODEL, top: 1000) {{ total rows {{ key value share people totals {{ interactions costMillicents }} subject {{ label person {{ actors {{ id identifier }} }} }} }} other {{ key }} hiddenGroups }}")),
        ("people", format!("people(workspaceId: $ws, range: {THREE_YEARS}, first: 1000) {{ total rows {{ rank value subject {{ label }} tools {{ provider lastActiveDay }} seats {{ provider idle7Days }} }} seats {{ assigned }} }}")),
        // 10,000 rows of 9 fields (`totals` counting as one) is the widest page the cost allows.
        ("dailyUsage", "dailyUsage(workspaceId: $ws, from: \"2022-01-01\", to: \"2024-12-31\") { day actor totals { sessions interactions inputTokens outputTokens costMillicents linesAdded } }".to_owned()),
        ("syncRuns", "syncRuns(integrationId: $ws, limit: 100) { id integrationId status trigger rangeFrom rangeTo daysTotal daysDone records error startedAt finishedAt }".to_owned()),
        ("members", "members(workspaceId: $ws) { role user { id email displayName isInstanceAdmin } }".to_owned()),
        ("integrations", "integrations(workspaceId: $ws) { id provider displayName status schedule lastError }".to_owned()),
        ("workspaces", "workspaces { id name kind minGroupSize role }".to_owned()),
        ("apiTokens", "apiTokens { id name createdAt lastUsedAt revokedAt }".to_owned()),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn aliases_cannot_multiply_the_answer_past_its_bound() {
    let mut server = Server::start();
    let (token, ws) = server.sign_up("owner@example.com").await;
    let baseline = warm_up(&server).await;
    let health = server.poll_health();
    let vars = json!({ "ws": ws });

    // The reported input: 1,000 aliases of a three-year daily series.
    let series = format!(
        "usageSeries(workspaceId: $ws, range: {THREE_YEARS}, granularity: DAY, metrics: [INTERACTIONS]) {{ lines {{ points {{ start values }} }} }}"
    );
    for count in [1_000, 100, 50] {
        let (answer, bytes) =
            server.post(Some(&token), &families::aliases(&series, count), vars.clone()).await;
        assert_eq!(code(&answer), TOO_COMPLEX, "{count} aliases");
        assert!(bytes < 4_096, "a refusal is short: {bytes} bytes");
    }

    // The family: fan-outs of every list-returning field, doubling until refused. Every accepted
    // one answers within the documented bound; once refused, more aliases stay refused.
    let mut largest = (0, "");
    for (name, field) in list_fields() {
        let mut accepted_once = false;
        let mut refused = false;
        // (512 aliases of the longest field stay under the 256 KiB body limit.)
        for count in [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] {
            let (answer, bytes) =
                server.post(Some(&token), &families::aliases(&field, count), vars.clone()).await;
            if code(&answer) == TOO_COMPLEX {
                refused = true;
                continue;
            }
            assert!(!refused, "{name}: {count} aliases accepted after fewer were refused");
            assert!(bytes <= MAX_RESPONSE_BYTES, "{name} × {count}: {bytes} bytes");
            accepted_once = true;
            if bytes > largest.0 {
                largest = (bytes, name);
            }
        }
        assert!(accepted_once, "{name}: not even one is accepted");
        assert!(refused, "{name}: 512 aliases are accepted");
    }
    eprintln!("largest accepted answer: {} bytes ({})", largest.0, largest.1);

    // The most expensive accepted document mixes the costliest fields up to the limit.
    let fields = list_fields();
    // A series costs 3 × 1,096 × 25 = 82,200; two heatmaps 2 × 8,769 = 17,538: 99,738 of 100,000.
    let mixed = format!("s0: {}\nh0: {}\nh1: {}\n", fields[0].1, fields[1].1, fields[1].1);
    let (answer, bytes) =
        server.post(Some(&token), &format!("query($ws: ID!) {{ {mixed} }}"), vars.clone()).await;
    assert!(answer.get("errors").is_none(), "{}", code(&answer));
    assert!(bytes <= MAX_RESPONSE_BYTES, "{bytes} bytes");
    eprintln!("mixed accepted answer: {bytes} bytes");

    health.finish().await;
    server.assert_recovered(baseline).await;
}
