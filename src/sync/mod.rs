//! The sync engine: what to fetch from which vendor and when, and the events it announces.

pub mod events;
pub mod pg_bridge;
