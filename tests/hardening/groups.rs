//! Hostile inputs: groups (filled in by the hardening work).
