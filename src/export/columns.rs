//! The cells of a CSV row and the measure columns every file shares.
//!
//! Measure columns are named after the `UsageTotals` fields of the GraphQL schema in snake case,
//! with the unit in the name where the schema puts it in the description (cost is
//! `cost_usd_millicents`: thousandths of a US cent). A measure the row's tools do not report is an
//! empty cell, never 0 — the schema's null.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::neutralise::neutralise;
use crate::analytics::totals::Totals;
use crate::domain::Metric;

/// The summed measures, in the schema's `UsageTotals` order, with their column names.
pub const MEASURE_COLUMNS: [(Metric, &str); 18] = [
    (Metric::Sessions, "sessions"),
    (Metric::Interactions, "interactions"),
    (Metric::InputTokens, "input_tokens"),
    (Metric::OutputTokens, "output_tokens"),
    (Metric::CacheReadTokens, "cache_read_tokens"),
    (Metric::CacheWriteTokens, "cache_write_tokens"),
    (Metric::TotalTokens, "total_tokens"),
    (Metric::CostMillicents, "cost_usd_millicents"),
    (Metric::LinesAdded, "lines_added"),
    (Metric::LinesRemoved, "lines_removed"),
    (Metric::LinesSuggested, "lines_suggested"),
    (Metric::LinesAccepted, "lines_accepted"),
    (Metric::SuggestionsShown, "suggestions_shown"),
    (Metric::SuggestionsAccepted, "suggestions_accepted"),
    (Metric::ToolAccepted, "tool_accepted"),
    (Metric::ToolRejected, "tool_rejected"),
    (Metric::Commits, "commits"),
    (Metric::PullRequests, "pull_requests"),
];

/// The measures' metrics, in column order.
pub fn measure_metrics() -> impl Iterator<Item = Metric> {
    MEASURE_COLUMNS.iter().map(|(metric, _)| *metric)
}

/// A header: `leading` names, then one per measure.
pub fn header_with_measures(leading: &[&str]) -> Vec<String> {
    leading.iter().copied().chain(MEASURE_COLUMNS.iter().map(|(_, name)| *name)).map(str::to_owned).collect()
}

/// One cell: free text is neutralised against formulas, everything else is written as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Free text (names, identifiers, dimension values): neutralised.
    Text(Cow<'a, str>),
    /// A name the service itself spells (a column name, `claude_code`, `other`): written as it is.
    Word(&'a str),
    /// An integer; `None` is an empty cell (not reported).
    Number(Option<i64>),
    /// A fraction; `None` is an empty cell.
    Ratio(Option<f64>),
    /// A UTC day as `YYYY-MM-DD`; `None` is an empty cell.
    Day(Option<NaiveDate>),
    /// `true` or `false`; `None` is an empty cell.
    Flag(Option<bool>),
}

impl<'a> Cell<'a> {
    /// Free text, neutralised when written.
    pub fn text(text: impl Into<Cow<'a, str>>) -> Self {
        Cell::Text(text.into())
    }

    /// Free text that may be absent (an empty cell).
    pub fn text_or_empty(text: Option<&'a str>) -> Self {
        Cell::Text(Cow::Borrowed(text.unwrap_or("")))
    }

    /// The cell as it is written into the file.
    pub fn render(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => neutralise(text),
            Cell::Word(word) => Cow::Borrowed(word),
            Cell::Number(n) => n.map_or(Cow::Borrowed(""), |n| Cow::Owned(n.to_string())),
            Cell::Ratio(r) => r.map_or(Cow::Borrowed(""), |r| Cow::Owned(r.to_string())),
            Cell::Day(d) => d.map_or(Cow::Borrowed(""), |d| Cow::Owned(d.format("%Y-%m-%d").to_string())),
            Cell::Flag(b) => Cow::Borrowed(match b {
                Some(true) => "true",
                Some(false) => "false",
                None => "",
            }),
        }
    }
}

/// The measure cells of `totals`: empty for each measure none of its tools reports.
pub fn measure_cells<'a>(totals: Totals) -> impl Iterator<Item = Cell<'a>> {
    measure_metrics().map(move |metric| Cell::Number(totals.get(metric)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Measures, Provider, ProviderSet};

    #[test]
    fn numbers_stay_numbers_and_text_is_neutralised() {
        assert_eq!(Cell::Number(Some(-12)).render(), "-12");
        assert_eq!(Cell::Number(None).render(), "");
        assert_eq!(Cell::text("-12").render(), "'-12");
        assert_eq!(Cell::Day("2026-01-02".parse().ok()).render(), "2026-01-02");
        assert_eq!(Cell::Ratio(Some(0.25)).render(), "0.25");
    }

    #[test]
    fn a_measure_the_tool_does_not_report_is_empty() {
        let sums = Measures { sessions: 3, suggestions_shown: 9, ..Measures::default() };
        let claude = Totals::over(sums, ProviderSet::single(Provider::ClaudeCode));
        let cells: Vec<Cell> = measure_cells(claude).collect();
        assert_eq!(cells.len(), MEASURE_COLUMNS.len());
        assert_eq!(cells[0], Cell::Number(Some(3)), "Claude Code reports sessions");
        let shown = MEASURE_COLUMNS.iter().position(|(m, _)| *m == Metric::SuggestionsShown).unwrap();
        assert_eq!(cells[shown], Cell::Number(None), "Claude Code reports no suggestions shown");
    }
}
