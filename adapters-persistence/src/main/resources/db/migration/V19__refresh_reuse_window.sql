-- How long after its rotation a refresh token presented again gets another new pair for its session.
ALTER TABLE tenant ADD COLUMN refresh_reuse_seconds INTEGER DEFAULT 10 NOT NULL;
