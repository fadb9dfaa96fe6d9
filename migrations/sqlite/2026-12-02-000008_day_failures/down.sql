DROP TABLE sync_day_failures;
ALTER TABLE integrations DROP COLUMN history_horizon;
CREATE TABLE sync_runs_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    trigger_kind TEXT NOT NULL CHECK (trigger_kind IN ('schedule', 'manual', 'backfill', 'cli')),
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    range_from DATE NOT NULL,
    range_to DATE NOT NULL,
    days_total INTEGER NOT NULL DEFAULT 0,
    days_done INTEGER NOT NULL DEFAULT 0,
    records BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    claimed_by TEXT,
    lease_expires_at TIMESTAMP,
    started_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    finished_at TIMESTAMP
);
INSERT INTO sync_runs_old (id, integration_id, trigger_kind, status, range_from, range_to, days_total,
                           days_done, records, error, claimed_by, lease_expires_at, started_at, finished_at)
SELECT id, integration_id, trigger_kind, CASE status WHEN 'partial' THEN 'failed' ELSE status END,
       range_from, range_to, days_total, days_done, records, error, claimed_by, lease_expires_at,
       started_at, finished_at
FROM sync_runs;
DROP TABLE sync_runs;
ALTER TABLE sync_runs_old RENAME TO sync_runs;
CREATE INDEX sync_runs_integration ON sync_runs (integration_id, started_at);
CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs (integration_id) WHERE status = 'running';
