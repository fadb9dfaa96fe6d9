-- Analytics rollups. All are derived from daily_usage / usage_breakdowns and rewritten for one
-- (integration, day) by storage::day_writer in the same transaction as the day itself, so they
-- never disagree with it. Dashboards read these instead of the per-actor rows.

-- An admin's link or unlink is final: automatic email matching leaves such actors alone.
ALTER TABLE actors ADD COLUMN person_locked BOOLEAN NOT NULL DEFAULT FALSE;

-- Per integration and UTC day: every measure summed over actors. A written day always has a row
-- (zeros when nobody was active), which is also how data freshness knows the day was synced.
CREATE TABLE usage_rollup_daily (
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    workspace_id BIGINT NOT NULL,
    provider TEXT NOT NULL,
    actors BIGINT NOT NULL DEFAULT 0,
    active_actors BIGINT NOT NULL DEFAULT 0,
    sessions BIGINT NOT NULL DEFAULT 0,
    interactions BIGINT NOT NULL DEFAULT 0,
    input_tokens BIGINT NOT NULL DEFAULT 0,
    output_tokens BIGINT NOT NULL DEFAULT 0,
    cache_read_tokens BIGINT NOT NULL DEFAULT 0,
    cache_write_tokens BIGINT NOT NULL DEFAULT 0,
    cost_millicents BIGINT NOT NULL DEFAULT 0,
    lines_added BIGINT NOT NULL DEFAULT 0,
    lines_removed BIGINT NOT NULL DEFAULT 0,
    lines_accepted BIGINT NOT NULL DEFAULT 0,
    suggestions_shown BIGINT NOT NULL DEFAULT 0,
    suggestions_accepted BIGINT NOT NULL DEFAULT 0,
    tool_accepted BIGINT NOT NULL DEFAULT 0,
    tool_rejected BIGINT NOT NULL DEFAULT 0,
    commits BIGINT NOT NULL DEFAULT 0,
    pull_requests BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, day)
);
CREATE INDEX usage_rollup_daily_workspace_day ON usage_rollup_daily (workspace_id, day);

-- Per integration, day, dimension and value: the breakdown measures summed over actors.
CREATE TABLE usage_rollup_breakdown_daily (
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    workspace_id BIGINT NOT NULL,
    provider TEXT NOT NULL,
    sessions BIGINT NOT NULL DEFAULT 0,
    interactions BIGINT NOT NULL DEFAULT 0,
    input_tokens BIGINT NOT NULL DEFAULT 0,
    output_tokens BIGINT NOT NULL DEFAULT 0,
    cache_read_tokens BIGINT NOT NULL DEFAULT 0,
    cache_write_tokens BIGINT NOT NULL DEFAULT 0,
    cost_millicents BIGINT NOT NULL DEFAULT 0,
    lines_added BIGINT NOT NULL DEFAULT 0,
    lines_removed BIGINT NOT NULL DEFAULT 0,
    lines_accepted BIGINT NOT NULL DEFAULT 0,
    suggestions_shown BIGINT NOT NULL DEFAULT 0,
    suggestions_accepted BIGINT NOT NULL DEFAULT 0,
    tool_accepted BIGINT NOT NULL DEFAULT 0,
    tool_rejected BIGINT NOT NULL DEFAULT 0,
    commits BIGINT NOT NULL DEFAULT 0,
    pull_requests BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, day, dimension, value)
);
CREATE INDEX usage_rollup_breakdown_workspace ON usage_rollup_breakdown_daily (workspace_id, dimension, day);

-- Per actor and written day of its integration (a usage_rollup_daily row) from the actor's first
-- daily_usage row on: running totals of every measure, of the actor's daily rows (row_days) and of
-- its active days up to and including the day, and its last active day so far. Dense per written
-- day, so an actor's totals over [from, to] are its row on the integration's last written day on or
-- before `to` minus its row on the last written day before `from`: two contiguous ranges of the
-- (integration_id, day) index for a whole workspace. Per actor (not person), so linking actors to
-- persons changes nothing here. Rewriting day D of an integration recomputes its rows from D on.
CREATE TABLE usage_rollup_actor_cumulative (
    actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    workspace_id BIGINT NOT NULL,
    provider TEXT NOT NULL,
    row_days BIGINT NOT NULL DEFAULT 0,
    active_days BIGINT NOT NULL DEFAULT 0,
    last_active_day DATE,
    sessions BIGINT NOT NULL DEFAULT 0,
    interactions BIGINT NOT NULL DEFAULT 0,
    input_tokens BIGINT NOT NULL DEFAULT 0,
    output_tokens BIGINT NOT NULL DEFAULT 0,
    cache_read_tokens BIGINT NOT NULL DEFAULT 0,
    cache_write_tokens BIGINT NOT NULL DEFAULT 0,
    cost_millicents BIGINT NOT NULL DEFAULT 0,
    lines_added BIGINT NOT NULL DEFAULT 0,
    lines_removed BIGINT NOT NULL DEFAULT 0,
    lines_accepted BIGINT NOT NULL DEFAULT 0,
    suggestions_shown BIGINT NOT NULL DEFAULT 0,
    suggestions_accepted BIGINT NOT NULL DEFAULT 0,
    tool_accepted BIGINT NOT NULL DEFAULT 0,
    tool_rejected BIGINT NOT NULL DEFAULT 0,
    commits BIGINT NOT NULL DEFAULT 0,
    pull_requests BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, day)
);
CREATE INDEX usage_rollup_actor_cumulative_integration ON usage_rollup_actor_cumulative (integration_id, day, actor_id);

-- One row per person active on a UTC day in a workspace, whatever the tool. person_key is the
-- person's id, or minus the actor's id for an actor linked to nobody. Distinct-people figures
-- (active users, DAU/WAU/MAU) count these rows instead of de-duplicating per-tool rows.
CREATE TABLE usage_rollup_person_day (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    person_key BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, day, person_key)
);

-- Per workspace and calendar month (month is its first day), one row per person active in it:
-- bit d-1 of days is set when the person was active on day d. Distinct people over any range
-- (active users, WAU, MAU) test each person's few month rows against the range's bits instead of
-- de-duplicating a row per person and day. Derived from usage_rollup_person_day.
CREATE TABLE usage_rollup_person_month (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    month DATE NOT NULL,
    person_key BIGINT NOT NULL,
    days BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, month, person_key)
);

-- Per workspace and UTC day: distinct people active (the usage_rollup_person_day rows of the day),
-- for per-day active-user series and heatmaps. A day nobody was active may have no row (0).
CREATE TABLE usage_rollup_workspace_day (
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    day DATE NOT NULL,
    active_people BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, day)
);

CREATE INDEX daily_usage_actor_day ON daily_usage (actor_id, day);
CREATE INDEX actor_teams_actor_day ON actor_teams (actor_id, day);
