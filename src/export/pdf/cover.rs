//! The first page: the workspace, the range in UTC days, and the headline figures of
//! `analytics::summary` beside the previous period of equal length, with the change.

use super::figures::Figures;
use super::format::{count, int, money, percent, points, relative, signed, signed_money};
use super::layout::{INK, Layout, MUTED, RULE, Rgb, Weight};
use crate::analytics::summary::Period;
use crate::domain::Metric;

const ACCENT: Rgb = Rgb(13, 110, 253);

/// Draws the cover and leaves the cursor under the headline table.
pub fn draw(layout: &mut Layout<'_>, figures: &Figures) {
    let s = &figures.summary;
    let (left, right) = (layout.left(), layout.right());
    layout.rect(left, layout.y, layout.column(), 4.0, ACCENT);
    layout.y += 40.0;
    layout.text(left, layout.y, 24.0, Weight::Bold, INK, "AI usage report");
    layout.y += 30.0;
    layout.text(left, layout.y, 16.0, Weight::Regular, INK, &figures.workspace);
    layout.y += 24.0;
    let days = (s.current.to - s.current.from).num_days() + 1;
    let range = format!("{} to {} (UTC days, {} days)", s.current.from, s.current.to, int(days));
    layout.text(left, layout.y, 11.0, Weight::Regular, INK, &range);
    layout.y += 16.0;
    let previous =
        format!("Compared with the previous {} days: {} to {}", int(days), s.previous.from, s.previous.to);
    layout.text(left, layout.y, 9.0, Weight::Regular, MUTED, &previous);
    layout.y += 14.0;
    let tools: Vec<&str> = figures.tools.iter().map(tool_name).collect();
    let tools = if tools.is_empty() { "no tool connected".to_owned() } else { tools.join(", ") };
    let generated =
        format!("Tools: {tools}. Generated {} UTC.", figures.generated_at.format("%Y-%m-%d %H:%M"));
    layout.text(left, layout.y, 9.0, Weight::Regular, MUTED, &generated);
    layout.y += 36.0;

    layout.text(left, layout.y, 13.0, Weight::Bold, INK, "Headline figures");
    layout.y += 8.0;
    let columns = [left + 230.0, left + 330.0, right];
    layout.y += 16.0;
    layout.text(left, layout.y, 9.0, Weight::Bold, MUTED, "Figure");
    for (x, title) in columns.iter().zip(["This period", "Previous", "Change"]) {
        layout.text_right(*x, layout.y, 9.0, Weight::Bold, MUTED, title);
    }
    layout.y += 6.0;
    layout.rect(left, layout.y, layout.column(), 0.7, RULE);
    for row in headline_rows(&s.current, &s.previous, s) {
        layout.y += 20.0;
        layout.text(left, layout.y, 10.5, Weight::Regular, INK, row.label);
        layout.text_right(columns[0], layout.y, 10.5, Weight::Bold, INK, &row.current);
        layout.text_right(columns[1], layout.y, 10.5, Weight::Regular, MUTED, &row.previous);
        layout.text_right(columns[2], layout.y, 10.5, Weight::Regular, INK, &row.change);
        layout.y += 6.0;
        layout.rect(left, layout.y, layout.column(), 0.5, RULE);
    }
    layout.y += 18.0;
    layout.paragraph(
        "A measure no connected tool reports is shown as “not reported”, never as 0. Every figure is \
         the same as the dashboard and the GraphQL API answer for these parameters; the metric \
         definitions at the end name each vendor field.",
        8.5,
        MUTED,
    );
}

/// One line of the headline table.
struct Headline {
    label: &'static str,
    current: String,
    previous: String,
    change: String,
}

fn headline_rows(c: &Period, p: &Period, s: &crate::analytics::summary::Summary) -> Vec<Headline> {
    let ch = &s.change;
    let measure = |label, metric: Metric, delta: Option<i64>, ratio: Option<f64>| Headline {
        label,
        current: count(c.totals.get(metric)),
        previous: count(p.totals.get(metric)),
        change: delta.map_or_else(String::new, |d| join(signed(d), relative(ratio))),
    };
    let sessions_delta =
        c.totals.get(Metric::Sessions).zip(p.totals.get(Metric::Sessions)).map(|(a, b)| a - b);
    vec![
        Headline {
            label: "Active people",
            current: int(c.active_users),
            previous: int(p.active_users),
            change: join(signed(ch.active_users), relative(ch.active_users_ratio)),
        },
        Headline {
            label: "Active days (days with any activity)",
            current: int(c.active_days),
            previous: int(p.active_days),
            change: signed(ch.active_days),
        },
        measure("Sessions", Metric::Sessions, sessions_delta, None),
        measure("Interactions", Metric::Interactions, ch.interactions, ch.interactions_ratio),
        measure("Tokens", Metric::TotalTokens, ch.total_tokens, None),
        Headline {
            label: "Cost",
            current: money(c.totals.get(Metric::CostMillicents)),
            previous: money(p.totals.get(Metric::CostMillicents)),
            change: ch
                .cost_millicents
                .map_or_else(String::new, |d| join(signed_money(d), relative(ch.cost_ratio))),
        },
        measure("Lines added", Metric::LinesAdded, ch.lines_added, None),
        Headline {
            label: "Acceptance (suggestions)",
            current: percent(c.acceptance_rate_by_count),
            previous: percent(p.acceptance_rate_by_count),
            change: points(c.acceptance_rate_by_count, p.acceptance_rate_by_count),
        },
        Headline {
            label: "Acceptance (lines)",
            current: percent(c.acceptance_rate_by_lines),
            previous: percent(p.acceptance_rate_by_lines),
            change: points(c.acceptance_rate_by_lines, p.acceptance_rate_by_lines),
        },
    ]
}

fn join(change: String, ratio: String) -> String {
    if ratio.is_empty() { change } else { format!("{change} {ratio}") }
}

/// A tool's name as people write it.
pub fn tool_name(provider: crate::domain::Provider) -> &'static str {
    match provider {
        crate::domain::Provider::ClaudeCode => "Claude Code",
        crate::domain::Provider::Copilot => "Copilot",
        crate::domain::Provider::Cursor => "Cursor",
    }
}
