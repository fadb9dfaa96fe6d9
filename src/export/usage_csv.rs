//! `usage.csv`: aggregates, readable by viewers and up like `usageSeries` and `breakdown`.
//!
//! - Without `breakdown`: one row per bucket (day, ISO week or month) and connected tool, from
//!   [`analytics::series`] split by provider — the `usageSeries` answer with active people,
//!   active days and every measure as metrics. Rows go by bucket, then tool.
//! - With `breakdown=DIM`: one row per value of the dimension over the whole range, from
//!   [`analytics::breakdown`] with every value (`top` 1000, the `breakdown` field's maximum) and
//!   its `other` row, ranked by active days (the field's default). Privacy is the field's: PERSON
//!   rows are per-person data, TEAM rows below admin are the teams the minimum group size shows.
//!
//! Both answers are bounded (a few thousand buckets, 1001 rows), so they are computed before the
//! response starts — an error is still a status code — and then streamed in chunks.

use std::collections::HashMap;

use axum::body::Body;

use super::columns::{Cell, header_with_measures, measure_cells};
use super::csv_writer;
use super::people_csv::{Named, names};
use super::{ExportError, ExportQuery};
use crate::analytics::Selection;
use crate::analytics::breakdown::{self, Breakdown, Row};
use crate::analytics::reads::tools_in_scope;
use crate::analytics::series::{self, Series, SeriesParams};
use crate::domain::{Granularity, Metric};
use crate::storage::Db;

/// Rows written between two chunks.
const ROWS_PER_CHUNK: usize = 500;

/// The breakdown's row count before `other`: the `breakdown` field's maximum.
const BREAKDOWN_TOP: usize = 1000;

/// The body of `usage.csv` for `query` over `selection` (made for the breakdown's rows when
/// there is one, for aggregates otherwise).
pub async fn body(db: Db, query: &ExportQuery, selection: Selection) -> Result<Body, ExportError> {
    let bom = query.bom;
    match query.breakdown {
        None => {
            let tools = tools_in_scope(&db, &selection.scope).await?;
            let mut metrics = vec![Metric::ActiveUsers, Metric::ActiveDays];
            metrics.extend(super::columns::measure_metrics());
            let params = SeriesParams { granularity: query.granularity, metrics, split_by_provider: true };
            let mut series = series::series(&db, &selection.scope, params).await?;
            series.lines.retain(|line| line.provider.is_some_and(|p| tools.contains(p)));
            Ok(series_body(series, bom))
        }
        Some(dimension) => {
            let b =
                breakdown::breakdown(&db, &selection, dimension, BREAKDOWN_TOP, Metric::ActiveDays).await?;
            let subjects: Vec<i64> = b.rows.iter().filter_map(|r| r.subject).collect();
            let named = names(&db, &subjects).await?;
            Ok(breakdown_body(b, named, bom))
        }
    }
}

fn series_body(series: Series, bom: bool) -> Body {
    let header = header_with_measures(&[
        "bucket_start",
        "bucket_end",
        "granularity",
        "provider",
        "active_people",
        "active_days",
    ]);
    csv_writer::stream("usage", bom, header, move |mut sink| async move {
        let granularity = granularity_word(series.granularity);
        let buckets = series.lines.first().map_or(0, |line| line.points.len());
        let mut written = 0;
        for bucket in 0..buckets {
            for line in &series.lines {
                let (Some(point), Some(provider)) = (line.points.get(bucket), line.provider) else {
                    continue;
                };
                let mut cells = vec![
                    Cell::Day(Some(point.start)),
                    Cell::Day(Some(point.end)),
                    Cell::Word(&granularity),
                    Cell::Word(provider.as_str()),
                ];
                cells.extend(point.values.iter().map(|v| Cell::Number(*v)));
                sink.row(cells)?;
                written += 1;
                if written % ROWS_PER_CHUNK == 0 {
                    sink.flush().await?;
                }
            }
        }
        sink.flush().await
    })
}

fn breakdown_body(b: Breakdown, named: HashMap<i64, Named>, bom: bool) -> Body {
    let header = header_with_measures(&["key", "label", "active_days", "share", "people"]);
    csv_writer::stream("usage", bom, header, move |mut sink| async move {
        for (i, row) in b.rows.iter().chain(b.other.iter()).enumerate() {
            sink.row(breakdown_cells(row, &named))?;
            if (i + 1) % ROWS_PER_CHUNK == 0 {
                sink.flush().await?;
            }
        }
        sink.flush().await
    })
}

fn breakdown_cells<'a>(row: &'a Row, named: &'a HashMap<i64, Named>) -> Vec<Cell<'a>> {
    let label = match row.subject {
        Some(key) => named.get(&key).map_or("", |n| n.name.as_str()),
        None => row.key.as_str(),
    };
    let mut cells = vec![
        Cell::text(row.key.as_str()),
        Cell::text(label),
        Cell::Number(row.value),
        Cell::Ratio(row.share),
        Cell::Number(row.people),
    ];
    cells.extend(measure_cells(row.totals));
    cells
}

/// The granularity as the schema spells it (the parameter's own spelling).
fn granularity_word(granularity: Granularity) -> String {
    match async_graphql::InputType::to_value(&granularity) {
        async_graphql::Value::Enum(name) => name.as_str().to_owned(),
        other => other.to_string(),
    }
}
