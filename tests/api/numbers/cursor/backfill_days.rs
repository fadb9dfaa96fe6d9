//! `AI_USAGE_BACKFILL_DAYS` (the engine's `history_days`) bounds every provider's backfill: the
//! oldest day each fake vendor is asked for is exactly that many days back.

use std::sync::Arc;

use ai_usage::crypto::{KeyRing, MasterKey, SecretContext, SecretString};
use ai_usage::storage::{Db, StorageError, integrations};
use ai_usage::sync::events::EventBus;
use ai_usage::sync::{EngineConfig, RangeRequest, SyncEngine, Trigger};
use chrono::{NaiveDate, Utc};
use serde_json::json;

use super::{DAILY, EVENTS, day_of};
use crate::common::{TestDb, test_engine_config};
use crate::fake_vendor::{FakeVendor, Reply};
use crate::sync_support::{ClaudeFake, GOOD_KEY, days_ago, seed_claude};

const BACKFILL_DAYS: u32 = 3;

/// An integration sealed with `keyring`, as the connect flow stores it.
async fn add(db: &Db, keyring: &KeyRing, ws: i64, provider: &str, base_url: &str, org: Option<&str>) -> i64 {
    let secret = SecretString::from("test-key-0123456789abcdef");
    let now = Utc::now().naive_utc();
    let new = integrations::NewIntegration {
        workspace_id: ws,
        provider: provider.parse().unwrap(),
        display_name: provider,
        scope_kind: org.map(|_| ai_usage::domain::ScopeKind::Organization),
        scope_slug: org,
        base_url: Some(base_url),
        secret_ciphertext: &[],
        secret_hint: &secret.hint(),
        schedule: "0 2 * * *",
        next_sync_at: None,
        created_at: now,
        updated_at: now,
    };
    integrations::create_sealed::<StorageError>(db, &new, |integration_id| {
        Ok(keyring.encrypt(&secret, &SecretContext { workspace_id: ws, integration_id }).unwrap())
    })
    .await
    .unwrap()
    .id
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
