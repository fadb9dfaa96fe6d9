//! Issue #12: every figure means what its description says, and one bad vendor day never blocks
//! the rest. One module per concern.

#[path = "../common/mod.rs"]
mod common;
#[path = "../fake_vendor/mod.rs"]
mod fake_vendor;
#[path = "../sync_support/mod.rs"]
mod sync_support;

mod failed_days;
