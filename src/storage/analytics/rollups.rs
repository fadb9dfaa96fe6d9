//! Keeping the rollups in step with the daily rows. `day_writer` runs these statements inside the
//! transaction that rewrites one (integration, day): each rollup row the day feeds is deleted and
//! re-aggregated from the rows just written, so a re-written day replaces its contribution.

use chrono::{Days, NaiveDate};

use super::sql::{BREAKDOWN_MEASURES, Dialect, MEASURES, week_start};

/// Where a day's rows belong: its integration's workspace and provider.
#[derive(Debug, Clone)]
pub struct DayTarget<'a> {
    pub workspace_id: i64,
    pub provider: &'a str,
    pub integration_id: i64,
    pub day: NaiveDate,
}

/// Statements that link email actors to persons: an admin's choice (`person_locked`) is kept;
/// otherwise a person with the actor's email is found or created in the workspace.
pub fn link_email_actors(t: &DayTarget<'_>) -> Vec<String> {
    let (ws, integration) = (t.workspace_id, t.integration_id);
    vec![
        format!(
            "INSERT INTO persons (workspace_id, display_name, email, user_id) \
             SELECT {ws}, a.identifier, a.identifier, (SELECT u.id FROM users u WHERE u.email = a.identifier) \
             FROM actors a WHERE a.integration_id = {integration} AND a.kind = 'email' \
             AND a.person_id IS NULL AND NOT a.person_locked \
             ON CONFLICT (workspace_id, email) DO NOTHING"
        ),
        format!(
            "UPDATE actors SET person_id = (SELECT p.id FROM persons p \
             WHERE p.workspace_id = {ws} AND p.email = actors.identifier) \
             WHERE integration_id = {integration} AND kind = 'email' AND person_id IS NULL AND NOT person_locked"
        ),
    ]
}

/// Delete-and-re-aggregate statements for every rollup the day feeds.
pub fn refresh_day(dialect: Dialect, t: &DayTarget<'_>) -> Vec<String> {
    let (ws, integration, provider) = (t.workspace_id, t.integration_id, t.provider);
    let day = dialect.date(t.day);
    let monday = week_start(t.day);
    let (week_from, week_to) = (dialect.date(monday), dialect.date(monday + Days::new(6)));
    let cols = MEASURES.join(", ");
    let sums = MEASURES.iter().map(|m| format!("COALESCE(SUM({m}), 0)")).collect::<Vec<_>>().join(", ");
    let bcols = BREAKDOWN_MEASURES.join(", ");
    let bsums =
        BREAKDOWN_MEASURES.iter().map(|m| format!("COALESCE(SUM({m}), 0)")).collect::<Vec<_>>().join(", ");
    vec![
        format!("DELETE FROM usage_rollup_daily WHERE integration_id = {integration} AND day = {day}"),
        // No GROUP BY: one row even for a day without actors, which marks the day as synced.
        format!(
            "INSERT INTO usage_rollup_daily (integration_id, day, workspace_id, provider, actors, active_actors, {cols}) \
             SELECT {integration}, {day}, {ws}, '{provider}', COUNT(*), \
             COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0), {sums} \
             FROM daily_usage WHERE integration_id = {integration} AND day = {day}"
        ),
        format!(
            "DELETE FROM usage_rollup_breakdown_daily WHERE integration_id = {integration} AND day = {day}"
        ),
        format!(
            "INSERT INTO usage_rollup_breakdown_daily (integration_id, day, dimension, value, workspace_id, provider, {bcols}) \
             SELECT {integration}, {day}, dimension, value, {ws}, '{provider}', {bsums} \
             FROM usage_breakdowns WHERE integration_id = {integration} AND day = {day} GROUP BY dimension, value"
        ),
        format!(
            "DELETE FROM usage_rollup_actor_week WHERE integration_id = {integration} AND week_start = {week_from}"
        ),
        format!(
            "INSERT INTO usage_rollup_actor_week (actor_id, week_start, integration_id, workspace_id, provider, \
             active_days, last_active_day, {cols}) \
             SELECT actor_id, {week_from}, {integration}, {ws}, '{provider}', \
             COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0), MAX(CASE WHEN active THEN day END), {sums} \
             FROM daily_usage WHERE integration_id = {integration} AND day BETWEEN {week_from} AND {week_to} \
             GROUP BY actor_id"
        ),
        format!("DELETE FROM usage_rollup_person_day WHERE workspace_id = {ws} AND day = {day}"),
        format!(
            "INSERT INTO usage_rollup_person_day (workspace_id, day, person_key) \
             SELECT DISTINCT {ws}, {day}, COALESCE(a.person_id, -a.id) \
             FROM daily_usage du JOIN actors a ON a.id = du.actor_id \
             JOIN integrations i ON i.id = du.integration_id \
             WHERE i.workspace_id = {ws} AND du.day = {day} AND du.active \
             ON CONFLICT DO NOTHING"
        ),
    ]
}

/// Statements that rebuild the person-day rows of `keys` after actors moved between persons.
pub fn refresh_person_keys(workspace_id: i64, keys: &[i64]) -> Vec<String> {
    let list = super::sql::id_list(keys);
    vec![
        format!(
            "DELETE FROM usage_rollup_person_day WHERE workspace_id = {workspace_id} AND person_key IN ({list})"
        ),
        format!(
            "INSERT INTO usage_rollup_person_day (workspace_id, day, person_key) \
             SELECT DISTINCT {workspace_id}, du.day, COALESCE(a.person_id, -a.id) \
             FROM daily_usage du JOIN actors a ON a.id = du.actor_id \
             JOIN integrations i ON i.id = du.integration_id \
             WHERE i.workspace_id = {workspace_id} AND du.active AND COALESCE(a.person_id, -a.id) IN ({list}) \
             ON CONFLICT DO NOTHING"
        ),
    ]
}
