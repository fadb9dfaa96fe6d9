//! Small vocabulary shared by every layer: which vendor, which role, which state. Every closed
//! set is declared once with [`stored_as_text!`]: the enum, its stored spelling (the one the
//! migrations' `CHECK`s list), the parse back, and the diesel conversions, so storage rows carry
//! the enum itself and an unknown stored value is an error, never a silent default.

/// Declares a closed set stored as text: the enum with one stored spelling per variant.
///
/// It derives `Debug`, `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash` (more through the attributes
/// given) and generates `as_str` (the stored spelling), `ALL` (every value, in declaration
/// order), `FromStr` (an unknown text is an [`UnknownValue`]), `Display`, and diesel's `Text`
/// conversions for both backends. Reading a value no variant matches fails the row with
/// `StorageError::Corrupt` (see `storage::error`).
macro_rules! stored_as_text {
    (
        $(#[$meta:meta])*
        $vis:vis enum $ty:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        $vis enum $ty {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The stored spelling of the value.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::domain::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($ty::$variant),)+
                    other => Err($crate::domain::UnknownValue { kind: stringify!($ty), value: other.to_owned() }),
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $ty
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let text = <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(bytes)?;
                Ok(text.parse::<$ty>()?)
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $ty
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(self.as_str(), out)
            }
        }
    };
}

stored_as_text! {
    /// The AI coding tools ai-usage syncs from.
    #[derive(async_graphql::Enum)]
    pub enum Provider {
        /// Claude Code, through Anthropic's Claude Code Analytics Admin API.
        ClaudeCode => "claude_code",
        /// GitHub Copilot, through the usage-metrics reports API.
        Copilot => "copilot",
        /// Cursor, through the Cursor Admin API.
        Cursor => "cursor",
    }
}

stored_as_text! {
    /// A member's role in a workspace, from most to least powerful.
    #[derive(PartialOrd, Ord, async_graphql::Enum)]
    pub enum Role {
        /// Reads aggregates only.
        Viewer => "viewer",
        /// Reads workspace aggregates and their own per-person rows.
        Member => "member",
        /// Manages integrations and members; reads everyone's per-person data.
        Admin => "admin",
        /// Everything, including deleting the workspace.
        Owner => "owner",
    }
}

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
pub mod integration;
pub mod link_rules;
mod seats;
pub mod share;
pub mod sync_run;
mod usage;
pub mod workspace;
pub use identity::{Identities, IdentityKind};
pub use integration::{IntegrationStatus, ScopeKind};
pub use seats::Seat;
pub use share::{ShareCardFigure, ShareCardKind};
pub use sync_run::{DayFailureState, SyncRunStatus, Trigger};
pub use usage::{
    ActorDay, ActorKey, ActorKind, Breakdown, Dimension, Measures, ProviderDay, RawPayload, UNATTRIBUTED,
};
pub use workspace::{TokenKind, WorkspaceKind};

pub mod analytics;
pub mod definitions;
pub use analytics::{Granularity, Metric};
pub use definitions::ProviderSet;
