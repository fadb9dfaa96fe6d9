//! Issue #12: every figure means what its description says. One module per concern; numbers are
//! checked against sums worked out by hand from the fixtures each module writes.

#[path = "../common/mod.rs"]
mod common;
#[path = "../fake_vendor/mod.rs"]
mod fake_vendor;

mod definitions;
