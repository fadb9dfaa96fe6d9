//! `usageSummary`: headline figures of a range and the period before it.

use async_graphql::SimpleObject;
use chrono::NaiveDate;

use super::UsageTotals;
use crate::analytics::summary::{Change, Period, Summary};
use crate::domain::Provider;
use crate::graphql::types::BigInt;

/// The figures of one period.
#[derive(SimpleObject, Clone, Default)]
pub struct PeriodFigures {
    /// First UTC day of the period.
    pub from: Option<NaiveDate>,
    /// Last UTC day of the period.
    pub to: Option<NaiveDate>,
    /// Every summed measure over the period.
    pub totals: UsageTotals,
    /// Days with at least one actor active or one interaction.
    pub active_days: i64,
    /// Distinct people active on at least one day of the period (an actor linked to a person
    /// counts as that person; an unlinked actor as one person). Humans only unless the query's
    /// `identities` says otherwise; a service identity always counts as one of its own.
    pub active_users: i64,
    /// Distinct people active on the period's last day.
    pub dau: i64,
    /// Distinct people active in the 7 days ending on the period's last day (earlier days count
    /// even when they precede the period).
    pub wau: i64,
    /// Distinct people active in the 30 days ending on the period's last day (likewise).
    pub mau: i64,
    /// Consecutive active days ending on the period's last day; 0 when that day was idle.
    pub current_streak: i64,
    /// The longest run of consecutive active days within the period.
    pub longest_streak: i64,
    /// The tool with the most active days (`ACTIVE_DAYS`: person-days active, a measure every tool
    /// reports; ties: claude_code, copilot, cursor); null when no tool had an active day.
    pub top_tool: Option<Provider>,
    /// Suggestions accepted ÷ suggestions shown, over the tools that report completions (Copilot:
    /// `code_acceptance_activity_count` ÷ `code_generation_activity_count`; Cursor:
    /// `totalTabsAccepted` ÷ `totalTabsShown`; Claude Code: not reported); null when none were shown.
    pub acceptance_rate_by_count: Option<f64>,
    /// Lines accepted ÷ lines suggested, over the tools that report acceptance only (in both the
    /// numerator and the denominator). Copilot: (`loc_added_sum` − the `agent_edit` feature's
    /// `loc_added_sum`) ÷ `loc_suggested_to_add_sum`; Cursor: `acceptedLinesAdded` ÷
    /// `totalLinesAdded`; Claude Code: not reported (its lines count in neither). Null when no
    /// lines were suggested, e.g. for Claude Code alone.
    pub acceptance_rate_by_lines: Option<f64>,
}

/// Current minus previous, for the headline figures; null for a measure no tool in scope reports.
#[derive(SimpleObject, Default)]
pub struct PeriodChange {
    /// Change in interactions.
    pub interactions: Option<BigInt>,
    /// Change in input, output and cache tokens together.
    pub total_tokens: Option<BigInt>,
    /// Change in cost, in thousandths of a cent.
    pub cost_millicents: Option<BigInt>,
    /// Change in lines added.
    pub lines_added: Option<BigInt>,
    /// Change in lines accepted.
    pub lines_accepted: Option<BigInt>,
    /// Change in suggestions accepted.
    pub suggestions_accepted: Option<BigInt>,
    /// Change in distinct active people.
    pub active_users: i64,
    /// Change in days with activity.
    pub active_days: i64,
    /// (current − previous) ÷ previous interactions; null when the previous period had none.
    pub interactions_ratio: Option<f64>,
    /// (current − previous) ÷ previous active users; null when the previous period had none.
    pub active_users_ratio: Option<f64>,
    /// (current − previous) ÷ previous cost; null when the previous period cost nothing.
    pub cost_ratio: Option<f64>,
}

/// Headline figures for a range and for the period of equal length just before it.
#[derive(SimpleObject)]
pub struct UsageSummary {
    /// The requested range.
    pub current: PeriodFigures,
    /// The same number of days, ending the day before `current.from`.
    pub previous: PeriodFigures,
    /// Current minus previous.
    pub change: PeriodChange,
}

impl From<Summary> for UsageSummary {
    fn from(s: Summary) -> Self {
        UsageSummary { current: s.current.into(), previous: s.previous.into(), change: s.change.into() }
    }
}

impl From<Period> for PeriodFigures {
    fn from(p: Period) -> Self {
        PeriodFigures {
            from: Some(p.from),
            to: Some(p.to),
            totals: p.totals.into(),
            active_days: p.active_days,
            active_users: p.active_users,
            dau: p.dau,
            wau: p.wau,
            mau: p.mau,
            current_streak: p.current_streak,
            longest_streak: p.longest_streak,
            top_tool: p.top_tool,
            acceptance_rate_by_count: p.acceptance_rate_by_count,
            acceptance_rate_by_lines: p.acceptance_rate_by_lines,
        }
    }
}

impl From<Change> for PeriodChange {
    fn from(c: Change) -> Self {
        PeriodChange {
            interactions: c.interactions.map(BigInt),
            total_tokens: c.total_tokens.map(BigInt),
            cost_millicents: c.cost_millicents.map(BigInt),
            lines_added: c.lines_added.map(BigInt),
            lines_accepted: c.lines_accepted.map(BigInt),
            suggestions_accepted: c.suggestions_accepted.map(BigInt),
            active_users: c.active_users,
            active_days: c.active_days,
            interactions_ratio: c.interactions_ratio,
            active_users_ratio: c.active_users_ratio,
            cost_ratio: c.cost_ratio,
        }
    }
}
