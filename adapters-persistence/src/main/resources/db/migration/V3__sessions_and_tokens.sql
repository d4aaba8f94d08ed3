CREATE TABLE login_session (
    id           VARCHAR(64) PRIMARY KEY,
    tenant       VARCHAR(16) NOT NULL REFERENCES tenant (name) ON DELETE CASCADE,
    customer_id  UUID NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    client_id    VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_agent   VARCHAR(512) NOT NULL,
    ip           VARCHAR(64) NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_session_by_customer ON login_session (customer_id);

-- What each opaque bearer token grants, under the SHA-256 of the token; the token itself is never stored.
CREATE TABLE access_grant (
    token_hash  CHAR(64) PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    tenant      VARCHAR(16) NOT NULL REFERENCES tenant (name) ON DELETE CASCADE,
    client_id   VARCHAR(64) NOT NULL,
    session_id  VARCHAR(64) NOT NULL,
    customer_id UUID REFERENCES customer (id) ON DELETE CASCADE,
    scopes      VARCHAR(1000) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX access_grant_by_session ON access_grant (session_id);
CREATE INDEX access_grant_by_expiry ON access_grant (expires_at);

CREATE TABLE refresh_token (
    token_hash CHAR(64) PRIMARY KEY,
    session_id VARCHAR(64) NOT NULL REFERENCES login_session (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_token_by_session ON refresh_token (session_id);

CREATE TABLE email_token (
    token_hash  CHAR(64) PRIMARY KEY,
    tenant      VARCHAR(16) NOT NULL REFERENCES tenant (name) ON DELETE CASCADE,
    customer_id UUID NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    purpose     VARCHAR(32) NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    spent_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX email_token_by_customer ON email_token (customer_id, purpose);
