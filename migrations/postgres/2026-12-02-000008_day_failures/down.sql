DROP TABLE sync_day_failures;
ALTER TABLE integrations DROP COLUMN history_horizon;
ALTER TABLE sync_runs DROP COLUMN retry_days;
ALTER TABLE sync_runs DROP COLUMN days_failed;
UPDATE sync_runs SET status = 'failed' WHERE status = 'partial';
ALTER TABLE sync_runs DROP CONSTRAINT IF EXISTS sync_runs_status_check;
ALTER TABLE sync_runs ADD CONSTRAINT sync_runs_status_check
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed'));
