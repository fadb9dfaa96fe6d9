//! ai-usage: vendor → provider client → sync engine → storage → GraphQL → browser.
//!
//! `providers` speak each vendor's API and produce [`domain::ProviderDay`]s; `sync` decides what
//! to fetch and when, writes through `storage`, and announces what changed on its event bus;
//! `analytics` holds the rules figures follow between storage and their clients; `graphql` serves
//! it all, and `web` wires the HTTP routes.

pub mod analytics;
pub mod app;
pub mod auth;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod demo;
pub mod domain;
pub mod export;
pub mod fonts;
pub mod graphql;
pub mod operator;
pub mod providers;
pub mod share;
pub mod storage;
pub mod sync;
pub mod telemetry;
pub mod web;
