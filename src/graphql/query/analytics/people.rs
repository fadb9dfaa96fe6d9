//! The people leaderboard: who is listed, ranked by what, with which licences.
//!
//! **Who is listed** (one rule for every tool): each identity the scope counts (humans by
//! default, see `domain::identity`) that has a usage row in the range — active or not, so a
//! Cursor member whose idle days the vendor reports is listed — or holds a seat of one of the
//! scope's integrations, with usage or not: a Copilot seat holder who never used Copilot is
//! exactly who a licence review looks for. People without usage rank last, with 0.

use std::collections::{BTreeMap, HashMap};

use async_graphql::Context;
use chrono::{Days, NaiveDate};

use super::figures::{PROVIDERS, provider};
use super::scope::restrict;
use super::source::Source;
use crate::domain::{Measures, Metric, ProviderSet};
use crate::graphql::ApiError;
use crate::graphql::types::BigInt;
use crate::graphql::types::analytics::{
    PeoplePage, PersonUsage, SeatInfo, SeatSummary, Subject, ToolUsage, UsageTotals,
};
use crate::storage::Db;
use crate::storage::analytics::{self as store, Detail, Scope, SeatUse};

/// One person's totals across tools.
pub(super) struct PersonTotals {
    pub key: i64,
    /// The ranking metric (for ACTIVE_USERS: active days summed over tools).
    pub value: i64,
    /// Every measure, or zeros when only the ranking was read.
    pub sums: Measures,
    pub tools: Vec<ToolUsage>,
    actor_ids: Vec<i64>,
}

/// A page of the leaderboard over `scope`, ordered by `order_by`.
pub(super) async fn page(
    ctx: &Context<'_>,
    scope: &Scope,
    order_by: Metric,
    first: i32,
    offset: i32,
) -> Result<PeoplePage, ApiError> {
    let db = ctx.data_unchecked::<Db>();
    let tools = Source::of(ctx).tools(scope).await?;
    let ranking = person_rows(db, scope, order_by, Detail::Ranking);
    let (ranked, seats) = futures_util::try_join!(ranking, async { Ok(store::seats(db, scope).await?) })?;
    let mut persons = listed(ranked, &seats);
    persons.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.key.cmp(&b.key)));
    let total = persons.len() as i64;
    let idle = |last: Option<NaiveDate>, days: u64| last.is_none_or(|d| d < scope.to - Days::new(days - 1));
    let summary = SeatSummary {
        assigned: seats.len() as i64,
        idle7_days: seats.iter().filter(|s| idle(s.last_active_day, 7)).count() as i64,
        idle30_days: seats.iter().filter(|s| idle(s.last_active_day, 30)).count() as i64,
    };
    let mut seats_of: HashMap<i64, Vec<SeatInfo>> = HashMap::new();
    for s in seats {
        let Some(p) = provider(&s.provider) else { continue };
        seats_of.entry(s.person_key).or_default().push(SeatInfo {
            provider: p,
            plan: s.plan,
            pending_cancellation_date: s.pending_cancellation_date,
            last_active_day: s.last_active_day,
            idle7_days: idle(s.last_active_day, 7),
            idle30_days: idle(s.last_active_day, 30),
        });
    }
    let mut page: Vec<(usize, PersonTotals)> =
        persons.into_iter().enumerate().skip(offset as usize).take(first as usize).collect();
    let selected = ctx.look_ahead().field("rows");
    if selected.field("totals").exists() || selected.field("tools").field("totals").exists() {
        read_all_measures(db, scope, order_by, &mut page).await?;
    }
    let rows = page
        .into_iter()
        .map(|(i, p)| PersonUsage {
            rank: i as i64 + 1,
            subject: Subject::from_key(p.key),
            value: order_by.reported_by_any(tools).then_some(BigInt(p.value)),
            totals: UsageTotals::over(p.sums, tools),
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
) -> Result<(), ApiError> {
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
) -> Result<Vec<PersonTotals>, ApiError> {
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
            entry.tools.push(ToolUsage {
                provider: p,
                active_days: row.active_days,
                last_active_day: row.last_active_day,
                totals: UsageTotals::over(sums, ProviderSet::single(p)),
            });
        }
    }
    let mut out: Vec<PersonTotals> = by_key.into_values().collect();
    for p in &mut out {
        p.tools.sort_by_key(|t| PROVIDERS.iter().position(|x| *x == t.provider));
    }
    Ok(out)
}
