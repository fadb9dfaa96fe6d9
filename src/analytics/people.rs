//! The people leaderboard: who is listed, ranked by what, with which licences.
//!
//! **Who is listed** (one rule for every tool): each identity the scope counts (humans by
//! default, see `domain::identity`) that has a usage row in the range — active or not, so a
//! Cursor member whose idle days the vendor reports is listed — or holds a seat of one of the
//! scope's integrations, with usage or not: a Copilot seat holder who never used Copilot is
//! exactly who a licence review looks for. People without usage rank last, with 0.
//!
//! A person is named by a *person key*: a person's id, or minus the id of an actor linked to
//! nobody (the rollups' convention).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::scope::restrict;
use super::seats::{self, SeatState, SeatSummary};
use super::totals::{PROVIDERS, Totals, provider};
use super::{AnalyticsError, Reads};
use crate::domain::{Measures, Metric, Provider, ProviderSet};
use crate::storage::Db;
use crate::storage::analytics::{self as store, Detail, Scope, SeatUse};

/// What page of the leaderboard to show, and how much of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageParams {
    /// The metric rows are ranked by, largest first.
    pub order_by: Metric,
    /// Rows in the page.
    pub first: usize,
    /// Rows to skip before the page.
    pub offset: usize,
    /// Whether the page's rows carry every measure (read for the page's people only) or zeros.
    pub with_measures: bool,
}

/// A page of the leaderboard.
#[derive(Debug, Clone, PartialEq)]
pub struct PeoplePage {
    /// First UTC day of the range.
    pub from: NaiveDate,
    /// Last UTC day of the range.
    pub to: NaiveDate,
    /// The ranking metric.
    pub order_by: Metric,
    /// People listed before paging.
    pub total: i64,
    /// The page, in rank order.
    pub rows: Vec<PersonRow>,
    /// Licences across the selection.
    pub seats: SeatSummary,
}

/// One person's row of the leaderboard.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    /// 1-based position in the whole leaderboard.
    pub rank: i64,
    /// Who the row is about.
    pub person_key: i64,
    /// The ranking metric; `None` when no tool in scope reports it.
    pub value: Option<i64>,
    /// Every measure over the selection (zeros unless asked for).
    pub totals: Totals,
    /// Per tool, in provider order.
    pub tools: Vec<ToolUse>,
    /// Licences held, with idleness.
    pub seats: Vec<SeatState>,
}

/// One person's use of one tool in the range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolUse {
    /// The tool.
    pub provider: Provider,
    /// Days the vendor counted the person as active.
    pub active_days: i64,
    /// The last such day in the range.
    pub last_active_day: Option<NaiveDate>,
    /// This tool's measures.
    pub totals: Totals,
}

/// One person's totals across tools.
pub(super) struct PersonTotals {
    pub key: i64,
    /// The ranking metric (for ACTIVE_USERS: active days summed over tools).
    pub value: i64,
    /// Every measure, or zeros when only the ranking was read.
    pub sums: Measures,
    pub tools: Vec<ToolUse>,
    actor_ids: Vec<i64>,
}

/// The key of a person's breakdown row: `person:<id>`, or `actor:<id>` for an unlinked actor.
pub fn subject_key(key: i64) -> String {
    if key >= 0 { format!("person:{key}") } else { format!("actor:{}", -key) }
}

/// `first` and `offset` as a page: 0 to 1000 rows, from a non-negative offset.
pub fn check_page(first: i32, offset: i32) -> Result<(usize, usize), AnalyticsError> {
    match (usize::try_from(first), usize::try_from(offset)) {
        (Ok(first @ 0..=1000), Ok(offset)) => Ok((first, offset)),
        _ => Err(AnalyticsError::BadInput("first must be 0–1000 and offset not negative".into())),
    }
}

/// A page of the leaderboard over `scope`.
pub async fn page(
    reads: &dyn Reads,
    scope: &Scope,
    params: PageParams,
) -> Result<PeoplePage, AnalyticsError> {
    let (db, order_by) = (reads.db(), params.order_by);
    let tools = reads.tools(scope).await?;
    let ranking = person_rows(db, scope, order_by, Detail::Ranking);
    let (ranked, seat_rows) = futures_util::try_join!(ranking, async {
        store::seats(db, scope).await.map_err(AnalyticsError::from)
    })?;
    let mut persons = listed(ranked, &seat_rows);
    persons.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.key.cmp(&b.key)));
    let total = persons.len() as i64;
    let summary = seats::summary(&seat_rows, scope.to);
    let mut seats_of = seats::by_holder(seat_rows, scope.to);
    let mut page: Vec<(usize, PersonTotals)> =
        persons.into_iter().enumerate().skip(params.offset).take(params.first).collect();
    if params.with_measures {
        read_all_measures(db, scope, order_by, &mut page).await?;
    }
    let rows = page
        .into_iter()
        .map(|(i, p)| PersonRow {
            rank: i as i64 + 1,
            person_key: p.key,
            value: order_by.reported_by_any(tools).then_some(p.value),
            totals: Totals::over(p.sums, tools),
            seats: seats_of.remove(&p.key).unwrap_or_default(),
            tools: p.tools,
        })
        .collect();
    Ok(PeoplePage { from: scope.from, to: scope.to, order_by, total, rows, seats: summary })
}

/// The listing rule (module docs): the ranked people, plus every seat holder without usage rows.
fn listed(mut ranked: Vec<PersonTotals>, seats: &[SeatUse]) -> Vec<PersonTotals> {
    let mut idle: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for seat in seats {
        if !ranked.iter().any(|p| p.key == seat.person_key) {
            idle.entry(seat.person_key).or_default().push(seat.actor_id);
        }
    }
    ranked.extend(idle.into_iter().map(|(key, actor_ids)| PersonTotals {
        key,
        value: 0,
        sums: Measures::default(),
        tools: vec![],
        actor_ids,
    }));
    ranked
}

/// Replaces the people of a leaderboard page with their totals of every measure, read for the
/// page's actors only.
async fn read_all_measures(
    db: &Db,
    scope: &Scope,
    order_by: Metric,
    page: &mut [(usize, PersonTotals)],
) -> Result<(), AnalyticsError> {
    if page.is_empty() {
        return Ok(());
    }
    let mut of_page = scope.clone();
    restrict(&mut of_page, page.iter().flat_map(|(_, p)| p.actor_ids.iter().copied()).collect());
    let mut full: HashMap<i64, PersonTotals> = person_rows(db, &of_page, order_by, Detail::AllMeasures)
        .await?
        .into_iter()
        .map(|p| (p.key, p))
        .collect();
    for (_, p) in page.iter_mut() {
        if let Some(found) = full.remove(&p.key) {
            *p = found;
        }
    }
    Ok(())
}

/// Every person of the scope with usage rows in its range, with `metric` and as much `detail`
/// as asked.
pub(super) async fn person_rows(
    db: &Db,
    scope: &Scope,
    metric: Metric,
    detail: Detail,
) -> Result<Vec<PersonTotals>, AnalyticsError> {
    let rows = store::person_tool_totals(db, scope, metric, detail).await?;
    let mut by_key: BTreeMap<i64, PersonTotals> = BTreeMap::new();
    for row in rows {
        let entry = by_key.entry(row.person_key).or_insert_with(|| PersonTotals {
            key: row.person_key,
            value: 0,
            sums: Measures::default(),
            tools: vec![],
            actor_ids: vec![],
        });
        let sums = row.sums.unwrap_or_default();
        entry.value += row.value;
        entry.sums += sums;
        entry.actor_ids.extend(row.actor_ids);
        if let Some(p) = provider(&row.provider) {
            entry.tools.push(ToolUse {
                provider: p,
                active_days: row.active_days,
                last_active_day: row.last_active_day,
                totals: Totals::over(sums, ProviderSet::single(p)),
            });
        }
    }
    let mut out: Vec<PersonTotals> = by_key.into_values().collect();
    for p in &mut out {
        p.tools.sort_by_key(|t| PROVIDERS.iter().position(|x| *x == t.provider));
    }
    Ok(out)
}
