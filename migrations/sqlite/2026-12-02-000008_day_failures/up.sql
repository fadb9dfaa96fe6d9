-- One bad vendor day no longer blocks an integration (issue #12).
--
-- 1. A run that read some days but not others ends `partial`; it counts the days it could not read.
--    `retry_days` lists the earlier failed days a scheduled run retries before its range (a JSON
--    array of ISO dates), so a run taken over mid-way knows its whole plan.
--    SQLite cannot change a CHECK constraint in place: the table is rebuilt (nothing references
--    it, so no foreign key sees the drop).
CREATE TABLE sync_runs_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('schedule', 'manual', 'backfill', 'cli')),
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed')),
    range_from DATE NOT NULL,
    range_to DATE NOT NULL,
    days_total INTEGER NOT NULL DEFAULT 0,
    days_done INTEGER NOT NULL DEFAULT 0,
    records BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    claimed_by TEXT,
    lease_expires_at TIMESTAMP,
    started_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    finished_at TIMESTAMP,
    days_failed INTEGER NOT NULL DEFAULT 0,
    retry_days TEXT
);
INSERT INTO sync_runs_new (id, integration_id, trigger_kind, status, range_from, range_to, days_total,
                           days_done, records, error, claimed_by, lease_expires_at, started_at, finished_at)
SELECT id, integration_id, trigger_kind, status, range_from, range_to, days_total,
       days_done, records, error, claimed_by, lease_expires_at, started_at, finished_at
FROM sync_runs;
DROP TABLE sync_runs;
ALTER TABLE sync_runs_new RENAME TO sync_runs;
CREATE INDEX sync_runs_integration ON sync_runs (integration_id, started_at);
CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs (integration_id) WHERE status = 'running';

-- 2. The oldest day the vendor serves, as last discovered by a backfill; older days are
--    `UNAVAILABLE` in `dataFreshness`. NULL until a backfill has asked.
ALTER TABLE integrations ADD COLUMN history_horizon DATE;

-- 3. Days the vendor answered badly, one row per integration and day until a read succeeds.
--    `failed`: retried from `next_retry_at`; `given_up`: every attempt failed; `acknowledged`:
--    an admin accepted the gap. The reason is a sanitised message, never the key.
CREATE TABLE sync_day_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
