//! people.csv against `people`, daily.csv against `dailyUsage` across keyset pages.

use ai_usage::domain::{ActorKind, Measures, Provider};
use ai_usage::storage;

use super::{
    DAILY_MEASURES, HYPERLINK, RANGE, World, actor, assert_measures, assert_some_measures, number,
    totals_selection, write,
};

async fn people_mirror_the_leaderboard(backend: &str) {
    let w = World::new(backend).await;
    let t = w.csv("people.csv", RANGE).await;
    let doc = format!(
        "query($ws: ID!) {{ people(workspaceId: $ws, range: {{from: \"2024-03-01\", to: \"2024-03-31\"}}, first: 1000) {{
           total rows {{ rank value subject {{ personId actorId label }} totals {{ {} }}
           tools {{ provider activeDays lastActiveDay }} }} }} }}",
        totals_selection()
    );
    let data = w.gql(&doc).await;
    let rows = data["people"]["rows"].as_array().unwrap();
    // Four identities, each active one day: ranks 1–4, value 1.
    assert_eq!(data["people"]["total"], 4);
    assert_eq!(t.rows.len(), 4);
    for (csv_row, gql_row) in t.rows.iter().zip(rows) {
        assert_eq!(number(t.cell(csv_row, "rank")), gql_row["rank"]);
        assert_eq!(t.cell(csv_row, "active_days"), "1");
        assert_eq!(number(t.cell(csv_row, "active_days")), gql_row["value"]);
        let id = |field: &str| gql_row["subject"][field].as_str().unwrap_or("").to_owned();
        assert_eq!(t.cell(csv_row, "actor_id"), id("actorId"));
        assert_eq!(t.cell(csv_row, "person_id"), id("personId"));
        let label = gql_row["subject"]["label"].as_str().unwrap();
        let expected = if label == HYPERLINK { format!("'{HYPERLINK}") } else { label.to_owned() };
        assert_eq!(t.cell(csv_row, "name"), expected);
        assert_measures(&t, csv_row, &gql_row["totals"], label);
        for tool in gql_row["tools"].as_array().unwrap() {
            let prefix = match tool["provider"].as_str().unwrap() {
                "CLAUDE_CODE" => Provider::ClaudeCode.as_str(),
                _ => Provider::Copilot.as_str(),
            };
            assert_eq!(number(t.cell(csv_row, &format!("{prefix}_active_days"))), tool["activeDays"]);
            assert_eq!(
                t.cell(csv_row, &format!("{prefix}_last_active_day")),
                tool["lastActiveDay"].as_str().unwrap()
            );
        }
    }
    let link = &t.find("name", &format!("'{HYPERLINK}"))[0];
    assert_eq!(t.cell(link, "cost_usd_millicents"), "-12", "the credit stays a number");
    assert_eq!(
        t.cell(link, "email_address"),
        format!("'{HYPERLINK}"),
        "an email identity's address, neutralised"
    );
    assert_eq!(t.cell(link, &format!("{}_last_active_day", Provider::ClaudeCode.as_str())), "2024-03-04");
    assert_eq!(t.cell(link, &format!("{}_active_days", Provider::Copilot.as_str())), "", "no Copilot use");
}

async fn daily_rows_across_pages(backend: &str) {
    let w = World::new(backend).await;
    // Seven more Claude Code days for ann@x.io: eleven rows in all, four pages of three.
    let claude: i64 = storage::integrations::list_for_workspace(w.app.db(), w.ws)
        .await
        .unwrap()
        .iter()
        .find(|i| i.provider == Provider::ClaudeCode)
        .unwrap()
        .id;
    for d in 20..27 {
        let m = Measures { sessions: d, ..Measures::default() };
        write(
            w.app.db(),
            claude,
            &format!("2024-03-{d}"),
            vec![actor(ActorKind::Email, "ann@x.io", m, None)],
        )
        .await;
    }
    ai_usage::export::daily_csv::set_page_rows(3);
    let t = w.csv("daily.csv", RANGE).await;
    assert_eq!(t.rows.len(), 11);
    let keys: Vec<(i64, i64, String)> = t
        .rows
        .iter()
        .map(|r| {
            let id = |c: &str| t.cell(r, c).parse::<i64>().unwrap();
            (id("integration_id"), id("actor_id"), t.cell(r, "day").to_owned())
        })
        .collect();
    assert!(keys.windows(2).all(|k| k[0] < k[1]), "ordered, no duplicates: {keys:?}");
    // Sessions of ann@x.io's seven added days: 20 + 21 + … + 26 = 161, plus 2 on 2024-03-04.
    let ann: i64 =
        t.find("actor", "ann@x.io").iter().map(|r| t.cell(r, "sessions").parse::<i64>().unwrap()).sum();
    assert_eq!(ann, 163);

    // Every row equals its `dailyUsage` row.
    let doc = format!(
        "query($ws: ID!) {{ dailyUsage(workspaceId: $ws, from: \"2024-03-01\", to: \"2024-03-31\") {{
           day integrationId actorId actor totals {{ {} }} }} }}",
        DAILY_MEASURES.iter().map(|(_, field)| *field).collect::<Vec<_>>().join(" ")
    );
    let data = w.gql(&doc).await;
    let gql_rows = data["dailyUsage"].as_array().unwrap();
    assert_eq!(gql_rows.len(), 11);
    for g in gql_rows {
        let found: Vec<_> = t
            .rows
            .iter()
            .filter(|r| {
                t.cell(r, "day") == g["day"].as_str().unwrap()
                    && t.cell(r, "actor_id") == g["actorId"].as_str().unwrap()
                    && t.cell(r, "integration_id") == g["integrationId"].as_str().unwrap()
            })
            .collect();
        assert_eq!(found.len(), 1, "{g}");
        let actor = g["actor"].as_str().unwrap();
        let expected = if actor == HYPERLINK { format!("'{HYPERLINK}") } else { actor.to_owned() };
        assert_eq!(t.cell(found[0], "actor"), expected);
        assert_eq!(t.cell(found[0], "active_that_day"), "true");
        assert_some_measures(&t, found[0], &g["totals"], &DAILY_MEASURES, actor);
    }
    let link = &t.find("actor", &format!("'{HYPERLINK}"))[0];
    assert_eq!(t.cell(link, "cost_usd_millicents"), "-12");
    assert_eq!(t.cell(link, "interactions"), "", "Claude Code does not report interactions");
}

on_both_backends!(people_mirror_the_leaderboard, daily_rows_across_pages);
