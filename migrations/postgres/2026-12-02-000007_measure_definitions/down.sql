-- Copilot's lines accepted zeroed by up.sql come back with the next sync of those days.
ALTER TABLE usage_rollup_actor_cumulative DROP COLUMN lines_suggested;
ALTER TABLE usage_rollup_breakdown_daily DROP COLUMN actor_days;
ALTER TABLE usage_rollup_breakdown_daily DROP COLUMN lines_suggested;
ALTER TABLE usage_rollup_daily DROP COLUMN lines_suggested;
ALTER TABLE usage_breakdowns DROP COLUMN lines_suggested;
ALTER TABLE daily_usage DROP COLUMN lines_suggested;
