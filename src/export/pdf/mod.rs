//! The PDF report (`/export/report.pdf`): cover with headline figures, activity calendar, time
//! series, per-tool and per-model breakdowns, the people table (when the caller may see person
//! rows), metric definitions and data-freshness notes.
//!
//! Two steps, so the CPU work can leave the async workers: [`gather`] reads every figure through
//! `crate::analytics` (async, the caller's own selection), then [`render`] lays the pages out and
//! writes them (synchronous, no I/O; the web edge runs it on the blocking pool). Text uses only
//! the bundled DejaVu Sans, subset-embedded; charts are vector paths; no raster image is ever
//! embedded. Per-day sections (calendar, freshness) cover at most the range's last three years,
//! as analytics allows, and say so.

mod charts;
mod cover;
mod figures;
pub mod format;
mod layout;
mod sections;
mod tables;
mod write;

pub use figures::{Figures, People, gather};

use self::layout::{Layout, Shaper};
use super::ExportError;
use super::query::Paper;

/// Lays out and writes the report of `figures` on `paper`.
pub fn render(figures: &Figures, paper: Paper) -> Result<Vec<u8>, ExportError> {
    let shaper =
        Shaper::new().ok_or_else(|| ExportError::Internal("the bundled font is unreadable".into()))?;
    let mut layout = Layout::new(&shaper, paper);
    cover::draw(&mut layout, figures);
    let cut_note = figures.per_day_cut().then(|| {
        format!(
            "The range is longer than three years: this section shows its last three years, {} to {}.",
            figures.heatmap.from, figures.heatmap.to
        )
    });
    layout.new_page();
    charts::heatmap(&mut layout, &figures.heatmap, cut_note.clone());
    let titles = ["Active people per tool (UTC days)", "Tokens per tool (UTC days)"];
    for (index, title) in titles.into_iter().enumerate() {
        charts::series_chart(&mut layout, title, &figures.series, index, figures.tools);
    }
    sections::breakdowns(&mut layout, figures);
    sections::people(&mut layout, figures.people.as_ref());
    sections::freshness(&mut layout, figures, cut_note.as_deref());
    sections::definitions(&mut layout);
    let s = &figures.summary.current;
    let title = format!("AI usage report: {}, {} to {}", figures.workspace, s.from, s.to);
    let footer = format!("{} · {} to {} · UTC days", figures.workspace, s.from, s.to);
    write::pdf(layout, &shaper, &title, &footer).map_err(ExportError::Internal)
}
