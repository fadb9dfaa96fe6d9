//! `people`: the leaderboard, with seat-versus-use.

use async_graphql::SimpleObject;
use chrono::NaiveDate;

use super::{Subject, UsageTotals};
use crate::analytics::people::{PeoplePage as Page, PersonRow, ToolUse};
use crate::analytics::seats::{SeatState, SeatSummary as Seats};
use crate::domain::{Metric, Provider};
use crate::graphql::limits::cost;
use crate::graphql::types::BigInt;

/// A page of the people leaderboard.
#[derive(SimpleObject)]
pub struct PeoplePage {
    /// First UTC day of the range.
    pub from: NaiveDate,
    /// Last UTC day of the range.
    pub to: NaiveDate,
    /// The metric rows are ordered by (descending; ties by key).
    pub order_by: Metric,
    /// People listed (before paging): with a usage row in the range or a seat.
    pub total: i64,
    /// The requested page of the leaderboard, in rank order.
    pub rows: Vec<PersonUsage>,
    /// Licences across the selection.
    pub seats: SeatSummary,
}

/// One person's usage across tools.
#[derive(SimpleObject)]
pub struct PersonUsage {
    /// 1-based position in the whole leaderboard.
    pub rank: i64,
    /// Who the row is about.
    pub subject: Subject,
    /// The ordering metric's value (for ACTIVE_USERS and ACTIVE_DAYS: the number of active days
    /// summed over tools); null when no tool in scope reports it.
    pub value: Option<BigInt>,
    /// Every summed measure of the person's usage over the selection.
    pub totals: UsageTotals,
    /// Per tool, in provider order.
    #[graphql(complexity = "cost::rows(cost::PROVIDERS, child_complexity)")]
    pub tools: Vec<ToolUsage>,
    /// Licences held, with idleness (empty when the vendor reports no seats).
    #[graphql(complexity = "cost::rows(cost::ASSUMED_ACTORS, child_complexity)")]
    pub seats: Vec<SeatInfo>,
}

/// One person's use of one tool in the range.
#[derive(SimpleObject)]
pub struct ToolUsage {
    /// The tool.
    pub provider: Provider,
    /// Days the vendor counted the person as active.
    pub active_days: i64,
    /// The last such day in the range.
    pub last_active_day: Option<NaiveDate>,
    /// This tool's figures: null for each measure the tool does not report.
    pub totals: UsageTotals,
}

/// A licence and how recently it was used, as of the range's last day.
#[derive(SimpleObject)]
pub struct SeatInfo {
    /// The tool the licence is for.
    pub provider: Provider,
    /// The vendor's plan name (Copilot's `plan_type`, Cursor's role), if it gives one.
    pub plan: Option<String>,
    /// The day the vendor will end the licence (Copilot's pending cancellation); null when
    /// none is scheduled.
    pub pending_cancellation_date: Option<NaiveDate>,
    /// The last active day on or before the range's end, at any time.
    pub last_active_day: Option<NaiveDate>,
    /// No activity in the 7 days ending on the range's last day.
    pub idle7_days: bool,
    /// No activity in the 30 days ending on the range's last day.
    pub idle30_days: bool,
}

/// Seat-versus-use over the selection.
#[derive(SimpleObject, Default)]
pub struct SeatSummary {
    /// Seats assigned (0 when no vendor reports seats).
    pub assigned: i64,
    /// Seats without activity in the 7 days ending on the range's last day.
    pub idle7_days: i64,
    /// Seats without activity in the 30 days ending on the range's last day.
    pub idle30_days: i64,
}

impl From<Page> for PeoplePage {
    fn from(p: Page) -> Self {
        PeoplePage {
            from: p.from,
            to: p.to,
            order_by: p.order_by,
            total: p.total,
            rows: p.rows.into_iter().map(PersonUsage::from).collect(),
            seats: p.seats.into(),
        }
    }
}

impl From<PersonRow> for PersonUsage {
    fn from(r: PersonRow) -> Self {
        PersonUsage {
            rank: r.rank,
            subject: Subject::from_key(r.person_key),
            value: r.value.map(BigInt),
            totals: r.totals.into(),
            tools: r.tools.into_iter().map(ToolUsage::from).collect(),
            seats: r.seats.into_iter().map(SeatInfo::from).collect(),
        }
    }
}

impl From<ToolUse> for ToolUsage {
    fn from(t: ToolUse) -> Self {
        ToolUsage {
            provider: t.provider,
            active_days: t.active_days,
            last_active_day: t.last_active_day,
            totals: t.totals.into(),
        }
    }
}

impl From<SeatState> for SeatInfo {
    fn from(s: SeatState) -> Self {
        SeatInfo {
            provider: s.provider,
            plan: s.plan,
            pending_cancellation_date: s.pending_cancellation_date,
            last_active_day: s.last_active_day,
            idle7_days: s.idle7_days,
            idle30_days: s.idle30_days,
        }
    }
}

impl From<Seats> for SeatSummary {
    fn from(s: Seats) -> Self {
        SeatSummary { assigned: s.assigned, idle7_days: s.idle7_days, idle30_days: s.idle30_days }
    }
}
