//! Issue #12: every figure means what its description says. One module per concern, each
//! checking numbers computed by hand from the fixture it writes, on both backends.

#[path = "../common/mod.rs"]
mod common;
#[path = "../fake_vendor/mod.rs"]
mod fake_vendor;

mod people;
