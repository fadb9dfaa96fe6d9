-- At most one running sync per integration, enforced by the database: two replicas (or two
-- clicks) starting a sync at the same moment cannot both open a run. Duplicates left by the race
-- this closes are marked failed first, keeping the newest.
UPDATE sync_runs
SET status = 'failed',
    error = 'interrupted: another sync of this integration was running',
    finished_at = CURRENT_TIMESTAMP
WHERE status = 'running'
  AND id NOT IN (SELECT MAX(id) FROM sync_runs WHERE status = 'running' GROUP BY integration_id);

CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs (integration_id) WHERE status = 'running';
