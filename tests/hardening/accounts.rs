//! Hostile inputs: accounts (filled in by the hardening work).
