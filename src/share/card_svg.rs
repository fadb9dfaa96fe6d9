//! The card as SVG, 1200 × 627 (LinkedIn's and OpenGraph's large image): the title, the period
//! and tools, up to six figures in two rows, and the mini heatmap as small squares. Built from a
//! [`Snapshot`] only. Every piece of text is XML-escaped here ([`escape`]), so a name holding
//! `<`, `&` or quotes stays text; control characters XML cannot carry are dropped.

use std::fmt::Write as _;

use chrono::Datelike;

use super::snapshot::{MiniHeatmap, Snapshot};
use crate::fonts::FAMILY;

/// The card's width in pixels.
pub const WIDTH: u32 = 1200;
/// The card's height in pixels.
pub const HEIGHT: u32 = 627;

/// The longest title drawn, in characters (longer ones end in `…`).
const MAX_TITLE_CHARS: usize = 34;
/// Figures per row, and rows.
const PER_ROW: usize = 3;
const ROWS: usize = 2;
/// The heatmap's square and the gap after it.
const CELL: u32 = 14;
const GAP: u32 = 4;
/// Heatmap colours by level, 0 (no activity) to 4.
const LEVELS: [&str; 5] = ["#273449", "#0e4429", "#006d32", "#26a641", "#39d353"];

/// The card of `snapshot` as an SVG document.
pub fn svg(snapshot: &Snapshot) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{family}">"##,
        family = escape(FAMILY),
    );
    out.push_str(
        r##"<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0f172a"/><stop offset="1" stop-color="#1e293b"/></linearGradient></defs>"##,
    );
    let _ = write!(out, r##"<rect width="{WIDTH}" height="{HEIGHT}" fill="url(#bg)"/>"##);
    let _ = write!(out, r##"<rect x="0" y="0" width="12" height="{HEIGHT}" fill="#39d353"/>"##);
    text(&mut out, 72, 84, 24, "#94a3b8", false, "start", "AI coding");
    text(&mut out, 72, 156, 56, "#f8fafc", true, "start", &truncate(&snapshot.title, MAX_TITLE_CHARS));
    let tools = if snapshot.tools.is_empty() { "all tools".to_owned() } else { snapshot.tools.join(" · ") };
    let subtitle = truncate(&format!("{} · {tools}", snapshot.period_label()), 70);
    text(&mut out, 72, 204, 26, "#cbd5e1", false, "start", &subtitle);
    for (i, figure) in snapshot.figures.iter().take(PER_ROW * ROWS).enumerate() {
        let x = 72 + (i % PER_ROW) as u32 * 360;
        let y = 300 + (i / PER_ROW) as u32 * 112;
        let size = if figure.text.chars().count() > 7 { 40 } else { 60 };
        text(&mut out, x, y, size, "#f8fafc", true, "start", &truncate(&figure.text, 16));
        text(&mut out, x, y + 36, 24, "#94a3b8", false, "start", figure.figure.label());
    }
    if let Some(map) = &snapshot.heatmap {
        heatmap(&mut out, map, 72, 476);
    }
    text(&mut out, WIDTH - 48, HEIGHT - 28, 22, "#64748b", false, "end", "ai-usage");
    out.push_str("</svg>");
    out
}

/// One square per day: a column per ISO week (Monday on top), from (`x`, `y`).
fn heatmap(out: &mut String, map: &MiniHeatmap, x: u32, y: u32) {
    let first_row = map.from.weekday().num_days_from_monday();
    for (i, level) in map.levels.iter().enumerate() {
        let slot = first_row + i as u32;
        let (column, row) = (slot / 7, slot % 7);
        let colour = LEVELS[usize::from(*level).min(LEVELS.len() - 1)];
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{CELL}" height="{CELL}" rx="3" fill="{colour}"/>"##,
            x + column * (CELL + GAP),
            y + row * (CELL + GAP),
        );
    }
}

#[expect(clippy::too_many_arguments, reason = "one SVG text element's attributes, named at the call")]
fn text(out: &mut String, x: u32, y: u32, size: u32, fill: &str, bold: bool, anchor: &str, content: &str) {
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" font-size="{size}" fill="{fill}" text-anchor="{anchor}"{weight}>{}</text>"#,
        escape(content),
    );
}

/// `text` cut to `max` characters, ending in `…` when cut.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// `text` safe inside an XML element or attribute: the five special characters escaped, and the
/// control characters XML 1.0 forbids dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ShareCardFigure;
    use crate::share::snapshot::FrozenFigure;

    fn snapshot(title: &str) -> Snapshot {
        Snapshot {
            title: title.to_owned(),
            from: "2026-03-01".parse().unwrap(),
            to: "2026-03-31".parse().unwrap(),
            tools: vec![],
            figures: vec![FrozenFigure {
                figure: ShareCardFigure::ActiveDays,
                value: Some(12),
                tool: None,
                text: "12".into(),
            }],
            heatmap: Some(MiniHeatmap { from: "2026-03-01".parse().unwrap(), levels: vec![0, 1, 2, 3, 4] }),
        }
    }

    #[test]
    fn hostile_names_stay_text() {
        let svg = svg(&snapshot("<script>&\"x'\u{1}</text>"));
        assert!(svg.contains("&lt;script&gt;&amp;&quot;x&apos;&lt;/text&gt;"), "{svg}");
        assert!(!svg.contains("<script>") && !svg.contains('\u{1}'));
        // Five days, five squares (plus the background and the accent bar).
        assert_eq!(svg.matches("<rect").count(), 7);
    }

    #[test]
    fn long_titles_are_cut() {
        let svg = svg(&snapshot(&"x".repeat(100)));
        assert!(svg.contains(&format!("{}…", "x".repeat(MAX_TITLE_CHARS - 1))));
    }

    #[test]
    fn a_full_heatmap_stays_inside_the_card() {
        // 26 weeks starting on a Sunday: the worst case, 27 columns, all 7 rows.
        let mut card = snapshot("x");
        let levels = vec![4; crate::share::snapshot::HEATMAP_DAYS as usize];
        card.heatmap = Some(MiniHeatmap { from: "2026-03-01".parse().unwrap(), levels });
        let svg = svg(&card);
        let number = |rect: &str, attr: &str| -> u32 {
            let at = rect.find(&format!(" {attr}=\"")).unwrap() + attr.len() + 3;
            rect[at..].split('"').next().unwrap().parse().unwrap()
        };
        let squares: Vec<&str> = svg.split("<rect").filter(|r| r.contains("rx=\"3\"")).collect();
        assert_eq!(squares.len(), 182);
        for rect in squares {
            assert!(number(rect, "x") + CELL <= WIDTH - 48, "{rect}");
            assert!(number(rect, "y") + CELL <= HEIGHT - 20, "{rect}");
        }
    }
}
