//! The test suite: one binary of modules, so the harness (`common`, `fake_vendor`,
//! `sync_support`) is compiled and linked once, and every test module can use all of it.
//! Each module is one concern; `cargo test --test api MODULE::` runs one of them.
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

#[macro_use]
mod common;
mod fake_vendor;
mod sync_support;

mod analytics;
mod auth;
mod browser;
mod browser_dashboard;
mod cli;
mod closed_sets;
mod crypto;
mod demo;
mod export_csv;
mod export_pdf;
mod hardening;
mod harness;
mod http_api;
mod integration_last_run;
mod isolation;
mod live_events;
mod migration_trees;
mod numbers;
mod operator_cli;
mod protocol;
mod providers_claude_code;
mod providers_copilot;
mod providers_cursor;
mod reference_client;
mod replicas;
mod scheduler;
mod schema_sdl;
mod secrets_never_leak;
mod share_cards;
mod storage;
mod storage_transactions;
mod sync_api;
mod sync_cli;
mod sync_engine;
mod sync_providers;
mod web_app;
mod websocket_lifecycle;
