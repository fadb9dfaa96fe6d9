//! GraphQL output types: what clients see, built from storage rows. No secrets cross this line.

mod account;
pub mod analytics;
mod daily_usage;
mod integration;
mod sync_event;

pub use account::{ApiToken, AuthPayload, CreatedApiToken, Invitation, Member, User, Workspace};
pub use daily_usage::DailyUsageRow;
pub use integration::Integration;
pub use sync_event::SyncProgressEvent;
