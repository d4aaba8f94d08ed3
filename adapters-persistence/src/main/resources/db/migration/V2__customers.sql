CREATE TABLE customer (
    id                 UUID PRIMARY KEY,
    tenant             VARCHAR(16) NOT NULL REFERENCES tenant (name) ON DELETE CASCADE,
    customer_number    VARCHAR(64) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(512) NOT NULL,
    status             VARCHAR(16) NOT NULL,
    preferred_language VARCHAR(35) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_email_per_tenant UNIQUE (tenant, email),
    CONSTRAINT customer_number_per_tenant UNIQUE (tenant, customer_number)
);
