//! The top values of a dimension by a metric, the rest summed into `other`. PERSON rows are
//! per-person data ([`BreakdownDimension::rows`]); TEAM rows below admin are only the teams the
//! minimum group size shows ([`super::privacy`]), the hidden ones counted and left out of the
//! total and `other`, so `total − Σ rows` is exactly `other`.

use std::collections::HashMap;

use super::people::{person_rows, subject_key};
use super::privacy::TeamGroups;
use super::scope::{Rows, Selection};
use super::totals::{PROVIDERS, Totals, metric_value, provider};
use super::{AnalyticsError, Reads};
use crate::domain::analytics::ratio;
use crate::domain::{Dimension, Measures, Metric, Provider, ProviderSet};
use crate::storage::analytics::{self as store, Detail, KeyTotals, Scope};

/// What a breakdown groups by.
#[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq, Debug)]
pub enum BreakdownDimension {
    /// The tool (Claude Code, Copilot, Cursor).
    Provider,
    /// The model, as the vendor names it (Claude Code: `model_breakdown[].model`; Copilot:
    /// `totals_by_model_feature[].model`; Cursor: the usage events' `model`).
    Model,
    /// The editor or IDE (Copilot only: `totals_by_ide[].ide`). Its rows carry no lines accepted:
    /// Copilot does not split editors by feature, so agent edits cannot be left out.
    Editor,
    /// The programming language (Copilot only: `totals_by_language_feature[].language`; Claude
    /// Code and Cursor report no languages, so a breakdown of them alone is empty).
    Language,
    /// The feature: completions, chat, agent edits… (Copilot only: `totals_by_feature[].feature`).
    Feature,
    /// The person (per-person data: admins see everyone, members themselves).
    Person,
    /// The team as the vendor reports it (Copilot): all the range's usage of the actors ever
    /// placed in it. Below admin, only teams shown under `minGroupSize` are listed.
    Team,
}

impl BreakdownDimension {
    /// Whose rows a breakdown by this dimension shows.
    pub fn rows(self) -> Rows {
        if self == BreakdownDimension::Person { Rows::PerPerson } else { Rows::Aggregates }
    }
}

/// Top values of a dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// What the rows group by.
    pub dimension: BreakdownDimension,
    /// What rows are ranked and summed by.
    pub metric: Metric,
    /// The metric over every row and `other`; `None` when no tool in scope reports it.
    pub total: Option<i64>,
    /// The top rows, largest first (ties by key).
    pub rows: Vec<Row>,
    /// Everything after the top rows, if anything is left.
    pub other: Option<Row>,
    /// Teams hidden from the audience under the minimum group size.
    pub hidden_groups: i32,
}

/// One value of a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The value (`person:<id>` or `actor:<id>` for people, `other` for the rest).
    pub key: String,
    /// The metric; `None` when the row's tools do not report it.
    pub value: Option<i64>,
    /// `value` ÷ the total.
    pub share: Option<f64>,
    /// Distinct people behind the row (teams only).
    pub people: Option<i64>,
    /// Every measure of the row.
    pub totals: Totals,
    /// The person key the row is about (PERSON rows only).
    pub subject: Option<i64>,
}

/// `top` as a row count: 1 to 1000.
pub fn check_top(top: i32) -> Result<usize, AnalyticsError> {
    match usize::try_from(top) {
        Ok(top @ 1..=1000) => Ok(top),
        _ => Err(AnalyticsError::BadInput("top must be between 1 and 1000".into())),
    }
}

/// The breakdown of `selection` by `dimension`, ranked by `metric`, cut after `top` rows.
pub async fn breakdown(
    reads: &dyn Reads,
    selection: &Selection,
    dimension: BreakdownDimension,
    top: usize,
    metric: Metric,
) -> Result<Breakdown, AnalyticsError> {
    let scope = &selection.scope;
    let (db, tools) = (reads.db(), reads.tools(scope).await?);
    let mut hidden_groups = 0;
    let ranked: Vec<Ranked> = match dimension {
        BreakdownDimension::Provider => provider_rows(reads, scope, metric).await?,
        BreakdownDimension::Model
        | BreakdownDimension::Editor
        | BreakdownDimension::Language
        | BreakdownDimension::Feature => {
            let dim = match dimension {
                BreakdownDimension::Model => Dimension::Model,
                BreakdownDimension::Editor => Dimension::Editor,
                BreakdownDimension::Language => Dimension::Language,
                _ => Dimension::Feature,
            };
            key_rows(store::dimension_totals(db, scope, dim).await?, metric, false, tools)
        }
        BreakdownDimension::Team => {
            let ranked = key_rows(store::team_totals(db, scope).await?, metric, true, tools);
            match TeamGroups::for_audience(db, &selection.audience, scope).await? {
                None => ranked,
                Some(groups) => {
                    let (shown, hidden) = groups.shown_rows(ranked, |r| r.key.as_str());
                    hidden_groups = hidden as i32;
                    shown
                }
            }
        }
        BreakdownDimension::Person => person_rows(db, scope, metric, Detail::AllMeasures)
            .await?
            .into_iter()
            .map(|p| Ranked {
                key: subject_key(p.key),
                value: metric.reported_by_any(tools).then_some(p.value),
                people: None,
                totals: Totals::over(p.sums, tools),
                subject: Some(p.key),
            })
            .collect(),
    };
    let total = metric.reported_by_any(tools).then(|| ranked.iter().filter_map(|r| r.value).sum::<i64>());
    let (rows, other) = top_n(ranked, top, total, tools);
    Ok(Breakdown { dimension, metric, total, rows, other, hidden_groups })
}

/// A row ready for ranking.
struct Ranked {
    key: String,
    /// `None` when the row's tools do not report the metric.
    value: Option<i64>,
    people: Option<i64>,
    /// The row's measures over the tools its figures cover.
    totals: Totals,
    subject: Option<i64>,
}

/// Dimension or team rows over `tools`.
fn key_rows(rows: Vec<KeyTotals>, metric: Metric, with_people: bool, tools: ProviderSet) -> Vec<Ranked> {
    rows.into_iter()
        .map(|row| {
            let value = metric_value(&row.sums, metric, row.active_days, row.people);
            Ranked {
                value: metric.reported_by_any(tools).then_some(value),
                people: with_people.then_some(row.people),
                key: row.key,
                totals: Totals::over(row.sums, tools),
                subject: None,
            }
        })
        .collect()
}

/// One row per tool with usage; its value is null when the tool does not report `metric`.
async fn provider_rows(
    reads: &dyn Reads,
    scope: &Scope,
    metric: Metric,
) -> Result<Vec<Ranked>, AnalyticsError> {
    let mut per: HashMap<Provider, (Measures, i64)> = HashMap::new();
    for row in reads.day_totals(scope).await?.iter() {
        if let Some(p) = provider(&row.provider) {
            let e = per.entry(p).or_default();
            e.0 += row.sums;
            e.1 += row.active_actors;
        }
    }
    let people =
        if metric == Metric::ActiveUsers { provider_people(reads, scope).await? } else { HashMap::new() };
    Ok(PROVIDERS
        .iter()
        .filter_map(|p| per.get(p).map(|s| (*p, *s)))
        .map(|(p, (sums, active_days))| {
            let people = people.get(&p).copied().unwrap_or(0);
            Ranked {
                key: p.as_str().to_owned(),
                value: metric.reported_by(p).then(|| metric_value(&sums, metric, active_days, people)),
                people: None,
                totals: Totals::over(sums, ProviderSet::single(p)),
                subject: None,
            }
        })
        .collect())
}

/// Distinct active people per tool over the scope.
async fn provider_people(reads: &dyn Reads, scope: &Scope) -> Result<HashMap<Provider, i64>, AnalyticsError> {
    let mut out = HashMap::new();
    for p in PROVIDERS {
        if !scope.providers.is_empty() && !scope.providers.contains(&p) {
            continue;
        }
        let narrowed = Scope { providers: vec![p], ..scope.clone() };
        let counts = store::distinct_people(reads.db(), &narrowed, &[(scope.from, scope.to)]).await?;
        out.insert(p, counts.first().copied().unwrap_or(0));
    }
    Ok(out)
}

/// Sorts by value (descending, nulls last, ties by key) and cuts the top `top`, summing the rest
/// into `other`.
fn top_n(
    mut rows: Vec<Ranked>,
    top: usize,
    total: Option<i64>,
    tools: ProviderSet,
) -> (Vec<Row>, Option<Row>) {
    rows.sort_by(|a, b| b.value.cmp(&a.value).then_with(|| a.key.cmp(&b.key)));
    let rest = if rows.len() > top { rows.split_off(top) } else { vec![] };
    let share = |v: Option<i64>| ratio(v?, total?);
    let to_row = |r: Ranked| Row {
        share: share(r.value),
        key: r.key,
        value: r.value,
        people: r.people,
        totals: r.totals,
        subject: r.subject,
    };
    let other = (!rest.is_empty()).then(|| {
        let mut sums = Measures::default();
        let mut value = None::<i64>;
        for r in &rest {
            sums += r.totals.sums;
            if let Some(v) = r.value {
                value = Some(value.unwrap_or(0) + v);
            }
        }
        Row {
            key: "other".into(),
            value,
            share: share(value),
            people: None,
            totals: Totals::over(sums, tools),
            subject: None,
        }
    });
    (rows.into_iter().map(to_row).collect(), other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analytics::people::check_page;

    #[test]
    fn top_and_page_bounds_are_inclusive() {
        assert!(check_top(0).is_err());
        assert_eq!(check_top(1).ok(), Some(1));
        assert_eq!(check_top(1000).ok(), Some(1000));
        assert!(check_top(1001).is_err());
        assert_eq!(check_page(0, 0).ok(), Some((0, 0)));
        assert_eq!(check_page(1000, 5).ok(), Some((1000, 5)));
        assert!(check_page(1001, 0).is_err());
        assert!(check_page(10, -1).is_err());
    }
}
