//! Issue #12: every figure means what its description says, one bad vendor day never blocks the
//! rest, Cursor syncs in seconds. One module per concern, each with figures worked out by hand from
//! the fixtures it writes, on both backends.

mod breakdown_sums;
mod cursor;
mod definitions;
mod failed_days;
mod people;
