//! The analytics rules, between storage and whoever shows the figures (the GraphQL queries and
//! subscriptions today, CSV and PDF exports next). Plain Rust: no GraphQL types cross into here.
//!
//! A question goes through three steps, each owned by one module:
//! 1. [`scope::select`] checks what an [`Audience`] asks for against the privacy rules and turns
//!    it into a [`Selection`]: the storage [`Scope`] plus who asked. Per-person rows are for
//!    admins, or a member's own; the minimum group size ([`privacy`]) decides which teams a
//!    caller below admin may filter by or see in a breakdown — in that one module.
//! 2. A figure function reads grouped rows through [`Reads`] (the database, or a cache a caller
//!    puts in front of it) and computes the answer: [`series`], [`summary`], [`heatmap`],
//!    [`breakdown`], [`people`] (with [`seats`] idleness), [`freshness`] (with each vendor's
//!    reporting lag).
//! 3. The caller maps the returned domain structs to its own format.
//!
//! Every figure function takes `(&dyn Reads, &Scope or &Selection, parameters)`; a `&Db` is a
//! [`Reads`], so an export calls them with the database it holds.

pub mod breakdown;
mod error;
pub mod freshness;
pub mod heatmap;
pub mod people;
pub mod privacy;
pub mod range;
pub mod reads;
pub mod scope;
pub mod seats;
pub mod series;
pub mod summary;
pub mod totals;

#[cfg(test)]
mod test_support;

pub use error::AnalyticsError;
pub use reads::Reads;
pub use scope::{Audience, Filter, Request, Rows, Selection};

pub use crate::storage::analytics::Scope;
