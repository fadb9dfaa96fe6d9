//! The closed sets of accounts and workspaces: what kind a workspace is (`workspaces.kind`) and
//! what a stored token is for (`auth_tokens.kind`). Roles are [`super::Role`].

stored_as_text! {
    /// A personal workspace belongs to one account; a team workspace has members.
    #[derive(async_graphql::Enum)]
    pub enum WorkspaceKind {
        /// Made with an account, deleted with it; its only member is its owner.
        Personal => "personal",
        /// Made by an account; owners, admins, members and viewers.
        Team => "team",
    }
}

stored_as_text! {
    /// What a stored token authenticates.
    pub enum TokenKind {
        /// A browser session (the HttpOnly cookie), ended by logging out or expiry.
        Session => "session",
        /// An API token made by its account for scripts.
        Api => "api",
    }
}
