//! `daily.csv`: the per-person daily rows of the selection (`dailyUsage`'s rows, unbounded in
//! count), in `(integration, actor, day)` order, read a keyset page at a time
//! (`storage::analytics::daily_pages`) and written page by page. Per-person data: the selection
//! was made for [`crate::analytics::Rows::PerPerson`] (admins everyone, members their own).

use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Body;

use super::columns::{Cell, header_with_measures, measure_cells};
use super::csv_writer::{self, Stop};
use crate::analytics::Selection;
use crate::analytics::totals::Totals;
use crate::domain::ProviderSet;
use crate::storage::Db;
use crate::storage::analytics::daily_pages::{DAILY_PAGE_ROWS, DailyRow, daily_page};

/// Rows per page; tests lower it to cross page boundaries with few rows.
static PAGE_ROWS: AtomicUsize = AtomicUsize::new(DAILY_PAGE_ROWS);

/// Sets the rows per page of every `daily.csv` from now on (at least 1).
#[cfg(feature = "test-support")]
pub fn set_page_rows(rows: usize) {
    PAGE_ROWS.store(rows.max(1), Ordering::Relaxed);
}

/// The file's columns.
fn header() -> Vec<String> {
    header_with_measures(&[
        "day",
        "integration_id",
        "provider",
        "actor_id",
        "actor_kind",
        "actor",
        "person_id",
        "active_that_day",
        "currency",
    ])
}

/// The streamed body of `daily.csv` over `selection`.
pub fn body(db: Db, selection: Selection, bom: bool) -> Body {
    csv_writer::stream("daily", bom, header(), move |mut sink| async move {
        let rows = PAGE_ROWS.load(Ordering::Relaxed);
        let mut after = None;
        loop {
            let page = daily_page(&db, &selection.scope, after, rows).await?;
            for row in &page {
                sink.row(cells(row))?;
            }
            sink.flush().await?;
            match page.last() {
                Some(last) if page.len() == rows => after = Some(last.key()),
                _ => return Ok::<(), Stop>(()),
            }
        }
    })
}

fn cells(row: &DailyRow) -> Vec<Cell<'_>> {
    let totals = Totals::over(row.sums, ProviderSet::single(row.provider));
    let mut cells = vec![
        Cell::Day(Some(row.day)),
        Cell::Number(Some(row.integration_id)),
        Cell::Word(row.provider.as_str()),
        Cell::Number(Some(row.actor_id)),
        Cell::Word(row.actor_kind.as_str()),
        Cell::text(row.actor.as_str()),
        Cell::Number(row.person_id),
        Cell::Flag(Some(row.active)),
        Cell::text(row.currency.as_str()),
    ];
    cells.extend(measure_cells(totals));
    cells
}
