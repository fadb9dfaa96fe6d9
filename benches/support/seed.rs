//! The bench dataset, shared by the benches that need it: persons, one email actor per person and
//! tool, daily rows, one model breakdown per row, then every rollup, in bulk SQL.

use ai_usage::domain::Granularity;
use ai_usage::storage::analytics::sql::{Dialect, MEASURES};
use ai_usage::storage::{Backend, Db};
use chrono::NaiveDate;

/// Bulk seed: persons, one email actor per person and tool, daily rows, one model breakdown per
/// row, then every rollup in one grouped statement each.
pub async fn seed(db: &Db, ws: i64, first_day: NaiveDate, days: i64, people: i64) {
    let first_day = first_day.to_string();
    let backend = db.backend();
    let d = Dialect(backend);
    let (numbers, days) = match backend {
        Backend::Postgres => (
            format!("SELECT g AS n FROM generate_series(1, {people}) g"),
            format!(
                "SELECT (DATE '{first_day}' + g) AS day, g AS dn FROM generate_series(0, {}) g",
                days - 1
            ),
        ),
        Backend::Sqlite => (
            format!(
                "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {people}) SELECT n FROM s"
            ),
            format!(
                "WITH RECURSIVE s(dn) AS (SELECT 0 UNION ALL SELECT dn + 1 FROM s WHERE dn < {}) \
                 SELECT date('{first_day}', '+' || dn || ' days') AS day, dn FROM s",
                days - 1
            ),
        ),
    };
    let measures = MEASURES.join(", ");
    let sums = MEASURES.iter().map(|m| format!("SUM(du.{m})")).collect::<Vec<_>>().join(", ");
    let running = MEASURES
        .iter()
        .map(|m| format!("COALESCE(SUM(du.{m}) OVER w, 0) AS {m}"))
        .collect::<Vec<_>>()
        .join(", ");
    let statements = vec![
        format!(
            "INSERT INTO integrations (workspace_id, provider, display_name, secret_ciphertext, secret_hint) VALUES \
             ({ws}, 'claude_code', 'Claude Code', {b}, '…'), ({ws}, 'copilot', 'Copilot', {b}, '…'), ({ws}, 'cursor', 'Cursor', {b}, '…')",
            b = match backend {
                Backend::Postgres => "'\\x00'::bytea",
                Backend::Sqlite => "x'00'",
            }
        ),
        format!(
            "INSERT INTO persons (workspace_id, display_name, email) SELECT {ws}, 'Person ' || n, 'p' || n || '@bench.io' FROM ({numbers}) nums"
        ),
        format!(
            "INSERT INTO actors (integration_id, kind, identifier, person_id) \
             SELECT i.id, 'email', p.email, p.id FROM persons p CROSS JOIN integrations i \
             WHERE p.workspace_id = {ws} AND i.workspace_id = {ws}"
        ),
        format!(
            "INSERT INTO daily_usage (integration_id, actor_id, day, active, sessions, interactions, input_tokens, output_tokens, \
             cost_millicents, lines_added, lines_accepted, suggestions_shown, suggestions_accepted) \
             SELECT a.integration_id, a.id, dd.day, TRUE, 1, 1 + (a.id * 7 + dd.dn) % 40, 1000 + (a.id + dd.dn) % 500, \
             200 + (a.id * 3 + dd.dn) % 300, 10 + (a.id + dd.dn * 5) % 90, (a.id + dd.dn) % 50, (a.id + dd.dn) % 20, \
             (a.id * 11 + dd.dn) % 30, (a.id * 11 + dd.dn) % 12 \
             FROM actors a CROSS JOIN ({days}) dd \
             WHERE a.integration_id IN (SELECT id FROM integrations WHERE workspace_id = {ws}) AND (a.id + dd.dn) % 5 <> 0"
        ),
        format!(
            "INSERT INTO usage_breakdowns (integration_id, actor_id, day, dimension, value, interactions, output_tokens) \
             SELECT du.integration_id, du.actor_id, du.day, 'model', 'model-' || (du.actor_id % 4), du.interactions, du.output_tokens \
             FROM daily_usage du"
        ),
        format!(
            "INSERT INTO usage_rollup_daily (integration_id, day, workspace_id, provider, actors, active_actors, {measures}) \
             SELECT du.integration_id, du.day, {ws}, i.provider, COUNT(*), SUM(CASE WHEN du.active THEN 1 ELSE 0 END), {sums} \
             FROM daily_usage du JOIN integrations i ON i.id = du.integration_id GROUP BY du.integration_id, du.day, i.provider"
        ),
        format!(
            "INSERT INTO usage_rollup_breakdown_daily (integration_id, day, dimension, value, workspace_id, provider, interactions, output_tokens) \
             SELECT du.integration_id, du.day, du.dimension, du.value, {ws}, i.provider, SUM(du.interactions), SUM(du.output_tokens) \
             FROM usage_breakdowns du JOIN integrations i ON i.id = du.integration_id \
             GROUP BY du.integration_id, du.day, du.dimension, du.value, i.provider"
        ),
        // Running totals per actor on every written day from its first row, as day_writer leaves them
        // (in day order, as a day-by-day backfill inserts them).
        format!(
            "INSERT INTO usage_rollup_actor_cumulative (actor_id, day, integration_id, workspace_id, provider, row_days, \
             active_days, last_active_day, {measures}) \
             SELECT s.actor_id, s.day, s.integration_id, {ws}, s.provider, s.row_days, s.active_days, s.last_active_day, {measures} \
             FROM (SELECT a.id AS actor_id, r.day AS day, r.integration_id AS integration_id, r.provider AS provider, \
             SUM(CASE WHEN du.actor_id IS NULL THEN 0 ELSE 1 END) OVER w AS row_days, \
             SUM(CASE WHEN du.active THEN 1 ELSE 0 END) OVER w AS active_days, \
             MAX(CASE WHEN du.active THEN du.day END) OVER w AS last_active_day, {running} \
             FROM actors a JOIN usage_rollup_daily r ON r.integration_id = a.integration_id \
             LEFT JOIN daily_usage du ON du.actor_id = a.id AND du.day = r.day \
             WINDOW w AS (PARTITION BY a.id ORDER BY r.day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) s \
             WHERE s.row_days > 0 ORDER BY s.day, s.actor_id"
        ),
        format!(
            "INSERT INTO usage_rollup_person_day (workspace_id, day, person_key) \
             SELECT DISTINCT {ws}, du.day, COALESCE(a.person_id, -a.id) FROM daily_usage du JOIN actors a ON a.id = du.actor_id \
             WHERE du.active"
        ),
        format!(
            "INSERT INTO usage_rollup_workspace_day (workspace_id, day, active_people) \
             SELECT p.workspace_id, p.day, COUNT(*) FROM usage_rollup_person_day p GROUP BY p.workspace_id, p.day"
        ),
        format!(
            "INSERT INTO usage_rollup_person_month (workspace_id, month, person_key, days) \
             SELECT p.workspace_id, {month}, p.person_key, CAST(SUM({bit}) AS BIGINT) FROM usage_rollup_person_day p \
             GROUP BY p.workspace_id, {month}, p.person_key",
            month = d.bucket_start("p.day", Granularity::Month),
            bit = d.day_bit("p.day"),
        ),
        // What autovacuum does after a bulk load: statistics, and (PostgreSQL) the visibility map
        // that lets index-only scans skip the heap.
        match backend {
            Backend::Postgres => "VACUUM ANALYZE".to_owned(),
            Backend::Sqlite => "ANALYZE".to_owned(),
        },
    ];
    ai_usage::storage::analytics::bulk_execute(db, statements).await.unwrap();
}
