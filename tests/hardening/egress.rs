//! Hostile inputs: egress (filled in by the hardening work).
