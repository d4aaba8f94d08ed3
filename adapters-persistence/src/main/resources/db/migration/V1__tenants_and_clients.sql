-- The one-time installation record: present once the first start has provisioned the default tenant.
CREATE TABLE installation (
    id           INT PRIMARY KEY,
    installed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE tenant (
    name                     VARCHAR(16) PRIMARY KEY,
    display_name             VARCHAR(100) NOT NULL,
    anonymous_token_seconds  BIGINT NOT NULL,
    access_token_seconds     BIGINT NOT NULL,
    refresh_token_seconds    BIGINT NOT NULL,
    service_token_seconds    BIGINT NOT NULL,
    activation_token_seconds BIGINT NOT NULL,
    link_base                VARCHAR(500),
    next_customer_number     BIGINT NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE signing_key (
    key_id      VARCHAR(64) PRIMARY KEY,
    tenant      VARCHAR(16) NOT NULL REFERENCES tenant (name) ON DELETE CASCADE,
    private_key VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signing_key_by_tenant ON signing_key (tenant, created_at);

CREATE TABLE client (
    client_id   VARCHAR(64) PRIMARY KEY,
    tenant      VARCHAR(16) NOT NULL REFERENCES tenant (name) ON DELETE CASCADE,
    kind        VARCHAR(16) NOT NULL,
    secret_hash CHAR(64),
    scopes      VARCHAR(1000) NOT NULL
);
CREATE INDEX client_by_tenant ON client (tenant);
