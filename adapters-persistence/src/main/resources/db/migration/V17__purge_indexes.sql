-- What the purge of expired records looks for, so that each of its runs reads only what it deletes.
CREATE INDEX refresh_token_by_expiry ON refresh_token (expires_at);
CREATE INDEX email_token_by_expiry ON email_token (expires_at);
CREATE INDEX login_session_by_last_use ON login_session (last_used_at);
CREATE INDEX login_session_by_revocation ON login_session (revoked_at);
CREATE INDEX mail_outbox_by_delivery ON mail_outbox (status, sent_at);
CREATE INDEX mail_quota_by_use ON mail_quota (used_at);
