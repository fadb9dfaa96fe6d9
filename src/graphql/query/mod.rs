//! Query root: one object per area, merged.

mod accounts;
pub(crate) mod analytics;
mod audit;
mod health;
mod instance;
mod integrations;
mod invitations;
mod people;
mod share_cards;
mod usage;

#[derive(async_graphql::MergedObject, Default)]
/// Every query, merged.
pub struct QueryRoot(
    health::HealthQuery,
    instance::InstanceQuery,
    accounts::AccountQuery,
    invitations::InvitationQuery,
    integrations::IntegrationQuery,
    usage::UsageQuery,
    people::PeopleQuery,
    analytics::AnalyticsQuery,
    audit::AuditQuery,
    share_cards::ShareCardQuery,
);
