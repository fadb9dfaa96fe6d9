//! [`Scope`]: what an analytics statement covers, and the `WHERE` text it becomes on the rollups
//! and on the daily rows.

use chrono::NaiveDate;

use super::sql::{Dialect, id_list, provider_list};
use crate::domain::{Identities, Provider};

/// What an analytics query covers: a workspace, inclusive UTC days, and optional restrictions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The workspace whose usage is asked about.
    pub workspace_id: i64,
    /// First UTC day (included).
    pub from: NaiveDate,
    /// Last UTC day (included).
    pub to: NaiveDate,
    /// Only these tools (empty: all).
    pub providers: Vec<Provider>,
    /// Only these integrations (empty: all).
    pub integration_ids: Vec<i64>,
    /// Only these actors; `None` for everyone. Person, team and own-rows filters resolve to this.
    pub actor_ids: Option<Vec<i64>>,
    /// Which identities people figures (distinct people, the per-person totals, seats) count.
    /// Measures are usage and ignore it: they always include every identity.
    pub identities: Identities,
}

impl Scope {
    /// The same restrictions over other days.
    pub fn with_days(&self, from: NaiveDate, to: NaiveDate) -> Scope {
        Scope { from, to, ..self.clone() }
    }

    /// True when the answer needs per-actor rows rather than workspace rollups.
    pub(super) fn per_actor(&self) -> bool {
        self.actor_ids.is_some()
    }

    /// Restricted to fewer than all tools or integrations.
    pub(super) fn narrowed(&self) -> bool {
        !self.providers.is_empty() || !self.integration_ids.is_empty()
    }

    /// `WHERE` conditions on a table with `workspace_id`, `integration_id`, `provider` columns
    /// (the rollups), for days `[from, to]` of column `day_col`.
    pub(super) fn rollup_where(
        &self,
        d: Dialect,
        alias: &str,
        day_col: &str,
        from: NaiveDate,
        to: NaiveDate,
    ) -> String {
        let mut w = format!(
            "{alias}.workspace_id = {} AND {alias}.{day_col} BETWEEN {} AND {}",
            self.workspace_id,
            d.date(from),
            d.date(to)
        );
        self.push_common(&mut w, &format!("{alias}.provider"), &format!("{alias}.integration_id"));
        w
    }

    /// `WHERE` conditions on `daily_usage du JOIN integrations i` (and any actor-keyed table).
    pub(super) fn raw_where(&self, d: Dialect, alias: &str, from: NaiveDate, to: NaiveDate) -> String {
        let mut w = format!(
            "i.workspace_id = {} AND {alias}.day BETWEEN {} AND {}",
            self.workspace_id,
            d.date(from),
            d.date(to)
        );
        self.push_common(&mut w, "i.provider", &format!("{alias}.integration_id"));
        if let Some(actors) = &self.actor_ids {
            push_actor_filter(&mut w, &format!("{alias}.actor_id"), actors);
        }
        w
    }

    /// ` AND` conditions for the scope's tool and integration restrictions.
    pub(super) fn push_common(&self, w: &mut String, provider_col: &str, integration_col: &str) {
        if !self.providers.is_empty() {
            w.push_str(&format!(" AND {provider_col} IN ({})", provider_list(&self.providers)));
        }
        if !self.integration_ids.is_empty() {
            w.push_str(&format!(" AND {integration_col} IN ({})", id_list(&self.integration_ids)));
        }
    }
}

/// ` AND col IN (actors)`; an empty restriction matches nothing.
pub(super) fn push_actor_filter(w: &mut String, col: &str, actors: &[i64]) {
    if actors.is_empty() {
        w.push_str(" AND 1 = 0");
    } else {
        w.push_str(&format!(" AND {col} IN ({})", id_list(actors)));
    }
}
