//! Gathering the report's figures, all through [`crate::analytics`] with the caller's own
//! selection, so the PDF shows exactly what the GraphQL fields answer for the same parameters.
//! Everything is read here, before rendering starts: the renderer never touches the database.

use chrono::{Days, NaiveDate, NaiveDateTime, Utc};

use crate::analytics::breakdown::{self, Breakdown, BreakdownDimension};
use crate::analytics::freshness::{self, Freshness};
use crate::analytics::heatmap::{self, Heatmap};
use crate::analytics::people::{self, PageParams, PersonRow};
use crate::analytics::range::MAX_DAYS;
use crate::analytics::series::{self, Series, SeriesParams};
use crate::analytics::summary::{self, Summary};
use crate::analytics::{Rows, Scope};
use crate::auth::{Action, Caller};
use crate::domain::{Granularity, Metric, ProviderSet};
use crate::export::{ExportError, ExportQuery};
use crate::storage::analytics::people::{actors_by_ids, persons_by_ids};
use crate::storage::{Db, workspaces};

/// The most people rows a report lists (a larger workspace's report says how many it left out).
pub const MAX_PEOPLE: usize = 5_000;
/// Rows of each breakdown before `other`.
pub const TOP_ROWS: usize = 10;
/// The metrics of the time series charts, in order.
pub const SERIES_METRICS: [Metric; 2] = [Metric::ActiveUsers, Metric::TotalTokens];

/// Every figure of one report.
#[derive(Debug, Clone)]
pub struct Figures {
    /// The workspace's name.
    pub workspace: String,
    /// When the figures were read (UTC).
    pub generated_at: NaiveDateTime,
    /// The headline figures, with the previous period.
    pub summary: Summary,
    /// The connected tools the figures cover.
    pub tools: ProviderSet,
    /// The calendar of active days (at most the last three years of the range).
    pub heatmap: Heatmap,
    /// Figures over time, one line per tool ([`SERIES_METRICS`]).
    pub series: Series,
    /// Rows per tool, by active days.
    pub by_tool: Breakdown,
    /// Rows per model, by active days.
    pub by_model: Breakdown,
    /// The leaderboard, when the caller may see person rows.
    pub people: Option<People>,
    /// Sync coverage (at most the last three years of the range).
    pub freshness: Freshness,
}

/// The people section's figures.
#[derive(Debug, Clone)]
pub struct People {
    /// People listed before the cut at [`MAX_PEOPLE`].
    pub total: i64,
    /// Each listed person's name and row, in rank order.
    pub rows: Vec<(String, PersonRow)>,
    /// The caller sees only their own rows (a member), not everyone's (an admin).
    pub own_only: bool,
}

impl Figures {
    /// Whether the per-day sections show only the last three years of a longer range.
    pub fn per_day_cut(&self) -> bool {
        self.heatmap.from > self.summary.current.from
    }
}

/// Reads every figure of `query`'s report as `caller` may see it: 403 when the caller may not
/// read the workspace's aggregates; the people section only when they may read person rows.
pub async fn gather(db: &Db, caller: &Caller, query: &ExportQuery) -> Result<Figures, ExportError> {
    let aggregates = query.select(db, caller, Rows::Aggregates).await?;
    let scope = &aggregates.scope;
    let per_day = per_day_scope(scope);
    let params = SeriesParams {
        granularity: series_granularity(query.granularity, scope.from, scope.to),
        metrics: SERIES_METRICS.to_vec(),
        split_by_provider: true,
    };
    let today = Utc::now().date_naive();
    let (workspace, summary, tools, heatmap, series, by_tool, by_model, freshness) = futures_util::try_join!(
        async { workspaces::get(db, scope.workspace_id).await.map_err(ExportError::from) },
        async { Ok::<_, ExportError>(summary::summary(db, scope).await?) },
        async { Ok::<_, ExportError>(crate::analytics::reads::tools_in_scope(db, scope).await?) },
        async { Ok::<_, ExportError>(heatmap::heatmap(db, &per_day, Metric::ActiveDays).await?) },
        async { Ok::<_, ExportError>(series::series(db, scope, params).await?) },
        async {
            Ok::<_, ExportError>(
                breakdown::breakdown(
                    db,
                    &aggregates,
                    BreakdownDimension::Provider,
                    TOP_ROWS,
                    Metric::ActiveDays,
                )
                .await?,
            )
        },
        async {
            Ok::<_, ExportError>(
                breakdown::breakdown(
                    db,
                    &aggregates,
                    BreakdownDimension::Model,
                    TOP_ROWS,
                    Metric::ActiveDays,
                )
                .await?,
            )
        },
        async { Ok::<_, ExportError>(freshness::freshness(db, &per_day, today).await?) },
    )?;
    let people = match query.select(db, caller, Rows::PerPerson).await {
        Ok(selection) => {
            let own_only = !selection.audience.may(Action::ReadAllPersonRows);
            Some(people_rows(db, &selection.scope, own_only).await?)
        }
        // Viewers may not see person rows at all: their report says so instead.
        Err(ExportError::Forbidden) => None,
        Err(other) => return Err(other),
    };
    Ok(Figures {
        workspace: workspace.name,
        generated_at: Utc::now().naive_utc(),
        summary,
        tools,
        heatmap,
        series,
        by_tool,
        by_model,
        people,
        freshness,
    })
}

/// The scope of the per-day answers: the range, or its last three years when longer.
fn per_day_scope(scope: &Scope) -> Scope {
    let earliest = scope.to - Days::new(MAX_DAYS as u64 - 1);
    scope.with_days(scope.from.max(earliest), scope.to)
}

/// The asked granularity, coarsened so a chart keeps a readable number of points (at most about
/// a hundred) and a long range stays within what a DAY series allows.
pub fn series_granularity(asked: Granularity, from: NaiveDate, to: NaiveDate) -> Granularity {
    let days = (to - from).num_days() + 1;
    let needed = if days <= 92 {
        Granularity::Day
    } else if days <= 731 {
        Granularity::Week
    } else {
        Granularity::Month
    };
    let rank = |g: Granularity| match g {
        Granularity::Day => 0,
        Granularity::Week => 1,
        Granularity::Month => 2,
    };
    if rank(asked) >= rank(needed) { asked } else { needed }
}

/// The whole leaderboard (up to [`MAX_PEOPLE`]) with every measure, and each person's name.
async fn people_rows(db: &Db, scope: &Scope, own_only: bool) -> Result<People, ExportError> {
    const PAGE: usize = 1_000;
    let mut rows = Vec::new();
    let mut total = 0;
    while rows.len() < MAX_PEOPLE {
        let params =
            PageParams { order_by: Metric::ActiveDays, first: PAGE, offset: rows.len(), with_measures: true };
        let page = people::page(db, scope, params).await?;
        total = page.total;
        let got = page.rows.len();
        rows.extend(page.rows);
        if got < PAGE {
            break;
        }
    }
    rows.truncate(MAX_PEOPLE);
    let person_ids: Vec<i64> = rows.iter().map(|r| r.person_key).filter(|k| *k >= 0).collect();
    let actor_ids: Vec<i64> = rows.iter().map(|r| r.person_key).filter(|k| *k < 0).map(|k| -k).collect();
    let mut names = std::collections::HashMap::new();
    for chunk in person_ids.chunks(PAGE) {
        for p in persons_by_ids(db, chunk).await? {
            names.insert(p.id, p.display_name);
        }
    }
    for chunk in actor_ids.chunks(PAGE) {
        for a in actors_by_ids(db, chunk).await? {
            names.insert(-a.actor.id, a.actor.display_name.unwrap_or(a.actor.identifier));
        }
    }
    let rows = rows.into_iter().map(|r| (names.remove(&r.person_key).unwrap_or_default(), r)).collect();
    Ok(People { total, rows, own_only })
}
