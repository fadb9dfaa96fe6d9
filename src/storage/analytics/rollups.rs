//! Keeping the rollups in step with the daily rows. `day_writer` runs these statements inside the
//! transaction that rewrites one (integration, day): each rollup row the day feeds is deleted and
//! re-aggregated from the rows just written, so a re-written day replaces its contribution. The
//! per-actor running totals (`usage_rollup_actor_cumulative`) of the actors whose row changed are
//! recomputed from the day onward ([`CumulativeRefresh`]).

use chrono::NaiveDate;

use super::identities;
use super::sql::{BREAKDOWN_MEASURES, Dialect, MEASURES, day_bit, month_start};
use crate::domain::Granularity;

/// `active_people, active_services` of `usage_rollup_workspace_day` from person-day rows.
const PEOPLE_COUNTS: &str = "COALESCE(SUM(CASE WHEN service THEN 0 ELSE 1 END), 0), \
     COALESCE(SUM(CASE WHEN service THEN 1 ELSE 0 END), 0)";

/// Where a day's rows belong: its integration's workspace and provider.
#[derive(Debug, Clone)]
pub struct DayTarget<'a> {
    /// The integration's workspace.
    pub workspace_id: i64,
    /// The integration's tool.
    pub provider: &'a str,
    /// The integration.
    pub integration_id: i64,
    /// The UTC day being written.
    pub day: NaiveDate,
}

/// Statements that link email actors to persons: an admin's choice (`person_locked`) is kept;
/// otherwise a person with the actor's email is found or created in the workspace, tied to the
/// member whose invitation vouched for that address (never to an account that merely signed up
/// with it).
pub fn link_email_actors(t: &DayTarget<'_>) -> Vec<String> {
    let (ws, integration) = (t.workspace_id, t.integration_id);
    let email = crate::domain::ActorKind::Email;
    vec![
        format!(
            "INSERT INTO persons (workspace_id, display_name, email, user_id) \
             SELECT {ws}, COALESCE(a.display_name, a.identifier), a.identifier, (SELECT m.user_id FROM memberships m WHERE m.workspace_id = {ws} AND m.verified_email = a.identifier LIMIT 1) \
             FROM actors a WHERE a.integration_id = {integration} AND a.kind = '{email}' \
             AND a.person_id IS NULL AND NOT a.person_locked \
             ON CONFLICT (workspace_id, email) DO NOTHING"
        ),
        format!(
            "UPDATE actors SET person_id = (SELECT p.id FROM persons p \
             WHERE p.workspace_id = {ws} AND p.email = actors.identifier) \
             WHERE integration_id = {integration} AND kind = '{email}' AND person_id IS NULL AND NOT person_locked"
        ),
    ]
}

/// A statement that gives persons still named by their email (the name they were created
/// with) the real name the vendor gives for one of their identities of the integration. A name
/// an admin chose is never replaced.
pub fn name_persons_from_actors(t: &DayTarget<'_>) -> String {
    let (ws, integration) = (t.workspace_id, t.integration_id);
    let named = format!(
        "FROM actors a WHERE a.person_id = persons.id AND a.integration_id = {integration} \
         AND a.display_name IS NOT NULL AND a.display_name <> ''"
    );
    format!(
        "UPDATE persons SET display_name = (SELECT MIN(a.display_name) {named}) \
         WHERE workspace_id = {ws} AND display_name = email AND EXISTS (SELECT 1 {named})"
    )
}

/// Delete-and-re-aggregate statements for every rollup the day feeds.
pub fn refresh_day(dialect: Dialect, t: &DayTarget<'_>) -> Vec<String> {
    let (ws, integration, provider) = (t.workspace_id, t.integration_id, t.provider);
    let day = dialect.date(t.day);
    let month = dialect.date(month_start(t.day));
    let bit = day_bit(t.day);
    let keep = !bit;
    let cols = MEASURES.join(", ");
    let sums = MEASURES.iter().map(|m| format!("COALESCE(SUM({m}), 0)")).collect::<Vec<_>>().join(", ");
    let bcols = BREAKDOWN_MEASURES.join(", ");
    let bsums =
        BREAKDOWN_MEASURES.iter().map(|m| format!("COALESCE(SUM({m}), 0)")).collect::<Vec<_>>().join(", ");
    let (key, service) = (identities::person_key("a"), identities::is_service("a"));
    let people_counts = PEOPLE_COUNTS;
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
            "INSERT INTO usage_rollup_breakdown_daily (integration_id, day, dimension, value, workspace_id, provider, actor_days, {bcols}) \
             SELECT {integration}, {day}, dimension, value, {ws}, '{provider}', COUNT(*), {bsums} \
             FROM usage_breakdowns WHERE integration_id = {integration} AND day = {day} GROUP BY dimension, value"
        ),
        format!("DELETE FROM usage_rollup_person_day WHERE workspace_id = {ws} AND day = {day}"),
        format!(
            "INSERT INTO usage_rollup_person_day (workspace_id, day, person_key, service) \
             SELECT DISTINCT {ws}, {day}, {key}, {service} \
             FROM daily_usage du JOIN actors a ON a.id = du.actor_id \
             JOIN integrations i ON i.id = du.integration_id \
             WHERE i.workspace_id = {ws} AND du.day = {day} AND du.active \
             ON CONFLICT DO NOTHING"
        ),
        format!("DELETE FROM usage_rollup_workspace_day WHERE workspace_id = {ws} AND day = {day}"),
        format!(
            "INSERT INTO usage_rollup_workspace_day (workspace_id, day, active_people, active_services) \
             SELECT {ws}, {day}, {people_counts} FROM usage_rollup_person_day WHERE workspace_id = {ws} AND day = {day}"
        ),
        // The day's bit in the month bitmaps: cleared for everyone, set again for who was active.
        format!(
            "UPDATE usage_rollup_person_month SET days = days & {keep} \
             WHERE workspace_id = {ws} AND month = {month} AND (days & {bit}) <> 0"
        ),
        format!(
            "INSERT INTO usage_rollup_person_month (workspace_id, month, person_key, days, service) \
             SELECT {ws}, {month}, person_key, {bit}, service FROM usage_rollup_person_day \
             WHERE workspace_id = {ws} AND day = {day} \
             ON CONFLICT (workspace_id, month, person_key) \
             DO UPDATE SET days = usage_rollup_person_month.days | excluded.days"
        ),
        format!(
            "DELETE FROM usage_rollup_person_month WHERE workspace_id = {ws} AND month = {month} AND days = 0"
        ),
    ]
}

/// The per-actor running totals (`usage_rollup_actor_cumulative`) of one integration from one
/// day on, kept as owned text so a writer can take it onto a blocking thread.
pub struct CumulativeRefresh {
    workspace_id: i64,
    integration_id: i64,
    provider: String,
    /// The day, as a date literal.
    day: String,
}

impl CumulativeRefresh {
    /// The statements that refresh the cumulative rollups of `t`'s day, for `dialect`.
    pub fn new(dialect: Dialect, t: &DayTarget<'_>) -> Self {
        CumulativeRefresh {
            workspace_id: t.workspace_id,
            integration_id: t.integration_id,
            provider: t.provider.to_owned(),
            day: dialect.date(t.day),
        }
    }

    /// Statements that bring the running totals in step once the day's rows are written and
    /// `usage_rollup_daily` has the day, where `changed` lists the actors whose row of the day was
    /// added, removed or changed. Only theirs are recomputed from the day on (deleted, then summed
    /// again, a window per actor, on top of their totals on the last written day before it): the
    /// totals of every other actor are unaffected on every later day, so re-syncing an old day
    /// with the same figures rewrites nothing, where recomputing everyone cost one row per actor
    /// and later day. Those others only need a row on the day itself when it is newly written: a
    /// copy of their previous totals.
    pub fn statements(&self, changed: &[i64]) -> Vec<String> {
        let (ws, integration, provider, day) =
            (self.workspace_id, self.integration_id, &self.provider, &self.day);
        let cols = MEASURES.join(", ");
        let previous = format!(
            "(SELECT MAX(r.day) FROM usage_rollup_daily r WHERE r.integration_id = {integration} AND r.day < {day})"
        );
        let mut out = vec![];
        if !changed.is_empty() {
            let list = super::sql::id_list(changed);
            let window = "OVER (PARTITION BY g.actor_id ORDER BY g.day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)";
            let running = MEASURES
                .iter()
                .map(|m| {
                    format!("CAST(COALESCE(b.{m}, 0) + COALESCE(SUM(du.{m}) {window}, 0) AS BIGINT) AS {m}")
                })
                .collect::<Vec<_>>()
                .join(", ");
            out.push(format!(
                "DELETE FROM usage_rollup_actor_cumulative WHERE integration_id = {integration} AND day >= {day} \
                 AND actor_id IN ({list})"
            ));
            // Every (changed actor seen before or since, written day from `day` on); rows before an
            // actor's first daily row are dropped. The running last active day only grows, and
            // every day here is after the base row's.
            out.push(format!(
                "INSERT INTO usage_rollup_actor_cumulative (actor_id, day, integration_id, workspace_id, provider, \
                 row_days, active_days, last_active_day, {cols}) \
                 SELECT s.actor_id, s.day, {integration}, {ws}, '{provider}', s.row_days, s.active_days, s.last_active_day, {cols} \
                 FROM (SELECT g.actor_id AS actor_id, g.day AS day, \
                 CAST(COALESCE(b.row_days, 0) + SUM(CASE WHEN du.actor_id IS NULL THEN 0 ELSE 1 END) {window} AS BIGINT) AS row_days, \
                 CAST(COALESCE(b.active_days, 0) + SUM(CASE WHEN du.active THEN 1 ELSE 0 END) {window} AS BIGINT) AS active_days, \
                 COALESCE(MAX(CASE WHEN du.active THEN du.day END) {window}, b.last_active_day) AS last_active_day, {running} \
                 FROM (SELECT x.actor_id AS actor_id, e.day AS day FROM \
                 (SELECT c.actor_id AS actor_id FROM usage_rollup_actor_cumulative c \
                 WHERE c.integration_id = {integration} AND c.day = {previous} AND c.actor_id IN ({list}) \
                 UNION SELECT d.actor_id FROM daily_usage d WHERE d.integration_id = {integration} AND d.day >= {day} \
                 AND d.actor_id IN ({list})) x \
                 CROSS JOIN (SELECT r.day AS day FROM usage_rollup_daily r \
                 WHERE r.integration_id = {integration} AND r.day >= {day}) e) g \
                 LEFT JOIN daily_usage du ON du.integration_id = {integration} AND du.actor_id = g.actor_id AND du.day = g.day \
                 LEFT JOIN usage_rollup_actor_cumulative b ON b.actor_id = g.actor_id AND b.day = {previous}) s \
                 WHERE s.row_days > 0"
            ));
        }
        let carried = MEASURES.iter().map(|m| format!("b.{m}")).collect::<Vec<_>>().join(", ");
        out.push(format!(
            "INSERT INTO usage_rollup_actor_cumulative (actor_id, day, integration_id, workspace_id, provider, \
             row_days, active_days, last_active_day, {cols}) \
             SELECT b.actor_id, {day}, {integration}, {ws}, '{provider}', b.row_days, b.active_days, b.last_active_day, {carried} \
             FROM usage_rollup_actor_cumulative b WHERE b.integration_id = {integration} AND b.day = {previous} \
             AND NOT EXISTS (SELECT 1 FROM usage_rollup_actor_cumulative c WHERE c.actor_id = b.actor_id AND c.day = {day})"
        ));
        out
    }
}

/// Statements that rebuild the person-day rows of `keys` after actors moved between persons (a
/// link, a merge, or an identity turned human or service), and
/// what derives from them: the month bitmaps of `keys` and the active-people count of every day
/// they were or are active on.
pub fn refresh_person_keys(dialect: Dialect, workspace_id: i64, keys: &[i64]) -> Vec<String> {
    let list = super::sql::id_list(keys);
    let their_days = format!(
        "SELECT d.day FROM usage_rollup_person_day d WHERE d.workspace_id = {workspace_id} AND d.person_key IN ({list})"
    );
    let month = dialect.bucket_start("p.day", Granularity::Month);
    let bit = dialect.day_bit("p.day");
    let (key, service) = (identities::person_key("a"), identities::is_service("a"));
    vec![
        // Days the keys were active on lose their count here and get it back below.
        format!(
            "DELETE FROM usage_rollup_workspace_day WHERE workspace_id = {workspace_id} AND day IN ({their_days})"
        ),
        format!(
            "DELETE FROM usage_rollup_person_day WHERE workspace_id = {workspace_id} AND person_key IN ({list})"
        ),
        format!(
            "INSERT INTO usage_rollup_person_day (workspace_id, day, person_key, service) \
             SELECT DISTINCT {workspace_id}, du.day, {key}, {service} \
             FROM daily_usage du JOIN actors a ON a.id = du.actor_id \
             JOIN integrations i ON i.id = du.integration_id \
             WHERE i.workspace_id = {workspace_id} AND du.active AND {key} IN ({list}) \
             ON CONFLICT DO NOTHING"
        ),
        format!(
            "DELETE FROM usage_rollup_workspace_day WHERE workspace_id = {workspace_id} AND day IN ({their_days})"
        ),
        // Every day with active people has a count, so the days missing one are those removed above.
        format!(
            "INSERT INTO usage_rollup_workspace_day (workspace_id, day, active_people, active_services) \
             SELECT {workspace_id}, p.day, {PEOPLE_COUNTS} FROM usage_rollup_person_day p \
             WHERE p.workspace_id = {workspace_id} AND NOT EXISTS (SELECT 1 FROM usage_rollup_workspace_day w \
             WHERE w.workspace_id = {workspace_id} AND w.day = p.day) GROUP BY p.day"
        ),
        format!(
            "DELETE FROM usage_rollup_person_month WHERE workspace_id = {workspace_id} AND person_key IN ({list})"
        ),
        // One row per (person, day), so the sum of the days' bits is their union.
        format!(
            "INSERT INTO usage_rollup_person_month (workspace_id, month, person_key, days, service) \
             SELECT {workspace_id}, {month}, p.person_key, CAST(SUM({bit}) AS BIGINT), p.service FROM usage_rollup_person_day p \
             WHERE p.workspace_id = {workspace_id} AND p.person_key IN ({list}) GROUP BY {month}, p.person_key, p.service"
        ),
    ]
}
