//! GraphQL output types: what clients see, built from storage rows. No secrets cross this line.

mod account;
pub mod analytics;
mod big_int;
mod daily_usage;
mod failed_day;
mod integration;
mod integration_input;
mod share_card;
mod sync_event;
mod sync_run;

pub use account::{
    ApiToken, AuthPayload, CreatedApiToken, Invitation, Member, PendingInvitation, User, Workspace,
};
pub use big_int::BigInt;
pub use daily_usage::DailyUsageRow;
pub use failed_day::{FailedDay, FailedDayState, attention_reason};
pub use integration::Integration;
pub use integration_input::{ConnectIntegrationInput, UpdateIntegrationInput};
pub use share_card::{CreateShareCardInput, CreatedShareCard, ShareCard};
pub use sync_event::{IntegrationChangedEvent, SyncProgressEvent, UsageUpdate};

pub use sync_run::SyncRun;
