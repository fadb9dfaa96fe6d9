-- Lines suggested (the denominator of acceptance by lines) per actor-day, in the usage tables and
-- the rollups; person-days per breakdown value (the ACTIVE_DAYS metric of a breakdown).
ALTER TABLE daily_usage ADD COLUMN lines_suggested BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_breakdowns ADD COLUMN lines_suggested BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_rollup_daily ADD COLUMN lines_suggested BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_rollup_breakdown_daily ADD COLUMN lines_suggested BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_rollup_breakdown_daily ADD COLUMN actor_days BIGINT NOT NULL DEFAULT 0;
ALTER TABLE usage_rollup_actor_cumulative ADD COLUMN lines_suggested BIGINT NOT NULL DEFAULT 0;

-- Cursor's lines suggested are `totalLinesAdded`, already stored as lines added: exact for every
-- stored day, in every table (running totals of equal columns are equal).
UPDATE daily_usage SET lines_suggested = lines_added
 WHERE integration_id IN (SELECT id FROM integrations WHERE provider = 'cursor');
UPDATE usage_breakdowns SET lines_suggested = lines_added
 WHERE integration_id IN (SELECT id FROM integrations WHERE provider = 'cursor');
UPDATE usage_rollup_daily SET lines_suggested = lines_added WHERE provider = 'cursor';
UPDATE usage_rollup_breakdown_daily SET lines_suggested = lines_added WHERE provider = 'cursor';
UPDATE usage_rollup_actor_cumulative SET lines_suggested = lines_added WHERE provider = 'cursor';

-- Copilot's stored lines accepted were `loc_added_sum` (agent edits included) and its lines
-- suggested (`loc_suggested_to_add_sum`) were never kept: both are unknown for the stored days
-- until they are synced again, so those days leave acceptance by lines (0 over 0) instead of
-- pushing it above 1.
UPDATE daily_usage SET lines_accepted = 0
 WHERE integration_id IN (SELECT id FROM integrations WHERE provider = 'copilot');
UPDATE usage_breakdowns SET lines_accepted = 0
 WHERE integration_id IN (SELECT id FROM integrations WHERE provider = 'copilot');
UPDATE usage_rollup_daily SET lines_accepted = 0 WHERE provider = 'copilot';
UPDATE usage_rollup_breakdown_daily SET lines_accepted = 0 WHERE provider = 'copilot';
UPDATE usage_rollup_actor_cumulative SET lines_accepted = 0 WHERE provider = 'copilot';

-- Each usage_breakdowns row is one actor-day of one dimension value.
UPDATE usage_rollup_breakdown_daily SET actor_days = (
    SELECT COUNT(*) FROM usage_breakdowns ub
     WHERE ub.integration_id = usage_rollup_breakdown_daily.integration_id
       AND ub.day = usage_rollup_breakdown_daily.day
       AND ub.dimension = usage_rollup_breakdown_daily.dimension
       AND ub.value = usage_rollup_breakdown_daily.value);
