//! `breakdown`: the top values of a dimension.

use async_graphql::SimpleObject;

use super::{Subject, UsageTotals};
pub use crate::analytics::breakdown::BreakdownDimension;
use crate::analytics::breakdown::{self, Row};
use crate::domain::Metric;
use crate::graphql::types::BigInt;

/// Top values of a dimension by a metric, with the rest summed into `other`.
#[derive(SimpleObject)]
pub struct Breakdown {
    /// What the rows group by.
    pub dimension: BreakdownDimension,
    /// The metric rows are ranked and summed by.
    pub metric: Metric,
    /// The metric over every row and `other`. Teams hidden from non-admins are left out, so
    /// `total − Σ rows = other` and nothing hidden can be recovered from it. Null when no tool in
    /// scope reports the metric.
    pub total: Option<BigInt>,
    /// The top rows, largest first (ties by key).
    pub rows: Vec<BreakdownRow>,
    /// Everything after the top rows, or null when nothing is left.
    pub other: Option<BreakdownRow>,
    /// Teams hidden from the caller under `minGroupSize` (showing them would let some
    /// combination of answers single out fewer people). Their usage is in neither `total` nor
    /// `other`.
    pub hidden_groups: i32,
}

/// One value of a breakdown.
#[derive(SimpleObject)]
pub struct BreakdownRow {
    /// The value: a provider, model, editor, language, feature or team name; for people
    /// `person:<id>` or `actor:<id>`; `other` for the remainder; `unattributed` for the part of
    /// the headline the vendor does not split by this dimension (Cursor MODEL: the requests daily
    /// usage counts that no usage event accounts for), so the rows sum to the headline.
    pub key: String,
    /// The metric's value; null when the row's tools do not report it (a PROVIDER row of a tool
    /// without the measure, or no tool in scope).
    pub value: Option<BigInt>,
    /// `value` ÷ the breakdown's total; null when the total is 0 or the value null.
    pub share: Option<f64>,
    /// Distinct people behind the row (teams only).
    pub people: Option<i64>,
    /// Every summed measure of the row's usage.
    pub totals: UsageTotals,
    /// Who the row is about (PERSON rows only).
    pub subject: Option<Subject>,
}

impl From<breakdown::Breakdown> for Breakdown {
    fn from(b: breakdown::Breakdown) -> Self {
        Breakdown {
            dimension: b.dimension,
            metric: b.metric,
            total: b.total.map(BigInt),
            rows: b.rows.into_iter().map(BreakdownRow::from).collect(),
            other: b.other.map(BreakdownRow::from),
            hidden_groups: b.hidden_groups,
        }
    }
}

impl From<Row> for BreakdownRow {
    fn from(r: Row) -> Self {
        BreakdownRow {
            key: r.key,
            value: r.value.map(BigInt),
            share: r.share,
            people: r.people,
            totals: r.totals.into(),
            subject: r.subject.map(Subject::from_key),
        }
    }
}
