//! Mutation root: one object per area, merged.

mod accounts;
mod failed_days;
mod integrations;
mod people;
mod sample_data;
mod share_cards;
mod workspaces;

#[derive(async_graphql::MergedObject, Default)]
/// Every mutation, merged.
pub struct MutationRoot(
    accounts::AccountMutation,
    workspaces::WorkspaceMutation,
    integrations::IntegrationMutation,
    failed_days::FailedDayMutation,
    people::PeopleMutation,
    sample_data::SampleDataMutation,
    share_cards::ShareCardMutation,
);
