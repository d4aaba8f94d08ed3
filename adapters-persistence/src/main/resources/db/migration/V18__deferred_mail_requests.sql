-- Reset and activation-resend requests, from the moment they are answered until they are acted on
-- (the row is deleted in the transaction that queues the mail), so none is lost with the process.
CREATE TABLE deferred_mail_request (
    id            VARCHAR(64) PRIMARY KEY,
    kind          VARCHAR(32) NOT NULL,
    tenant        VARCHAR(16) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    customer_type VARCHAR(16),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deferred_mail_request_by_time ON deferred_mail_request (requested_at);
