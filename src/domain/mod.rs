//! Small vocabulary shared by every layer: which vendor, which role. Stored as text in the database.

use std::fmt;
use std::str::FromStr;

/// The AI coding tools ai-usage syncs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, async_graphql::Enum)]
pub enum Provider {
    /// Claude Code, through Anthropic's Claude Code Analytics Admin API.
    ClaudeCode,
    /// GitHub Copilot, through the usage-metrics reports API.
    Copilot,
    /// Cursor, through the Cursor Admin API.
    Cursor,
}

/// A member's role in a workspace, from most to least powerful.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, async_graphql::Enum)]
pub enum Role {
    /// Reads aggregates only.
    Viewer,
    /// Reads workspace aggregates and their own per-person rows.
    Member,
    /// Manages integrations and members; reads everyone's per-person data.
    Admin,
    /// Everything, including deleting the workspace.
    Owner,
}

/// The text a value is stored as, and the parse back from it.
macro_rules! stored_as_text {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// The stored spelling of the value.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }
        }
        impl FromStr for $ty {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($ty::$variant),)+
                    other => Err(UnknownValue { kind: stringify!($ty), value: other.to_owned() }),
                }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

stored_as_text!(Provider { ClaudeCode => "claude_code", Copilot => "copilot", Cursor => "cursor" });
stored_as_text!(Role { Viewer => "viewer", Member => "member", Admin => "admin", Owner => "owner" });

pub(crate) use stored_as_text;

/// A stored value no variant matches: the database holds something this build does not know.
#[derive(Debug, thiserror::Error)]
#[error("unknown {kind} {value:?}")]
pub struct UnknownValue {
    /// The type that was being read (`Provider`, `Role`, …).
    pub kind: &'static str,
    /// The stored text no variant matches.
    pub value: String,
}

pub mod identity;
pub mod link_rules;
mod seats;
mod usage;
pub use identity::{Identities, IdentityKind};
pub use seats::Seat;
pub use usage::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, ProviderDay, RawPayload, UNATTRIBUTED,
};

pub mod analytics;
pub mod definitions;
pub use analytics::{Granularity, Metric};
pub use definitions::ProviderSet;
