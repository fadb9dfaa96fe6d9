DROP TABLE instance_setup;
ALTER TABLE memberships DROP COLUMN verified_email;
