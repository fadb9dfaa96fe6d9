DROP INDEX sync_runs_one_running;
