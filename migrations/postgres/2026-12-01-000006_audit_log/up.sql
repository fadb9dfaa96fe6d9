-- Who did what to which workspace, and when: one row per admin action (integrations connected,
-- updated, disconnected or synced; members invited, joined, re-roled or removed; settings
-- changed; key rotations; exports and share cards). No foreign keys: the record outlives the
-- user, the integration and the workspace it names. Never holds a secret.
CREATE TABLE audit_events (
    id BIGSERIAL PRIMARY KEY,
    -- NULL for instance-wide actions (key rotation).
    workspace_id BIGINT,
    -- NULL for the operator's command line.
    actor_user_id BIGINT,
    -- The actor's email when it happened ('operator' for the command line).
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target_kind TEXT,
    target_id TEXT,
    -- JSON object of non-secret details (the role granted, keepData, the changed settings).
    detail TEXT NOT NULL DEFAULT '{}',
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX audit_events_workspace ON audit_events (workspace_id, id);
