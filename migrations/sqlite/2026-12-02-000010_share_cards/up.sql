-- Share cards (issue #16): a frozen picture of figures that anyone holding its link may see.
--
-- 1. share_links was reserved by the first migration and never used: it is rebuilt with what a
--    card needs. The link's token is never stored, only its SHA-256 (token_hash); the figures are
--    frozen at creation (snapshot, JSON) and the PNG is rendered once (card_png), so the public
--    page reads nothing but this row.
DROP TABLE share_links;
CREATE TABLE share_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    created_by BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'team')),
    title TEXT NOT NULL,
    options TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    card_png BLOB NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX share_links_workspace ON share_links (workspace_id, created_by);

-- 2. A workspace may turn public cards off: then no card of it is served and none can be made.
ALTER TABLE workspaces ADD COLUMN public_share_cards BOOLEAN NOT NULL DEFAULT TRUE;
