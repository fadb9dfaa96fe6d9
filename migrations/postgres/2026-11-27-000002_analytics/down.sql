DROP INDEX actor_teams_actor_day;
DROP INDEX daily_usage_actor_day;
DROP TABLE usage_rollup_workspace_day;
DROP TABLE usage_rollup_person_month;
DROP TABLE usage_rollup_person_day;
DROP TABLE usage_rollup_actor_cumulative;
DROP TABLE usage_rollup_breakdown_daily;
DROP TABLE usage_rollup_daily;
ALTER TABLE actors DROP COLUMN person_locked;
