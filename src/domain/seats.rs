//! The normalised licence roster: who holds a seat of a tool, as the vendor lists it now.
//!
//! A roster is a snapshot, not a day: each sync replaces the integration's stored seats with
//! the latest list. Seat-versus-use compares it with the stored days of usage.

use chrono::{NaiveDate, NaiveDateTime};

use super::ActorKey;

/// One licence held by one vendor identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    /// The holder, keyed like the usage rows of the same provider, so the two join on the actor.
    pub actor: ActorKey,
    /// The vendor's plan name (Copilot: `business`, `enterprise`), when it says.
    pub plan: Option<String>,
    /// When the seat was assigned, UTC.
    pub assigned_at: Option<NaiveDateTime>,
    /// The vendor's own last-activity time, UTC (Copilot only; may lag or miss IDE use).
    pub last_activity_at: Option<NaiveDateTime>,
    /// The day the licence ends, when the vendor has scheduled its cancellation (Copilot's
    /// `pending_cancellation_date`).
    pub pending_cancellation_date: Option<NaiveDate>,
    /// The holder's real name, when the vendor gives one (Cursor members' `name`).
    pub display_name: Option<String>,
}
