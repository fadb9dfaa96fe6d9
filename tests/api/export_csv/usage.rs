//! usage.csv: per bucket and tool against `usageSeries`, per breakdown value against `breakdown`.

use ai_usage::domain::Provider;

use super::{HYPERLINK, MEASURES, RANGE, World, assert_measures, number, totals_selection};

async fn usage_per_week_and_tool(backend: &str) {
    let w = World::new(backend).await;
    let t = w.csv("usage.csv", &format!("{RANGE}&granularity=WEEK")).await;
    // March 2024 in ISO weeks: Feb 26, Mar 4, 11, 18, 25 — five buckets × two connected tools.
    assert_eq!(t.rows.len(), 10);
    let row = |start: &str, tool: Provider| {
        let found: Vec<_> = t
            .find("bucket_start", start)
            .into_iter()
            .filter(|r| t.cell(r, "provider") == tool.as_str())
            .collect();
        assert_eq!(found.len(), 1, "{start} {tool}");
        found[0].clone()
    };
    let claude = row("2024-03-04", Provider::ClaudeCode);
    assert_eq!(t.cell(&claude, "bucket_end"), "2024-03-10");
    assert_eq!(t.cell(&claude, "granularity"), "WEEK");
    assert_eq!(t.cell(&claude, "active_people"), "2", "ann and the hyperlink identity");
    assert_eq!(t.cell(&claude, "sessions"), "3", "2 + 1");
    assert_eq!(t.cell(&claude, "input_tokens"), "100");
    assert_eq!(t.cell(&claude, "total_tokens"), "110", "100 in + 10 out");
    assert_eq!(t.cell(&claude, "cost_usd_millicents"), "488", "500 − 12: a negative stays a number");
    assert_eq!(t.cell(&claude, "interactions"), "", "Claude Code does not report interactions");
    assert_eq!(t.cell(&claude, "suggestions_shown"), "", "nor completions shown");
    let copilot = row("2024-03-04", Provider::Copilot);
    assert_eq!(t.cell(&copilot, "interactions"), "5");
    assert_eq!(t.cell(&copilot, "suggestions_shown"), "20");
    assert_eq!(t.cell(&copilot, "cost_usd_millicents"), "", "Copilot reports no cost");
    let later = row("2024-03-11", Provider::Copilot);
    assert_eq!(t.cell(&later, "interactions"), "3");
    assert_eq!(t.cell(&later, "active_days"), "1");
    let empty = row("2024-03-25", Provider::Copilot);
    assert_eq!(t.cell(&empty, "interactions"), "0", "a week without use is zeros");

    // The same figures as `usageSeries` for the same parameters, cell by cell.
    let metrics = ["ACTIVE_USERS", "ACTIVE_DAYS"]
        .into_iter()
        .map(str::to_owned)
        .chain(MEASURES.iter().map(|(column, _)| match *column {
            "cost_usd_millicents" => "COST_MILLICENTS".to_owned(),
            other => other.to_ascii_uppercase(),
        }))
        .collect::<Vec<_>>()
        .join(", ");
    let doc = format!(
        "query($ws: ID!) {{ usageSeries(workspaceId: $ws, range: {{from: \"2024-03-01\", to: \"2024-03-31\"}},
         granularity: WEEK, metrics: [{metrics}], splitByProvider: true) {{ lines {{ provider points {{ start values }} }} }} }}"
    );
    let data = w.gql(&doc).await;
    let columns: Vec<&str> =
        ["active_people", "active_days"].into_iter().chain(MEASURES.iter().map(|(c, _)| *c)).collect();
    let mut compared = 0;
    for line in data["usageSeries"]["lines"].as_array().unwrap() {
        let Some(tool) = line["provider"].as_str() else { continue };
        let tool: Provider = match tool {
            "CLAUDE_CODE" => Provider::ClaudeCode,
            "COPILOT" => Provider::Copilot,
            _ => Provider::Cursor,
        };
        for point in line["points"].as_array().unwrap() {
            let start = point["start"].as_str().unwrap();
            let rows: Vec<_> = t
                .find("bucket_start", start)
                .into_iter()
                .filter(|r| t.cell(r, "provider") == tool.as_str())
                .collect();
            if tool == Provider::Cursor {
                assert!(rows.is_empty(), "no Cursor integration: no Cursor rows");
                continue;
            }
            for (i, column) in columns.iter().enumerate() {
                assert_eq!(number(t.cell(rows[0], column)), point["values"][i], "{start} {tool} {column}");
            }
            compared += 1;
        }
    }
    assert_eq!(compared, 10);
}

async fn usage_per_breakdown_value(backend: &str) {
    let w = World::new(backend).await;
    let t = w.csv("usage.csv", &format!("{RANGE}&breakdown=MODEL")).await;
    // Two models, one active day each; ties go by key: `=cmd` before `claude-x`.
    assert_eq!(t.rows.len(), 2);
    let claude_x = &t.find("key", "claude-x")[0];
    assert_eq!(t.cell(claude_x, "active_days"), "1");
    assert_eq!(t.cell(claude_x, "input_tokens"), "100");
    assert_eq!(t.cell(claude_x, "share"), "0.5");
    let cmd = &t.find("key", "'=cmd")[0];
    assert_eq!(t.cell(cmd, "cost_usd_millicents"), "-12", "a negative number is not neutralised");
    assert_eq!(t.cell(cmd, "label"), "'=cmd");

    // PERSON rows as `breakdown` gives them, with labels; the formula name is neutralised.
    let t = w.csv("usage.csv", &format!("{RANGE}&breakdown=PERSON")).await;
    let doc = format!(
        "query($ws: ID!) {{ breakdown(workspaceId: $ws, range: {{from: \"2024-03-01\", to: \"2024-03-31\"}},
         dimension: PERSON, top: 1000) {{ total rows {{ key value subject {{ label }} totals {{ {} }} }} other {{ key }} }} }}",
        totals_selection()
    );
    let data = w.gql(&doc).await;
    let rows = data["breakdown"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4, "ann@x.io, the hyperlink identity, ann-gh, ben-gh");
    assert!(data["breakdown"]["other"].is_null());
    assert_eq!(t.rows.len(), 4);
    for (csv_row, gql_row) in t.rows.iter().zip(rows) {
        assert_eq!(t.cell(csv_row, "key"), gql_row["key"].as_str().unwrap());
        assert_eq!(number(t.cell(csv_row, "active_days")), gql_row["value"]);
        let label = gql_row["subject"]["label"].as_str().unwrap();
        let expected = if label == HYPERLINK { format!("'{HYPERLINK}") } else { label.to_owned() };
        assert_eq!(t.cell(csv_row, "label"), expected);
        assert_measures(&t, csv_row, &gql_row["totals"], label);
    }
    assert_eq!(t.find("label", &format!("'{HYPERLINK}")).len(), 1);
}

on_both_backends!(usage_per_week_and_tool, usage_per_breakdown_value);
