//! Who is calling and what they may do.
//!
//! `tokens` mints and hashes bearer tokens, `password` hashes passwords, `accounts` holds the
//! account operations shared by the API and the CLI, `caller` turns a request's credentials into a
//! [`Caller`], `rate_limit` bounds attempts in bounded memory, `setup` guards the first account,
//! `validate` holds the rules for emails and names, and `policy` is the one place that decides whether a caller may act on a workspace.
//! Every resolver, subscription, export and share route goes through `policy`.

pub mod accounts;
pub mod caller;
pub mod password;
pub mod policy;
pub mod rate_limit;
pub mod setup;
pub mod tokens;
pub mod validate;

pub use caller::Caller;
pub use policy::Action;

/// Whether strangers may create accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SignupMode {
    /// Anyone who can reach the service may sign up.
    Open,
    /// Only holders of a workspace invite may sign up (the first account is always allowed).
    Invite,
}
