//! Hostile inputs: edge (filled in by the hardening work).
