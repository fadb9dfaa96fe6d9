//! `people.csv`: the people leaderboard (`people`), every row of it, ranked by active days (the
//! field's default): who, their totals, and per tool their active days, last active day and
//! licence with its idleness. Read 500 rows at a time through [`analytics::people::page`] and
//! written as it goes. Per-person data: the selection was made for
//! [`crate::analytics::Rows::PerPerson`].
//!
//! A person holding several licences of one tool (through several integrations) gets that tool's
//! most recently used one in the licence columns, and is idle only when every one of them is.

use std::collections::HashMap;

use axum::body::Body;

use super::columns::{Cell, MEASURE_COLUMNS, measure_cells};
use super::csv_writer::{self, Stop};
use crate::analytics::people::{PageParams, PersonRow};
use crate::analytics::seats::SeatState;
use crate::analytics::totals::PROVIDERS;
use crate::analytics::{self, Selection};
use crate::domain::{ActorKind, Metric, Provider};
use crate::storage::analytics::people::{actors_by_ids, persons_by_ids};
use crate::storage::{Db, StorageError};

/// Leaderboard rows read per page.
pub const PEOPLE_PAGE_ROWS: usize = 500;

/// The per-tool columns, after the tool's name.
const TOOL_COLUMNS: [&str; 7] = [
    "active_days",
    "last_active_day",
    "seat_plan",
    "seat_last_active_day",
    "seat_idle_7_days",
    "seat_idle_30_days",
    "seat_pending_cancellation_date",
];

/// Who a per-person row is about, as a spreadsheet shows them.
#[derive(Debug, Clone, Default)]
pub struct Named {
    /// The person's display name, else the actor's real name, else its identifier (`label`).
    pub name: String,
    /// The person's email, or an email actor's address.
    pub email: Option<String>,
}

/// Names of the person keys (a person's id, or minus an unlinked actor's id), two statements.
pub async fn names(db: &Db, keys: &[i64]) -> Result<HashMap<i64, Named>, StorageError> {
    let person_ids: Vec<i64> = keys.iter().copied().filter(|k| *k >= 0).collect();
    let actor_ids: Vec<i64> = keys.iter().filter(|k| **k < 0).map(|k| -k).collect();
    let mut out = HashMap::new();
    if !person_ids.is_empty() {
        for p in persons_by_ids(db, &person_ids).await? {
            out.insert(p.id, Named { name: p.display_name, email: p.email });
        }
    }
    if !actor_ids.is_empty() {
        for a in actors_by_ids(db, &actor_ids).await? {
            let email = (a.actor.kind == ActorKind::Email).then(|| a.actor.identifier.clone());
            let name = a.actor.display_name.unwrap_or(a.actor.identifier);
            out.insert(-a.actor.id, Named { name, email });
        }
    }
    Ok(out)
}

fn header() -> Vec<String> {
    let mut names: Vec<String> =
        ["rank", "person_id", "actor_id", "name", "email_address", "active_days"].map(str::to_owned).to_vec();
    names.extend(MEASURE_COLUMNS.iter().map(|(_, name)| (*name).to_owned()));
    for provider in PROVIDERS {
        names.extend(TOOL_COLUMNS.iter().map(|column| format!("{}_{column}", provider.as_str())));
    }
    names
}

/// The streamed body of `people.csv` over `selection`.
pub fn body(db: Db, selection: Selection, bom: bool) -> Body {
    csv_writer::stream("people", bom, header(), move |mut sink| async move {
        let mut offset = 0;
        loop {
            let params = PageParams {
                order_by: Metric::ActiveDays,
                first: PEOPLE_PAGE_ROWS,
                offset,
                with_measures: true,
            };
            let page = analytics::people::page(&db, &selection.scope, params).await?;
            let keys: Vec<i64> = page.rows.iter().map(|r| r.person_key).collect();
            let named = names(&db, &keys).await?;
            for row in &page.rows {
                sink.row(cells(row, named.get(&row.person_key)))?;
            }
            sink.flush().await?;
            offset += page.rows.len();
            if page.rows.len() < PEOPLE_PAGE_ROWS || offset as i64 >= page.total {
                return Ok::<(), Stop>(());
            }
        }
    })
}

fn cells<'a>(row: &'a PersonRow, named: Option<&'a Named>) -> Vec<Cell<'a>> {
    let key = row.person_key;
    let mut cells = vec![
        Cell::Number(Some(row.rank)),
        Cell::Number((key >= 0).then_some(key)),
        Cell::Number((key < 0).then_some(-key)),
        Cell::text(named.map_or("", |n| n.name.as_str())),
        Cell::text_or_empty(named.and_then(|n| n.email.as_deref())),
        Cell::Number(row.value),
    ];
    cells.extend(measure_cells(row.totals));
    for provider in PROVIDERS {
        let tool = row.tools.iter().find(|t| t.provider == provider);
        cells.push(Cell::Number(tool.map(|t| t.active_days)));
        cells.push(Cell::Day(tool.and_then(|t| t.last_active_day)));
        cells.extend(seat_cells(&row.seats, provider));
    }
    cells
}

/// The licence columns of one tool (the module docs say which licence when there are several).
fn seat_cells(seats: &[SeatState], provider: Provider) -> [Cell<'_>; 5] {
    let of_tool: Vec<&SeatState> = seats.iter().filter(|s| s.provider == provider).collect();
    let latest = of_tool.iter().copied().max_by_key(|s| s.last_active_day);
    let all_idle = |idle: fn(&SeatState) -> bool| latest.map(|_| of_tool.iter().all(|s| idle(s)));
    [
        Cell::text_or_empty(latest.and_then(|s| s.plan.as_deref())),
        Cell::Day(latest.and_then(|s| s.last_active_day)),
        Cell::Flag(all_idle(|s| s.idle7_days)),
        Cell::Flag(all_idle(|s| s.idle30_days)),
        Cell::Day(latest.and_then(|s| s.pending_cancellation_date)),
    ]
}
