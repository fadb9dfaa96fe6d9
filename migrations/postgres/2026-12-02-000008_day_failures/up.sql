-- One bad vendor day no longer blocks an integration (issue #12).
--
-- 1. A run that read some days but not others ends `partial`; it counts the days it could not read.
--    `retry_days` lists the earlier failed days a scheduled run retries before its range (a JSON
--    array of ISO dates), so a run taken over mid-way knows its whole plan.
ALTER TABLE sync_runs DROP CONSTRAINT IF EXISTS sync_runs_status_check;
ALTER TABLE sync_runs ADD CONSTRAINT sync_runs_status_check
    CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed'));
ALTER TABLE sync_runs ADD COLUMN days_failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_runs ADD COLUMN retry_days TEXT;

-- 2. The oldest day the vendor serves, as last discovered by a backfill; older days are
--    `UNAVAILABLE` in `dataFreshness`. NULL until a backfill has asked.
ALTER TABLE integrations ADD COLUMN history_horizon DATE;

-- 3. Days the vendor answered badly, one row per integration and day until a read succeeds.
--    `failed`: retried from `next_retry_at`; `given_up`: every attempt failed; `acknowledged`:
--    an admin accepted the gap. The reason is a sanitised message, never the key.
CREATE TABLE sync_day_failures (
    id BIGSERIAL PRIMARY KEY,
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    first_failed_at TIMESTAMP NOT NULL,
    last_failed_at TIMESTAMP NOT NULL,
    next_retry_at TIMESTAMP,
    state TEXT NOT NULL CHECK (state IN ('failed', 'given_up', 'acknowledged')),
    UNIQUE (integration_id, day)
);
CREATE INDEX sync_day_failures_retry ON sync_day_failures (integration_id, state, next_retry_at);
