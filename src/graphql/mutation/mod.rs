//! Mutation root: one object per area, merged.

mod accounts;
mod people;
mod workspaces;

#[derive(async_graphql::MergedObject, Default)]
pub struct MutationRoot(accounts::AccountMutation, workspaces::WorkspaceMutation, people::PeopleMutation);
