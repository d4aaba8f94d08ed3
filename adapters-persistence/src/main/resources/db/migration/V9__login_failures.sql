-- Failed logins per account (tenant and email) and per client address (tenant and IP), shared by every
-- node. The email or address is kept only as its SHA-256; rows for emails without an account are
-- counted alike, so the table does not tell which addresses have accounts.
CREATE TABLE login_failure (
    kind            VARCHAR(16) NOT NULL,
    tenant          VARCHAR(16) NOT NULL,
    subject_hash    CHAR(64) NOT NULL,
    failures        INT NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT login_failure_key PRIMARY KEY (kind, tenant, subject_hash)
);
CREATE INDEX login_failure_by_window ON login_failure (window_start);
