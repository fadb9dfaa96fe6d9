//! The figures a card shows, computed once at creation through [`crate::analytics`] and frozen as
//! JSON in the card's row. The page and the PNG are built from a [`Snapshot`] only, so a card
//! never changes after it is shared, and never reads more than the figures chosen.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::analytics::{AnalyticsError, Scope, heatmap, summary};
use crate::domain::{Metric, Provider, ShareCardFigure};
use crate::export::pdf::format;
use crate::storage::Db;

/// The most days the mini heatmap covers: the last 26 weeks of the period.
pub const HEATMAP_DAYS: u64 = 26 * 7;

/// A card's frozen content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The heading: the person's name or the team's.
    pub title: String,
    /// First UTC day covered.
    pub from: NaiveDate,
    /// Last UTC day covered.
    pub to: NaiveDate,
    /// The tools chosen, by name; empty means every tool.
    pub tools: Vec<String>,
    /// The figures chosen (but the heatmap), in the order chosen.
    pub figures: Vec<FrozenFigure>,
    /// The mini heatmap, when chosen.
    pub heatmap: Option<MiniHeatmap>,
}

/// One figure as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrozenFigure {
    /// Which figure.
    pub figure: ShareCardFigure,
    /// Its count; `None` for the top tool and for a measure no chosen tool reports.
    pub value: Option<i64>,
    /// The top tool's name (for `TOP_TOOL` only, when some tool was used).
    pub tool: Option<String>,
    /// As shown: `1,234`, `Claude Code`, or `—` when there is nothing to show.
    pub text: String,
}

/// Activity levels (0–4) of consecutive days from `from`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MiniHeatmap {
    /// The first day of `levels`.
    pub from: NaiveDate,
    /// One level per day.
    pub levels: Vec<u8>,
}

impl Snapshot {
    /// `1 Mar – 31 Mar 2026`, the period in words.
    pub fn period_label(&self) -> String {
        let year = |d: NaiveDate| d.format("%Y").to_string();
        if year(self.from) == year(self.to) {
            format!("{} – {}", self.from.format("%-d %b"), self.to.format("%-d %b %Y"))
        } else {
            format!("{} – {}", self.from.format("%-d %b %Y"), self.to.format("%-d %b %Y"))
        }
    }
}

/// Reads `figures` over `scope` (already narrowed to the card's person or team) and freezes them
/// under `title`.
pub async fn freeze(
    db: &Db,
    scope: &Scope,
    title: &str,
    tools: &[Provider],
    figures: &[ShareCardFigure],
) -> Result<Snapshot, AnalyticsError> {
    let period = summary::summary(db, scope).await?.current;
    let count = |figure, value: Option<i64>| FrozenFigure {
        figure,
        value,
        tool: None,
        text: value.map_or_else(|| "—".to_owned(), format::int),
    };
    let mut frozen = Vec::new();
    let mut mini = None;
    for &figure in figures {
        match figure {
            ShareCardFigure::ActiveDays => frozen.push(count(figure, Some(period.active_days))),
            ShareCardFigure::CurrentStreak => frozen.push(count(figure, Some(period.current_streak))),
            ShareCardFigure::LongestStreak => frozen.push(count(figure, Some(period.longest_streak))),
            ShareCardFigure::Sessions => frozen.push(count(figure, period.totals.get(Metric::Sessions))),
            ShareCardFigure::LinesAccepted => {
                frozen.push(count(figure, period.totals.get(Metric::LinesAccepted)))
            }
            ShareCardFigure::TopTool => {
                let tool = period.top_tool.map(|p| tool_name(p).to_owned());
                let text = tool.clone().unwrap_or_else(|| "—".to_owned());
                frozen.push(FrozenFigure { figure, value: None, tool, text });
            }
            ShareCardFigure::MiniHeatmap => mini = Some(mini_heatmap(db, scope).await?),
        }
    }
    Ok(Snapshot {
        title: title.to_owned(),
        from: scope.from,
        to: scope.to,
        tools: tools.iter().map(|p| tool_name(*p).to_owned()).collect(),
        figures: frozen,
        heatmap: mini,
    })
}

/// Active days of the period's last [`HEATMAP_DAYS`] days, as levels.
async fn mini_heatmap(db: &Db, scope: &Scope) -> Result<MiniHeatmap, AnalyticsError> {
    let from = (scope.to - Days::new(HEATMAP_DAYS - 1)).max(scope.from);
    let map = heatmap::heatmap(db, &scope.with_days(from, scope.to), Metric::ActiveDays).await?;
    let levels = map.cells.iter().map(|c| u8::try_from(c.level.clamp(0, 4)).unwrap_or(0)).collect();
    Ok(MiniHeatmap { from, levels })
}

/// A tool's name as people know it.
pub fn tool_name(provider: Provider) -> &'static str {
    match provider {
        Provider::ClaudeCode => "Claude Code",
        Provider::Copilot => "GitHub Copilot",
        Provider::Cursor => "Cursor",
    }
}
