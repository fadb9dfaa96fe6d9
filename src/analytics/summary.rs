//! Headline figures: a range and the period of equal length before it, with the changes between
//! them — totals, active days, distinct people (in the range, its last day, 7 and 30 days),
//! streaks, the top tool and acceptance rates.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};

use super::totals::{PROVIDERS, Totals, provider};
use super::{AnalyticsError, Reads};
use crate::domain::analytics::{ratio, streaks};
use crate::domain::{Measures, Metric, Provider, ProviderSet};
use crate::storage::analytics::{self as store, DayTotals, Scope};

/// The figures of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// First UTC day.
    pub from: NaiveDate,
    /// Last UTC day.
    pub to: NaiveDate,
    /// Every summed measure over the period.
    pub totals: Totals,
    /// Days with at least one actor active or one interaction.
    pub active_days: i64,
    /// Distinct people active on at least one day of the period.
    pub active_users: i64,
    /// Distinct people active on the period's last day.
    pub dau: i64,
    /// Distinct people active in the 7 days ending on the period's last day.
    pub wau: i64,
    /// Distinct people active in the 30 days ending on the period's last day.
    pub mau: i64,
    /// Consecutive active days ending on the period's last day.
    pub current_streak: i64,
    /// The longest run of consecutive active days within the period.
    pub longest_streak: i64,
    /// The tool with the most active days (ties in provider order); `None` when none had one.
    pub top_tool: Option<Provider>,
    /// Suggestions accepted ÷ shown; `None` when none were shown.
    pub acceptance_rate_by_count: Option<f64>,
    /// Lines accepted ÷ suggested; `None` when none were suggested.
    pub acceptance_rate_by_lines: Option<f64>,
}

/// Current minus previous; `None` for a measure no tool in scope reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Change in interactions.
    pub interactions: Option<i64>,
    /// Change in all tokens.
    pub total_tokens: Option<i64>,
    /// Change in cost, in thousandths of a cent.
    pub cost_millicents: Option<i64>,
    /// Change in lines added.
    pub lines_added: Option<i64>,
    /// Change in lines accepted.
    pub lines_accepted: Option<i64>,
    /// Change in suggestions accepted.
    pub suggestions_accepted: Option<i64>,
    /// Change in distinct active people.
    pub active_users: i64,
    /// Change in days with activity.
    pub active_days: i64,
    /// (current − previous) ÷ previous interactions; `None` when the previous period had none.
    pub interactions_ratio: Option<f64>,
    /// (current − previous) ÷ previous active users.
    pub active_users_ratio: Option<f64>,
    /// (current − previous) ÷ previous cost.
    pub cost_ratio: Option<f64>,
}

/// A range's figures, the previous period's, and the change.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The range asked for.
    pub current: Period,
    /// The same number of days, ending the day before the range.
    pub previous: Period,
    /// Current minus previous.
    pub change: Change,
}

/// The summary of `scope`'s range: the day totals of both periods in one statement, the distinct
/// people of all eight windows in another.
pub async fn summary(reads: &dyn Reads, scope: &Scope) -> Result<Summary, AnalyticsError> {
    let len = Days::new((scope.to - scope.from).num_days() as u64 + 1);
    let (prev_from, prev_to) = (scope.from - len, scope.from - Days::new(1));
    let both = scope.with_days(prev_from, scope.to);
    let mut windows = people_windows(scope.from, scope.to).to_vec();
    windows.extend(people_windows(prev_from, prev_to));
    let (tools, day_rows, people) = futures_util::try_join!(
        reads.tools(scope),
        reads.day_totals(&both),
        store::distinct_people(reads.db(), scope, &windows)
    )?;
    let counts = |i: usize| [people[i], people[i + 1], people[i + 2], people[i + 3]];
    let current = period(scope.from, scope.to, tools, &day_rows, counts(0));
    let previous = period(prev_from, prev_to, tools, &day_rows, counts(4));
    let change = change(&current, &previous);
    Ok(Summary { current, previous, change })
}

fn is_active(day: Option<&(Measures, i64)>) -> bool {
    day.is_some_and(|(s, active)| *active > 0 || s.interactions > 0)
}

/// The figures of `[from, to]` over `tools` from per-day rows (which may cover more days) and the
/// distinct people counts `[active, dau, wau, mau]`.
pub fn period(
    from: NaiveDate,
    to: NaiveDate,
    tools: ProviderSet,
    rows: &[DayTotals],
    people: [i64; 4],
) -> Period {
    let rows: Vec<&DayTotals> = rows.iter().filter(|r| r.day >= from && r.day <= to).collect();
    let mut totals = Measures::default();
    let mut per_tool: HashMap<Provider, i64> = HashMap::new();
    let mut day_map: BTreeMap<NaiveDate, (Measures, i64)> = BTreeMap::new();
    for row in &rows {
        totals += row.sums;
        // The top tool is decided by active days, which every tool reports.
        if let Some(p) = provider(&row.provider) {
            *per_tool.entry(p).or_default() += row.active_actors;
        }
        let e = day_map.entry(row.day).or_default();
        e.0 += row.sums;
        e.1 += row.active_actors;
    }
    let active_days = day_map.values().filter(|d| is_active(Some(d))).count() as i64;
    let (current_streak, longest_streak) = streaks(from, to, |d| is_active(day_map.get(&d)));
    let top_tool = PROVIDERS
        .iter()
        .filter_map(|p| per_tool.get(p).filter(|v| **v > 0).map(|v| (*p, *v)))
        .fold(None::<(Provider, i64)>, |best, (p, v)| match best {
            Some((_, bv)) if bv >= v => best,
            _ => Some((p, v)),
        })
        .map(|(p, _)| p);
    Period {
        from,
        to,
        totals: Totals::over(totals, tools),
        active_days,
        active_users: people[0],
        dau: people[1],
        wau: people[2],
        mau: people[3],
        current_streak,
        longest_streak,
        top_tool,
        acceptance_rate_by_count: totals.acceptance_by_count(),
        acceptance_rate_by_lines: totals.acceptance_by_lines(),
    }
}

/// `[range, last day, last 7 days, last 30 days]` windows ending on `to`.
pub fn people_windows(from: NaiveDate, to: NaiveDate) -> [(NaiveDate, NaiveDate); 4] {
    [(from, to), (to, to), (to - Days::new(6), to), (to - Days::new(29), to)]
}

/// Current minus previous, and the relative changes.
pub fn change(current: &Period, previous: &Period) -> Change {
    let (c, p) = (&current.totals, &previous.totals);
    let diff = |m: Metric| Some(c.get(m)? - p.get(m)?);
    let rel = |m: Metric| ratio(c.get(m)? - p.get(m)?, p.get(m)?);
    Change {
        interactions: diff(Metric::Interactions),
        total_tokens: diff(Metric::TotalTokens),
        cost_millicents: diff(Metric::CostMillicents),
        lines_added: diff(Metric::LinesAdded),
        lines_accepted: diff(Metric::LinesAccepted),
        suggestions_accepted: diff(Metric::SuggestionsAccepted),
        active_users: current.active_users - previous.active_users,
        active_days: current.active_days - previous.active_days,
        interactions_ratio: rel(Metric::Interactions),
        active_users_ratio: ratio(current.active_users - previous.active_users, previous.active_users),
        cost_ratio: rel(Metric::CostMillicents),
    }
}
