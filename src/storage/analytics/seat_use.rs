//! Seat-versus-use: each licence of the scope's integrations with its holder's last active day.

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Date, Nullable, Text};

use super::scope::{Scope, push_actor_filter};
use super::sql::Dialect;
use super::{identities, load};
use crate::storage::{Db, StorageError};

/// A licence and the last day its holder was active on or before the scope's end.
#[derive(Debug, Clone, QueryableByName)]
pub struct SeatUse {
    #[diesel(sql_type = BigInt)]
    /// The holder's person key (a person's id, or minus an unlinked actor's id).
    pub person_key: i64,
    /// The holder.
    #[diesel(sql_type = BigInt)]
    pub actor_id: i64,
    #[diesel(sql_type = Text)]
    /// The tool the licence is for.
    pub provider: String,
    #[diesel(sql_type = Nullable<Text>)]
    /// The vendor's plan name, if it gives one.
    pub plan: Option<String>,
    /// The day the vendor will end the licence, if scheduled.
    #[diesel(sql_type = Nullable<Date>)]
    pub pending_cancellation_date: Option<NaiveDate>,
    #[diesel(sql_type = Nullable<Date>)]
    /// The holder's last active day on or before the scope's end, at any time.
    pub last_active_day: Option<NaiveDate>,
}

/// Every seat in the scope's integrations held by an identity the scope counts (none when the
/// vendor reports no seats).
pub async fn seats(db: &Db, scope: &Scope) -> Result<Vec<SeatUse>, StorageError> {
    let d = Dialect(db.backend());
    let mut w = format!("i.workspace_id = {}", scope.workspace_id);
    scope.push_common(&mut w, "i.provider", "s.integration_id");
    if let Some(actors) = &scope.actor_ids {
        push_actor_filter(&mut w, "s.actor_id", actors);
    }
    w.push_str(&identities::actor_condition(scope.identities, "a"));
    let text = format!(
        "SELECT {} AS person_key, s.actor_id AS actor_id, i.provider AS provider, s.plan AS plan, \
         s.pending_cancellation_date AS pending_cancellation_date, \
         (SELECT MAX(du.day) FROM daily_usage du WHERE du.actor_id = s.actor_id AND du.active \
          AND du.day <= {}) AS last_active_day \
         FROM seats s JOIN actors a ON a.id = s.actor_id JOIN integrations i ON i.id = s.integration_id WHERE {w}",
        identities::person_key("a"),
        d.date(scope.to)
    );
    load(db, text).await
}
