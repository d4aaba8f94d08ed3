-- The mail quota: each recipient (as its SHA-256) and kind of mail has a fixed number of slots, one per
-- mail allowed in the quota period. A slot is taken again only when its last mail is older than that
-- period, with a conditional update, so no more mails than slots go out in any period, on any node.
CREATE TABLE mail_quota (
    tenant         VARCHAR(16) NOT NULL,
    recipient_hash CHAR(64) NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    slot           INT NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mail_quota_slot PRIMARY KEY (tenant, recipient_hash, kind, slot)
);
