//! The hostile suite (issue #10): each module attacks one surface of the service as an anonymous
//! client, a careless user or a malicious account would, and checks the service refuses clearly and
//! keeps answering everyone else.
#![expect(
    clippy::unwrap_used,
    reason = "a test that unwraps fails loudly where it went wrong; clippy.toml's allow-unwrap-in-tests covers only #[test] functions, not the async cases and helpers they run"
)]

#[path = "../common/mod.rs"]
mod common;
#[path = "../fake_vendor/mod.rs"]
mod fake_vendor;
#[path = "../sync_support/mod.rs"]
mod sync_support;

mod accounts;
mod documents;
mod edge;
mod egress;
mod groups;
