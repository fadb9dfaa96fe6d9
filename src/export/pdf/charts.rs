//! The charts, drawn as vector rectangles and polylines (no raster image): the contribution-graph
//! calendar, a line chart per metric with one line per tool, and horizontal bars.

use chrono::{Datelike, Days, NaiveDate};

use super::cover::tool_name;
use super::format::{compact, int};
use super::layout::{INK, Layout, MUTED, RULE, Rgb, Weight};
use crate::analytics::heatmap::Heatmap;
use crate::analytics::series::Series;
use crate::domain::{Granularity, Provider, ProviderSet};

/// The calendar's colours for levels 0–4 (GitHub's contribution graph).
const LEVELS: [Rgb; 5] =
    [Rgb(235, 237, 240), Rgb(155, 233, 168), Rgb(64, 196, 99), Rgb(48, 161, 78), Rgb(33, 110, 57)];

/// Weeks in one row of calendar blocks (a year).
const WEEKS_PER_BLOCK: usize = 53;

/// A tool's colour in every chart.
pub fn tool_color(provider: Option<Provider>) -> Rgb {
    match provider {
        Some(Provider::ClaudeCode) => Rgb(217, 119, 87),
        Some(Provider::Copilot) => Rgb(9, 105, 218),
        Some(Provider::Cursor) => Rgb(130, 80, 223),
        None => INK,
    }
}

/// The calendar of `heatmap`: a column per ISO week (Monday on top), a block per year of weeks.
pub fn heatmap(layout: &mut Layout<'_>, heatmap: &Heatmap, cut_note: Option<String>) {
    let left = layout.left() + 26.0;
    let start = heatmap.from - Days::new(heatmap.from.weekday().num_days_from_monday() as u64);
    let weeks = ((heatmap.to - start).num_days() / 7 + 1) as usize;
    let per_block = weeks.min(WEEKS_PER_BLOCK);
    let cell = ((layout.right() - left) / per_block as f32).min(14.0);
    let size = cell * 0.82;
    let block_height = 14.0 + 7.0 * cell + 12.0;
    layout.heading("Activity calendar (UTC days)", block_height + 30.0);
    layout.paragraph(
        "Each square is one UTC day; its shade is the day's active days (people active per tool), \
         by quartile of the days with activity.",
        8.5,
        MUTED,
    );
    if let Some(note) = cut_note {
        layout.paragraph(&note, 8.5, INK);
    }
    let mut block_start = 0;
    while block_start < weeks {
        layout.ensure(block_height);
        let top = layout.y + 14.0;
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
            let y = top + row as f32 * cell + size * 0.85;
            layout.text(layout.left(), y, 6.5, Weight::Regular, MUTED, name);
        }
        let block_end = (block_start + WEEKS_PER_BLOCK).min(weeks);
        let mut last_month = None;
        for week in block_start..block_end {
            let x = left + (week - block_start) as f32 * cell;
            let days: Vec<NaiveDate> =
                (0..7u64).map(|row| start + Days::new(week as u64 * 7 + row)).collect();
            if let Some(first) = days.iter().find(|d| **d >= heatmap.from && **d <= heatmap.to) {
                let month = (first.year(), first.month());
                if last_month.is_none() || (last_month != Some(month) && first.day() <= 7) {
                    let format = if last_month.is_none() || first.month() == 1 { "%b %Y" } else { "%b" };
                    layout.text(x, top - 4.0, 6.5, Weight::Regular, MUTED, &first.format(format).to_string());
                    last_month = Some(month);
                }
            }
            for (row, day) in days.into_iter().enumerate() {
                let index = (day - heatmap.from).num_days();
                let Some(found) = usize::try_from(index).ok().and_then(|i| heatmap.cells.get(i)) else {
                    continue;
                };
                let level = found.level.clamp(0, 4) as usize;
                layout.rect(x, top + row as f32 * cell, size, size, LEVELS[level]);
            }
        }
        layout.y = top + 7.0 * cell + 4.0;
        block_start = block_end;
    }
    let y = layout.y + 8.0;
    let mut x = layout.left();
    x += layout.text(x, y, 7.0, Weight::Regular, MUTED, "Less ") + 2.0;
    for color in LEVELS {
        layout.rect(x, y - 7.0, 8.0, 8.0, color);
        x += 10.0;
    }
    x += 2.0;
    x += layout.text(x, y, 7.0, Weight::Regular, MUTED, "More");
    let [a, b, c] = heatmap.thresholds;
    let bounds = format!("   levels 1–3 end at {}, {} and {} active days", int(a), int(b), int(c));
    layout.text(x, y, 7.0, Weight::Regular, MUTED, &bounds);
    layout.y = y + 8.0;
}

/// A line chart of metric `index` of `series`, one line per tool of `tools` that reports it.
pub fn series_chart(layout: &mut Layout<'_>, title: &str, series: &Series, index: usize, tools: ProviderSet) {
    const HEIGHT: f32 = 140.0;
    layout.heading(title, HEIGHT + 50.0);
    let lines: Vec<(Option<Provider>, Vec<i64>)> = series
        .lines
        .iter()
        .filter(|l| l.provider.is_none_or(|p| tools.contains(p)))
        .filter_map(|l| {
            let values: Option<Vec<i64>> =
                l.points.iter().map(|p| p.values.get(index).copied().flatten()).collect();
            values.map(|v| (l.provider, v))
        })
        .collect();
    if lines.is_empty() || series.lines.first().is_none_or(|l| l.points.is_empty()) {
        layout.paragraph("Not reported by the connected tools.", 9.0, MUTED);
        return;
    }
    let max = lines.iter().flat_map(|(_, v)| v.iter().copied()).max().unwrap_or(0).max(1) as f64;
    let top_value = nice_ceiling(max);
    let (x0, x1) = (layout.left() + 34.0, layout.right());
    let bottom = layout.y + 10.0 + HEIGHT;
    for step in 0..=4 {
        let value = top_value * f64::from(step) / 4.0;
        let y = bottom - (value / top_value) as f32 * HEIGHT;
        layout.rect(x0, y, x1 - x0, 0.5, if step == 0 { MUTED } else { RULE });
        layout.text_right(x0 - 4.0, y + 2.5, 7.0, Weight::Regular, MUTED, &compact(value));
    }
    let points = series.lines[0].points.len();
    let x_of = |i: usize| {
        if points <= 1 { (x0 + x1) / 2.0 } else { x0 + (x1 - x0) * i as f32 / (points - 1) as f32 }
    };
    for (provider, values) in &lines {
        let path = values
            .iter()
            .enumerate()
            .map(|(i, v)| (x_of(i), bottom - (*v as f64 / top_value) as f32 * HEIGHT))
            .collect::<Vec<_>>();
        if path.len() == 1 {
            let (x, y) = path[0];
            layout.rect(x - 2.0, y - 2.0, 4.0, 4.0, tool_color(*provider));
        }
        layout.line(path, 1.4, tool_color(*provider));
    }
    let starts = &series.lines[0].points;
    let label_y = bottom + 11.0;
    let mut labelled = vec![0, points - 1];
    if points > 2 {
        labelled.insert(1, (points - 1) / 2);
    }
    for (n, i) in labelled.into_iter().enumerate() {
        let text = starts[i].start.to_string();
        match n {
            0 => layout.text(x_of(i), label_y, 7.0, Weight::Regular, MUTED, &text),
            _ if i == points - 1 => {
                layout.text_right(x_of(i), label_y, 7.0, Weight::Regular, MUTED, &text);
                0.0
            }
            _ => {
                layout.text_centered(x_of(i), label_y, 7.0, Weight::Regular, MUTED, &text);
                0.0
            }
        };
    }
    let unit = match series.granularity {
        Granularity::Day => "one point per UTC day",
        Granularity::Week => "one point per ISO week of UTC days (Monday start)",
        Granularity::Month => "one point per calendar month of UTC days",
    };
    layout.y = label_y + 12.0;
    let mut x = layout.left();
    for (provider, _) in &lines {
        layout.rect(x, layout.y - 6.0, 10.0, 3.0, tool_color(*provider));
        x += 14.0;
        x += layout.text(x, layout.y, 8.0, Weight::Regular, INK, provider.map_or("All tools", tool_name))
            + 14.0;
    }
    layout.text_right(layout.right(), layout.y, 7.0, Weight::Regular, MUTED, unit);
    layout.y += 8.0;
}

/// Horizontal bars: each row's label, a bar as long as its share of the largest, its value.
pub fn bars(layout: &mut Layout<'_>, rows: &[(String, Option<i64>, Rgb)]) {
    let max = rows.iter().filter_map(|r| r.1).max().unwrap_or(0).max(1) as f32;
    let (label_w, value_w) = (150.0, 70.0);
    let bar_x = layout.left() + label_w;
    let bar_w = layout.column() - label_w - value_w;
    for (label, value, color) in rows {
        layout.ensure(14.0);
        layout.y += 14.0;
        layout.text_fitted(layout.left(), layout.y - 3.0, label_w - 8.0, 8.5, Weight::Regular, label);
        let len = value.map_or(0.0, |v| bar_w * v as f32 / max);
        layout.rect(bar_x, layout.y - 11.0, len.max(0.5), 9.0, *color);
        let text = value.map_or_else(|| "not reported".to_owned(), int);
        layout.text_right(layout.right(), layout.y - 3.0, 8.5, Weight::Regular, INK, &text);
    }
    layout.y += 6.0;
}

/// The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `value`.
pub fn nice_ceiling(value: f64) -> f64 {
    let magnitude = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|v| *v >= value).unwrap_or(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(1.0), 1.0);
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(180.0), 200.0);
        assert_eq!(nice_ceiling(2_100.0), 2_500.0);
    }
}
