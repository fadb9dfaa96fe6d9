//! Aggregates for the dashboard, computed in the database; one file per question.
//!
//! Workspace-wide questions read the rollups (`usage_rollup_daily`, `usage_rollup_breakdown_daily`,
//! `usage_rollup_person_day`; distinct people from `usage_rollup_person_month` bitmaps and
//! `usage_rollup_workspace_day` counts): a year is a few thousand rows whatever the team size.
//! Questions about some actors (a person, a team, a member's own rows) read `daily_usage` for
//! those actors only. Per-person totals read `usage_rollup_actor_cumulative`: per actor, its
//! running totals on the range's last written day minus those on the last written day before it.
//! Every function here is one SQL statement that returns at most a few thousand grouped rows; the
//! service never sums raw rows. The rules that decide what to ask (who may see what, which figures
//! a chart needs) are `crate::analytics`'s.
//!
//! - `day_totals`: per day and tool, and the days each integration has written;
//! - `daily_pages`: the raw per-person daily rows, a keyset page at a time (`daily.csv`);
//! - `distinct_people`: distinct active people per bucket or window;
//! - `key_totals`: per value of a vendor dimension, or per team;
//! - `person_totals`: per person and tool (the leaderboard);
//! - `seat_use`: licences and their holders' last active day;
//! - `people`: which actors a filter means, and the links between actors and persons;
//! - `rollups`: keeping the rollups in step as days are written.

pub mod daily_pages;
mod day_totals;
mod distinct_people;
pub mod identities;
mod key_totals;
pub mod people;
mod person_totals;
pub mod rollups;
mod scope;
mod seat_use;
pub mod sql;

use diesel::QueryableByName;
use diesel_async::RunQueryDsl;

use super::{Db, StorageError};
use crate::db_run;

pub use day_totals::{DayTotals, SyncedDay, day_totals, synced_days};
pub use distinct_people::{BucketPeople, active_people_by_bucket, distinct_people};
pub use key_totals::{KeyTotals, dimension_totals, team_totals};
pub use person_totals::{Detail, PersonToolTotals, person_tool_totals};
pub use scope::Scope;
pub use seat_use::{SeatUse, seats};

/// Runs one analytics statement and loads its grouped rows, logging how long it took.
async fn load<T>(db: &Db, text: String) -> Result<Vec<T>, StorageError>
where
    T: QueryableByName<diesel::pg::Pg> + QueryableByName<diesel::sqlite::Sqlite> + Send + 'static,
{
    let started = std::time::Instant::now();
    let out = db_run!(db, |conn| Ok(diesel::sql_query(text.as_str()).load::<T>(conn).await?));
    tracing::trace!(elapsed_ms = started.elapsed().as_secs_f64() * 1000.0, statement = %text, "analytics statement");
    out
}

/// Runs statements one after the other (bulk seeding in tests and benchmarks).
#[cfg(feature = "test-support")]
pub async fn bulk_execute(db: &Db, statements: Vec<String>) -> Result<(), StorageError> {
    use diesel_async::SimpleAsyncConnection;
    db_run!(db, |conn| {
        for statement in &statements {
            conn.batch_execute(statement).await?;
        }
        Ok(())
    })
}
