//! Hostile inputs: documents (filled in by the hardening work).
