//! The report's sections after the cover and the charts: breakdowns per tool and per model
//! (bars and a table), the people table (only for callers who may see person rows), the metric
//! definitions (from `domain::definitions`, the table the schema's descriptions come from) and
//! data-freshness notes.

use chrono::NaiveDate;

use super::charts::{self, tool_color};
use super::cover::tool_name;
use super::figures::{Figures, MAX_PEOPLE, People};
use super::format::{count, int, money, percent};
use super::layout::{INK, Layout, MUTED, Rgb, Weight};
use super::tables::{self, Column, figure, text};
use crate::analytics::breakdown::{Breakdown, Row};
use crate::analytics::freshness::{DayStatus, IntegrationCoverage};
use crate::analytics::totals::{PROVIDERS, Totals};
use crate::domain::{Metric, Provider};

/// The most lines of failed, unavailable or provisional days listed per integration.
const MAX_FRESHNESS_LINES: usize = 40;

const MEASURE_COLUMNS: [Column; 5] = [
    figure("Interactions", 0.13),
    figure("Tokens", 0.14),
    figure("Cost", 0.12),
    figure("Lines added", 0.12),
    figure("Share", 0.08),
];

/// Per-tool and per-model breakdowns, each as bars and a table.
pub fn breakdowns(layout: &mut Layout<'_>, figures: &Figures) {
    breakdown(layout, "Per tool (active days)", "Tool", &figures.by_tool, |row| {
        let provider = row.key.parse::<Provider>().ok();
        (provider.map_or_else(|| row.key.clone(), |p| tool_name(p).to_owned()), tool_color(provider))
    });
    breakdown(layout, "Per model (person-days with usage)", "Model", &figures.by_model, |row| {
        (row.key.clone(), Rgb(100, 116, 139))
    });
}

fn breakdown(
    layout: &mut Layout<'_>,
    title: &str,
    key_title: &'static str,
    breakdown: &Breakdown,
    label: impl Fn(&Row) -> (String, Rgb),
) {
    layout.heading(title, 80.0);
    if breakdown.rows.is_empty() {
        layout.paragraph("No usage in the range.", 9.0, MUTED);
        return;
    }
    let all: Vec<&Row> = breakdown.rows.iter().chain(breakdown.other.iter()).collect();
    let bars: Vec<(String, Option<i64>, Rgb)> = all
        .iter()
        .map(|row| {
            let (name, color) =
                if row.key == "other" { ("Other".to_owned(), Rgb(173, 181, 189)) } else { label(row) };
            (name, row.value, color)
        })
        .collect();
    charts::bars(layout, &bars);
    let mut columns = vec![text(key_title, 0.29), figure("Active days", 0.12)];
    columns.extend(MEASURE_COLUMNS);
    let rows: Vec<Vec<String>> = all
        .iter()
        .zip(&bars)
        .map(|(row, (name, _, _))| {
            let mut cells = vec![name.clone(), count(row.value)];
            cells.extend(measures(&row.totals));
            cells.push(percent(row.share));
            cells
        })
        .collect();
    tables::table(layout, &columns, &rows);
    if let Some(total) = breakdown.total {
        layout.paragraph(&format!("Total: {} active days.", int(total)), 8.0, MUTED);
    }
}

fn measures(totals: &Totals) -> [String; 4] {
    [
        count(totals.get(Metric::Interactions)),
        count(totals.get(Metric::TotalTokens)),
        money(totals.get(Metric::CostMillicents)),
        count(totals.get(Metric::LinesAdded)),
    ]
}

/// The people table, or why there is none.
pub fn people(layout: &mut Layout<'_>, people: Option<&People>) {
    layout.heading("People", 60.0);
    let Some(people) = people else {
        layout.paragraph(
            "No people section: your role in this workspace sees workspace figures only, not \
             person rows (the same rule as the dashboard's people leaderboard).",
            9.0,
            INK,
        );
        return;
    };
    let mut intro = format!("{} people, ranked by active days.", int(people.total));
    if people.own_only {
        intro.push_str(" Your role sees your own rows only.");
    }
    if people.total > people.rows.len() as i64 {
        intro.push_str(&format!(" The first {} are listed.", int(MAX_PEOPLE as i64)));
    }
    layout.paragraph(&intro, 9.0, MUTED);
    let columns = [
        figure("#", 0.04),
        text("Name", 0.33),
        figure("Active days", 0.09),
        figure("Interactions", 0.10),
        figure("Tokens", 0.11),
        figure("Cost", 0.10),
        figure("Lines added", 0.10),
        figure("Last active", 0.13),
    ];
    let rows: Vec<Vec<String>> = people
        .rows
        .iter()
        .map(|(name, row)| {
            let last: Option<NaiveDate> = row.tools.iter().filter_map(|t| t.last_active_day).max();
            let mut cells = vec![int(row.rank), name.clone(), count(row.value)];
            cells.extend(measures(&row.totals));
            cells.push(last.map_or_else(|| "—".to_owned(), |d| d.to_string()));
            cells
        })
        .collect();
    tables::table(layout, &columns, &rows);
}

/// What every metric means and which vendor field it comes from.
pub fn definitions(layout: &mut Layout<'_>) {
    layout.heading("Metric definitions", 60.0);
    layout.paragraph(
        "The same definitions as the GraphQL schema's descriptions, from one table in the service. \
         A measure a tool does not report is null for that tool, never 0.",
        8.5,
        MUTED,
    );
    for metric in Metric::ALL {
        layout.ensure(40.0);
        layout.y += 6.0;
        let (name, enum_name) = metric_names(*metric);
        layout.paragraph_at(
            layout.left(),
            layout.column(),
            &format!("{name} ({enum_name})"),
            9.0,
            Weight::Bold,
            INK,
        );
        layout.paragraph(metric.summary(), 8.5, INK);
        for provider in PROVIDERS {
            let field = metric.vendor_field(provider).unwrap_or("not reported");
            let line = format!("{}: {}", tool_name(provider), field.replace('`', ""));
            layout.paragraph_at(
                layout.left() + 12.0,
                layout.column() - 12.0,
                &line,
                7.5,
                Weight::Regular,
                MUTED,
            );
        }
    }
}

/// `TotalTokens` → ("Total tokens", "TOTAL_TOKENS").
fn metric_names(metric: Metric) -> (String, String) {
    let debug = format!("{metric:?}");
    let mut words: Vec<String> = Vec::new();
    for c in debug.chars() {
        if c.is_uppercase() || words.is_empty() {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(c);
        }
    }
    let screaming = words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("_");
    let mut human = words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>().join(" ");
    if let Some(first) = human.get(0..1) {
        human = first.to_uppercase() + &human[1..];
    }
    (human, screaming)
}

/// Per integration: how many days are final, provisional, missing, failed or unavailable, and
/// which days are not final, with the reason.
pub fn freshness(layout: &mut Layout<'_>, figures: &Figures, cut_note: Option<&str>) {
    layout.heading("Data freshness", 60.0);
    let f = &figures.freshness;
    layout.paragraph(
        &format!(
            "Coverage of each integration from {} to {} (UTC days). Provisional days are within the \
             vendor's reporting lag and may still change; failed days are retried; unavailable days \
             are not served by the vendor.",
            f.from, f.to
        ),
        8.5,
        MUTED,
    );
    if let Some(note) = cut_note {
        layout.paragraph(note, 8.5, INK);
    }
    if f.integrations.is_empty() {
        layout.paragraph("No integration is connected.", 9.0, INK);
    }
    for coverage in &f.integrations {
        integration(layout, coverage);
    }
}

fn integration(layout: &mut Layout<'_>, c: &IntegrationCoverage) {
    layout.ensure(30.0);
    layout.y += 4.0;
    let title = format!("{} ({})", c.integration.display_name, tool_name(c.integration.provider));
    layout.paragraph_at(layout.left(), layout.column(), &title, 9.5, Weight::Bold, INK);
    let counts = format!(
        "{} final, {} provisional, {} missing, {} failed, {} unavailable; reporting lag {} days.",
        c.count(DayStatus::Final),
        c.count(DayStatus::Provisional),
        c.count(DayStatus::Missing),
        c.count(DayStatus::Failed),
        c.count(DayStatus::Unavailable),
        c.lag_days
    );
    layout.paragraph(&counts, 8.5, INK);
    let runs = runs(c);
    for (status, from, to, reason) in runs.iter().take(MAX_FRESHNESS_LINES) {
        let days = if from == to { from.to_string() } else { format!("{from} to {to}") };
        let reason = reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
        let line = format!("{}: {days}{reason}", status_word(*status));
        layout.paragraph_at(layout.left() + 12.0, layout.column() - 12.0, &line, 8.0, Weight::Regular, INK);
    }
    if runs.len() > MAX_FRESHNESS_LINES {
        let more = format!(
            "… and {} more runs of days (the dashboard lists them all).",
            runs.len() - MAX_FRESHNESS_LINES
        );
        layout.paragraph(&more, 8.0, MUTED);
    }
}

type Run = (DayStatus, NaiveDate, NaiveDate, Option<String>);

/// Consecutive non-final days of one status and reason, as ranges.
fn runs(c: &IntegrationCoverage) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for day in c.days.iter().filter(|d| d.status != DayStatus::Final) {
        match out.last_mut() {
            Some((status, _, to, reason))
                if *status == day.status && *reason == day.reason && to.succ_opt() == Some(day.day) =>
            {
                *to = day.day;
            }
            _ => out.push((day.status, day.day, day.day, day.reason.clone())),
        }
    }
    out
}

fn status_word(status: DayStatus) -> &'static str {
    match status {
        DayStatus::Final => "Final",
        DayStatus::Provisional => "Provisional",
        DayStatus::Missing => "Missing",
        DayStatus::Failed => "Failed",
        DayStatus::Unavailable => "Unavailable",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_names_read_like_the_schema() {
        assert_eq!(metric_names(Metric::TotalTokens), ("Total tokens".into(), "TOTAL_TOKENS".into()));
        assert_eq!(metric_names(Metric::Commits), ("Commits".into(), "COMMITS".into()));
    }
}
