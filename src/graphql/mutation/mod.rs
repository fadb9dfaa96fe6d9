//! Mutation root: one object per area, merged.

mod accounts;
mod integrations;
mod people;
mod workspaces;

#[derive(async_graphql::MergedObject, Default)]
pub struct MutationRoot(
    accounts::AccountMutation,
    workspaces::WorkspaceMutation,
    integrations::IntegrationMutation,
    people::PeopleMutation,
);
