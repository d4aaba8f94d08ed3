-- Mail is written here in the same transaction as the change that causes it, and delivered later.
CREATE TABLE mail_outbox (
    id              VARCHAR(64) PRIMARY KEY,
    tenant          VARCHAR(16) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    text_body       VARCHAR(65535) NOT NULL,
    html_body       VARCHAR(65535) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    attempts        INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_by_creation ON mail_outbox (created_at);
