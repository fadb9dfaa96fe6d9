//! The per-person daily rows of a scope, a page at a time, for `daily.csv`: keyset paging on
//! `daily_usage`'s unique key `(integration_id, actor_id, day)`, so each page is one indexed
//! range read however far into the file it is (no `OFFSET`). On SQLite diesel-async collects all
//! of a statement's rows before returning, so a bounded page is the only way to bound memory.
//!
//! The rows are those `crate::analytics` counts for the same scope: the same `WHERE` text as the
//! other per-actor statements ([`Scope`]'s `raw_where`). Like `dailyUsage`, they include every
//! identity: measures ignore `identities`.

use chrono::NaiveDate;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Bool, Date, Nullable, Text};

use super::load;
use super::scope::Scope;
use super::sql::{Dialect, MEASURES};
use crate::domain::{ActorKind, Measures, Provider};
use crate::storage::{Db, StorageError};

/// Rows per page when nothing else is asked for. SQLite collects a page whole, so the page is
/// what an export holds in memory: 5,000 rows added about 26 MB to a fresh process, 1,000 about
/// 3 MB, with a faster first byte (`cargo bench --bench export_csv`).
pub const DAILY_PAGE_ROWS: usize = 1_000;

/// One stored per-person, per-day row with its actor.
#[derive(Debug, Clone, QueryableByName)]
pub struct DailyRow {
    /// The integration that reported the row.
    #[diesel(sql_type = BigInt)]
    pub integration_id: i64,
    /// The vendor identity the row is about.
    #[diesel(sql_type = BigInt)]
    pub actor_id: i64,
    /// The UTC day.
    #[diesel(sql_type = Date)]
    pub day: NaiveDate,
    /// The integration's tool: which measures the row can have.
    #[diesel(sql_type = Text)]
    pub provider: Provider,
    /// How the vendor identifies the actor.
    #[diesel(sql_type = Text)]
    pub actor_kind: ActorKind,
    /// The email, GitHub login or API key name.
    #[diesel(sql_type = Text)]
    pub actor: String,
    /// The person the actor is linked to, if any.
    #[diesel(sql_type = Nullable<BigInt>)]
    pub person_id: Option<i64>,
    /// The vendor counted the actor as active that day.
    #[diesel(sql_type = Bool)]
    pub active: bool,
    /// The currency of `cost_millicents`.
    #[diesel(sql_type = Text)]
    pub currency: String,
    /// The day's measures (0 where the tool reports nothing: `provider` says which it reports).
    #[diesel(embed)]
    pub sums: Measures,
}

impl DailyRow {
    /// The row's place in the file's order: where the next page starts after it.
    pub fn key(&self) -> PageKey {
        PageKey { integration_id: self.integration_id, actor_id: self.actor_id, day: self.day }
    }
}

/// A position in `(integration_id, actor_id, day)` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PageKey {
    /// The integration.
    pub integration_id: i64,
    /// The actor.
    pub actor_id: i64,
    /// The day.
    pub day: NaiveDate,
}

/// Up to `rows` rows of `scope` after `after` (from the start when `None`), in key order.
pub async fn daily_page(
    db: &Db,
    scope: &Scope,
    after: Option<PageKey>,
    rows: usize,
) -> Result<Vec<DailyRow>, StorageError> {
    let d = Dialect(db.backend());
    let mut filter = scope.raw_where(d, "du", scope.from, scope.to);
    if let Some(k) = after {
        // A row-value comparison: both backends walk the unique index from the key on.
        filter.push_str(&format!(
            " AND (du.integration_id, du.actor_id, du.day) > ({}, {}, {})",
            k.integration_id,
            k.actor_id,
            d.date(k.day)
        ));
    }
    let measures = MEASURES.iter().map(|m| format!("du.{m} AS {m}")).collect::<Vec<_>>().join(", ");
    let text = format!(
        "SELECT du.integration_id AS integration_id, du.actor_id AS actor_id, du.day AS day, \
         i.provider AS provider, a.kind AS actor_kind, a.identifier AS actor, a.person_id AS person_id, \
         du.active AS active, du.currency AS currency, {measures} \
         FROM daily_usage du JOIN integrations i ON i.id = du.integration_id \
         JOIN actors a ON a.id = du.actor_id \
         WHERE {filter} ORDER BY du.integration_id, du.actor_id, du.day LIMIT {rows}"
    );
    load(db, text).await
}
