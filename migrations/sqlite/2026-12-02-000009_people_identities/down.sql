-- Back to one kind of identity: every actor counts as its person (or itself when unlinked).
ALTER TABLE usage_rollup_workspace_day DROP COLUMN active_services;
ALTER TABLE usage_rollup_person_month DROP COLUMN service;
ALTER TABLE usage_rollup_person_day DROP COLUMN service;
ALTER TABLE seats DROP COLUMN pending_cancellation_date;
ALTER TABLE actors DROP COLUMN display_name;
ALTER TABLE actors DROP COLUMN identity_kind;

DELETE FROM usage_rollup_person_day;
INSERT INTO usage_rollup_person_day (workspace_id, day, person_key)
SELECT DISTINCT i.workspace_id, du.day, COALESCE(a.person_id, -a.id)
FROM daily_usage du JOIN actors a ON a.id = du.actor_id JOIN integrations i ON i.id = du.integration_id
WHERE du.active;

DELETE FROM usage_rollup_workspace_day;
INSERT INTO usage_rollup_workspace_day (workspace_id, day, active_people)
SELECT workspace_id, day, COUNT(*) FROM usage_rollup_person_day GROUP BY workspace_id, day;

DELETE FROM usage_rollup_person_month;
INSERT INTO usage_rollup_person_month (workspace_id, month, person_key, days)
SELECT workspace_id, date(day, 'start of month'), person_key,
       CAST(SUM(1 << (CAST(strftime('%d', day) AS INTEGER) - 1)) AS BIGINT)
FROM usage_rollup_person_day GROUP BY workspace_id, date(day, 'start of month'), person_key;
