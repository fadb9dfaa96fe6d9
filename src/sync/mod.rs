//! The sync engine: what to fetch from which vendor and when, and the events it announces.
//!
//! - [`plan`]: which days a run covers;
//! - [`engine`]: one run of one integration, day by day ([`run`] goes through an open run's days);
//! - [`failed_days`]: days the vendor answered badly, their retry schedule and how runs end;
//! - [`horizon`]: how far back a vendor serves, found by a backfill;
//! - [`lease`]: run leases, their heartbeat and the take-over of dead runs;
//! - [`scheduler`]: the background loop that claims due integrations through the database;
//! - [`connect`]: connecting, changing and disconnecting integrations (verify first, then store);
//! - [`events`]: the bus every committed day is announced on;
//! - [`pg_bridge`]: that bus carried across replicas by PostgreSQL LISTEN/NOTIFY.

pub mod connect;
pub mod engine;
mod error;
pub mod events;
pub mod failed_days;
mod horizon;
pub mod lease;
pub mod pg_bridge;
pub mod plan;
mod run;
pub mod schedule;
pub mod scheduler;

pub use crate::domain::Trigger;
pub use engine::{EngineConfig, RunSummary, SyncEngine, SyncError};
pub use plan::{DayRange, RangeRequest, RunPlan};
pub use scheduler::{Scheduler, SchedulerConfig, SchedulerHandle};
