-- Accounts hardening (issue #10).
--
-- 1. "Own rows" come only from an address an admin vouched for: the email of the invitation a
--    member joined with, kept per membership. A sign-up email alone proves nothing (there is no
--    mail verification), so it no longer matches vendor rows by itself.
ALTER TABLE memberships ADD COLUMN verified_email TEXT;

-- Existing members keep their own rows when an accepted invitation of that workspace was for the
-- address of their account (the invitation does not record who accepted it; this is the best
-- evidence there is). A member who joined with an invitation for another address gets none.
UPDATE memberships
SET verified_email = (SELECT u.email FROM users u WHERE u.id = memberships.user_id)
WHERE EXISTS (
    SELECT 1 FROM invites i JOIN users u ON u.id = memberships.user_id
    WHERE i.workspace_id = memberships.workspace_id
      AND i.accepted_at IS NOT NULL
      AND lower(trim(i.email)) = u.email
);

-- Persons were tied to the account with the same (unverified) email; keep only the ties a
-- vouched address backs.
UPDATE persons
SET user_id = NULL
WHERE user_id IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM memberships m
    WHERE m.workspace_id = persons.workspace_id
      AND m.user_id = persons.user_id
      AND m.verified_email = persons.email
  );

-- 2. First-run setup is claimed exactly once: the first account inserts the only row this table
--    may hold, in the transaction that creates it, so two concurrent first sign-ups cannot both
--    become instance admin.
CREATE TABLE instance_setup (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    first_user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO instance_setup (id, first_user_id) SELECT 1, MIN(id) FROM users HAVING COUNT(*) > 0;
