//! The closed sets of an integration: whether it syncs (`integrations.status`) and what a
//! Copilot integration reads (`integrations.scope_kind`).

stored_as_text! {
    /// Whether an integration syncs, and if not, why.
    #[derive(async_graphql::Enum)]
    pub enum IntegrationStatus {
        /// Syncs on its schedule.
        Active => "active",
        /// Paused by an admin: no scheduled syncs until resumed; the data is kept.
        Paused => "paused",
        /// The vendor refused the key or the account, or a policy is switched off: a person
        /// must act (a new key, a vendor setting) before it syncs again. Days the vendor
        /// answered badly do not set it (see `Integration.failedDays`).
        NeedsAttention => "needs_attention",
        /// Disconnected with its history kept: the key is erased and it never syncs again.
        Disconnected => "disconnected",
    }
}

stored_as_text! {
    /// Which kind of GitHub account a Copilot integration reads.
    #[derive(async_graphql::Enum)]
    pub enum ScopeKind {
        /// A GitHub organization's Copilot reports.
        Organization => "organization",
        /// A GitHub enterprise's Copilot reports (all its organizations).
        Enterprise => "enterprise",
    }
}
