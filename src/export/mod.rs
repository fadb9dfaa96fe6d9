//! Figures taken out of the service as files: CSV (`usage.csv`, `people.csv`, `daily.csv`) and the
//! PDF report. Every export takes the dashboard's parameters ([`query`]), is checked against the
//! same policy and privacy rules as the GraphQL field it mirrors, and reads its figures through
//! [`crate::analytics`], so a file and the API never disagree. The HTTP routes are in
//! `crate::web::export`; this module knows nothing of HTTP.

mod columns;
mod csv_writer;
pub mod daily_csv;
mod error;
mod neutralise;
pub mod pdf;
pub mod people_csv;
pub mod query;
pub mod usage_csv;

pub use error::ExportError;
pub use query::ExportQuery;
