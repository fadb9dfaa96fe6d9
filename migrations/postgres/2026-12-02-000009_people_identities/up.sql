-- Who is a person (issue #12).
--
-- 1. Every vendor identity is a human or a service (a CI pipeline's API key). Claude Code's API
--    actors (kind 'api_key') are services; logins and emails are humans unless an admin says
--    otherwise (setIdentityKind). Sync never changes the kind of an actor it already knows, so an
--    admin's choice stays.
ALTER TABLE actors ADD COLUMN identity_kind TEXT NOT NULL DEFAULT 'human' CHECK (identity_kind IN ('human', 'service'));
UPDATE actors SET identity_kind = 'service' WHERE kind = 'api_key';

-- 2. The real name a vendor gives for an identity (Cursor members' `name`), when it gives one.
ALTER TABLE actors ADD COLUMN display_name TEXT;

-- 3. The day a licence ends, when the vendor has scheduled that (Copilot's pending cancellation).
ALTER TABLE seats ADD COLUMN pending_cancellation_date DATE;

-- 4. The distinct-people rollups keep humans and services apart: a service identity always
--    counts as itself (person_key = minus its actor id), never as a person it may be linked to,
--    and carries service = TRUE. A human counts as its person (or itself when unlinked).
ALTER TABLE usage_rollup_person_day ADD COLUMN service BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE usage_rollup_person_month ADD COLUMN service BOOLEAN NOT NULL DEFAULT FALSE;
-- active_people counts humans only; active_services the service identities.
ALTER TABLE usage_rollup_workspace_day ADD COLUMN active_services BIGINT NOT NULL DEFAULT 0;

-- Rebuilt from the daily rows under the new rule.
DELETE FROM usage_rollup_person_day;
INSERT INTO usage_rollup_person_day (workspace_id, day, person_key, service)
SELECT DISTINCT i.workspace_id, du.day,
       CASE WHEN a.identity_kind = 'service' THEN -a.id ELSE COALESCE(a.person_id, -a.id) END,
       a.identity_kind = 'service'
FROM daily_usage du JOIN actors a ON a.id = du.actor_id JOIN integrations i ON i.id = du.integration_id
WHERE du.active;

DELETE FROM usage_rollup_workspace_day;
INSERT INTO usage_rollup_workspace_day (workspace_id, day, active_people, active_services)
SELECT workspace_id, day, SUM(CASE WHEN service THEN 0 ELSE 1 END), SUM(CASE WHEN service THEN 1 ELSE 0 END)
FROM usage_rollup_person_day GROUP BY workspace_id, day;

DELETE FROM usage_rollup_person_month;
INSERT INTO usage_rollup_person_month (workspace_id, month, person_key, days, service)
SELECT workspace_id, CAST(date_trunc('month', day) AS DATE), person_key,
       CAST(SUM(CAST(1 AS BIGINT) << (CAST(EXTRACT(DAY FROM day) AS INTEGER) - 1)) AS BIGINT), service
FROM usage_rollup_person_day GROUP BY workspace_id, CAST(date_trunc('month', day) AS DATE), person_key, service;
