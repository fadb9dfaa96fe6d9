//! `AI_USAGE_BACKFILL_DAYS` (the engine's `history_days`) bounds every provider's backfill: the
//! oldest day each fake vendor is asked for is exactly that many days back.

use std::sync::Arc;

use ai_usage::crypto::{KeyRing, MasterKey};
use ai_usage::storage::{Db, integrations};
use ai_usage::sync::events::EventBus;
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, Trigger};
use chrono::NaiveDate;
use serde_json::json;

use super::{DAILY, EVENTS, day_of};
use crate::common::{TestDb, test_engine_config};
use crate::fake_vendor::{FakeVendor, Reply};
use crate::sync_support::{ClaudeFake, GOOD_KEY, days_ago, seed_claude, store_with_key};

const BACKFILL_DAYS: u32 = 3;

/// An integration sealed with `keyring`, as the connect flow stores it.
async fn add(db: &Db, keyring: &KeyRing, ws: i64, provider: &str, base_url: &str, org: Option<&str>) -> i64 {
    let new = integrations::NewIntegration::builder(ws, provider.parse().unwrap())
        .display_name(provider)
        .base_url(base_url)
        .organization(org);
    store_with_key(db, keyring, &new, "test-key-0123456789abcdef").await
}

async fn backfill_days_bound_every_provider(backend: &str) {
    let t = TestDb::of(backend).await;
    let keyring = Arc::new(KeyRing::new(MasterKey::generate(), vec![]));
    let config = EngineConfig {
        history_days: Some(BACKFILL_DAYS),
        requests_per_minute: std::num::NonZeroU32::new(60_000),
        ..test_engine_config()
    };
    let engine = SyncEngine::new(t.db.clone(), keyring.clone(), EventBus::new(), config);
    // Today minus 3 days: the backfill covers days_ago(3) ..= today.
    let oldest = days_ago(i64::from(BACKFILL_DAYS));

    let claude = ClaudeFake::start().await;
    let (ws, claude_id) = seed_claude(&t.db, &keyring, &claude.base_url, GOOD_KEY).await;
    engine.run(claude_id, RangeRequest::Backfill, Trigger::Manual).await.expect("Claude Code backfill");
    assert_eq!(claude.earliest_fetched(), Some(oldest), "Claude Code");

    // Copilot: no report on any day (204); without the setting it would ask a year back.
    let github = FakeVendor::start().await;
    for report in ["users-1-day", "user-teams-1-day"] {
        github.on(&format!("/orgs/acme/copilot/metrics/reports/{report}"), Reply::status(204, ""));
    }
    github.on(
        "/orgs/acme/copilot/billing/seats",
        Reply::json(json!({"total_seats": 0, "seats": []}).to_string()),
    );
    let copilot_id = add(&t.db, &keyring, ws, "copilot", &github.base_url, Some("acme")).await;
    engine.run(copilot_id, RangeRequest::Backfill, Trigger::Manual).await.expect("Copilot backfill");
    let asked: Option<NaiveDate> = github
        .requests_to("/orgs/acme/copilot/metrics/reports/users-1-day")
        .iter()
        .filter_map(|r| r.query("day").and_then(|d| d.parse().ok()))
        .min();
    assert_eq!(asked, Some(oldest), "Copilot");

    // Cursor: without the setting it would reach two years back.
    let cursor = FakeVendor::start().await;
    cursor.on(DAILY, Reply::json(json!({"data": [], "pagination": {"hasNextPage": false}}).to_string()));
    cursor.on(
        EVENTS,
        Reply::json(json!({"usageEvents": [], "pagination": {"hasNextPage": false}}).to_string()),
    );
    cursor.on("/teams/members", Reply::json(json!({"teamMembers": []}).to_string()));
    let cursor_id = add(&t.db, &keyring, ws, "cursor", &cursor.base_url, None).await;
    engine.run(cursor_id, RangeRequest::Backfill, Trigger::Manual).await.expect("Cursor backfill");
    let asked = cursor.requests_to(DAILY).iter().map(|r| day_of(&r.json()["startDate"])).min();
    assert_eq!(asked, Some(oldest), "Cursor");
}

crate::on_both_backends!(backfill_days_bound_every_provider);
