//! Vendor responses as received, per integration and day (written by `usage::write_day`).

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::schema::raw_payloads;
use super::{DbConn, StorageError};
use crate::db_run;

/// `(endpoint, body)` of every response stored for one integration-day, by endpoint.
pub async fn for_day(
    db: impl Into<DbConn<'_>>,
    integration_id: i64,
    day: NaiveDate,
) -> Result<Vec<(String, String)>, StorageError> {
    db_run!(db, |conn| {
        Ok(raw_payloads::table
            .filter(raw_payloads::integration_id.eq(integration_id))
            .filter(raw_payloads::day.eq(day))
            .order(raw_payloads::endpoint)
            .select((raw_payloads::endpoint, raw_payloads::payload))
            .load(conn)
            .await?)
    })
}
