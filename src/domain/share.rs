//! The closed sets of share cards: whose figures a card shows (`share_links.kind`) and which
//! figures it may hold (kept in the card's options and snapshot JSON).

use serde::{Deserialize, Serialize};

stored_as_text! {
    /// Whose figures a share card shows.
    #[derive(async_graphql::Enum)]
    pub enum ShareCardKind {
        /// The caller's own figures: the usage of the identities that are theirs in the workspace.
        Person => "person",
        /// One team's aggregate figures (admins only; the team must be large enough to show).
        Team => "team",
    }
}

/// A figure a share card can show; a card shows the ones chosen, in the order chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, async_graphql::Enum)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ShareCardFigure {
    /// Days with any activity in the period.
    ActiveDays,
    /// Consecutive active days ending on the period's last day.
    CurrentStreak,
    /// The longest run of consecutive active days in the period.
    LongestStreak,
    /// Sessions (tools that report them).
    Sessions,
    /// Lines of AI-suggested code accepted (tools that report them).
    LinesAccepted,
    /// The tool with the most active days.
    TopTool,
    /// A small calendar of the period's last weeks, one square per day.
    MiniHeatmap,
}

impl ShareCardFigure {
    /// Every figure, in the order a card shows them by default.
    pub const ALL: [ShareCardFigure; 7] = [
        ShareCardFigure::ActiveDays,
        ShareCardFigure::CurrentStreak,
        ShareCardFigure::LongestStreak,
        ShareCardFigure::Sessions,
        ShareCardFigure::LinesAccepted,
        ShareCardFigure::TopTool,
        ShareCardFigure::MiniHeatmap,
    ];

    /// The label under the figure on the card and in the post text.
    pub fn label(self) -> &'static str {
        match self {
            ShareCardFigure::ActiveDays => "active days",
            ShareCardFigure::CurrentStreak => "day streak",
            ShareCardFigure::LongestStreak => "longest streak",
            ShareCardFigure::Sessions => "sessions",
            ShareCardFigure::LinesAccepted => "lines accepted",
            ShareCardFigure::TopTool => "top tool",
            ShareCardFigure::MiniHeatmap => "activity",
        }
    }
}
