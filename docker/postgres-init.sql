-- Runs once, when the compose PostgreSQL volume is first initialised: the service gets its own
-- role and database, apart from the test suite's `test` database.
CREATE ROLE ai_usage LOGIN;
CREATE DATABASE ai_usage OWNER ai_usage;
