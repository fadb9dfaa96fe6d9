//! The SQL spelling of `domain::identity`'s rule, the only place analytics statements learn who
//! is a person: which key a row of usage counts for, and which identities a people figure counts.
//!
//! Two sources carry the kind. Per-actor statements join `actors a` and read `a.identity_kind`;
//! the distinct-people rollups (`usage_rollup_person_day`, `usage_rollup_person_month`) carry a
//! `service` flag per key, and `usage_rollup_workspace_day` counts humans (`active_people`) and
//! services (`active_services`) apart. An admin's override rewrites the rollup rows of the keys
//! it moves (`people::set_identity_kind`, like a link does); every other statement joins the
//! actor at query time, so an override holds for days stored before it.

use crate::domain::{Identities, IdentityKind};

const HUMAN: IdentityKind = IdentityKind::Human;
const SERVICE: IdentityKind = IdentityKind::Service;

/// The key a row of actor `alias` counts for: its person for a linked human, else minus its id.
pub fn person_key(alias: &str) -> String {
    format!(
        "(CASE WHEN {alias}.identity_kind = '{SERVICE}' THEN -{alias}.id ELSE COALESCE({alias}.person_id, -{alias}.id) END)"
    )
}

/// Whether actor `alias` is a service, as a boolean expression (the rollups' `service` flag).
pub fn is_service(alias: &str) -> String {
    format!("({alias}.identity_kind = '{SERVICE}')")
}

/// A predicate keeping the actors of `alias` that `identities` counts.
pub fn actor_predicate(identities: Identities, alias: &str) -> String {
    match identities {
        Identities::Humans => format!("{alias}.identity_kind = '{HUMAN}'"),
        Identities::Services => format!("{alias}.identity_kind = '{SERVICE}'"),
        Identities::All => "1 = 1".to_owned(),
    }
}

/// [`actor_predicate`] as a further ` AND` condition.
pub fn actor_condition(identities: Identities, alias: &str) -> String {
    format!(" AND {}", actor_predicate(identities, alias))
}

/// ` AND <condition>` keeping the rollup keys of `alias` (a table with a `service` flag) that
/// `identities` counts.
pub fn rollup_condition(identities: Identities, alias: &str) -> String {
    match identities {
        Identities::Humans => format!(" AND NOT {alias}.service"),
        Identities::Services => format!(" AND {alias}.service"),
        Identities::All => String::new(),
    }
}

/// The count of `usage_rollup_workspace_day` row `alias` that `identities` asks for.
pub fn workspace_day_count(identities: Identities, alias: &str) -> String {
    match identities {
        Identities::Humans => format!("{alias}.active_people"),
        Identities::Services => format!("{alias}.active_services"),
        Identities::All => format!("({alias}.active_people + {alias}.active_services)"),
    }
}
