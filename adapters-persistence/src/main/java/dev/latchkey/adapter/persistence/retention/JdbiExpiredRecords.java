package dev.latchkey.adapter.persistence.retention;

import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.ExpiredRecords;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Deletes past-their-time rows with one statement per batch: the keys of at most {@code limit} due rows
 * are chosen by an index on the time that makes them due, then those rows are deleted. Several nodes
 * may run it at once; a row deleted by another node is simply not counted twice.
 */
public final class JdbiExpiredRecords implements ExpiredRecords {

    private final Jdbi jdbi;

    public JdbiExpiredRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int removeAccessGrantsExpiredBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM access_grant WHERE token_hash IN (
                    SELECT token_hash FROM access_grant WHERE expires_at < :before FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeRefreshTokensExpiredBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM refresh_token WHERE token_hash IN (
                    SELECT token_hash FROM refresh_token WHERE expires_at < :before FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeSessionsEndedBefore(Instant before, int limit) {
        // revoking a session deletes its tokens; a session never revoked ends when its last token is gone
        return delete("""
                DELETE FROM login_session WHERE id IN (
                    SELECT s.id FROM login_session s
                    WHERE (s.revoked_at < :before OR (s.revoked_at IS NULL AND s.last_used_at < :before))
                      AND NOT EXISTS (SELECT 1 FROM refresh_token r WHERE r.session_id = s.id)
                      AND NOT EXISTS (SELECT 1 FROM access_grant g WHERE g.session_id = s.id)
                    FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeEmailTokensExpiredBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM email_token WHERE token_hash IN (
                    SELECT token_hash FROM email_token WHERE expires_at < :before FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeMailsSentBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM mail_outbox WHERE id IN (
                    SELECT id FROM mail_outbox WHERE status = 'SENT' AND sent_at < :before FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeFailedMailsQueuedBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM mail_outbox WHERE id IN (
                    SELECT id FROM mail_outbox WHERE status = 'FAILED' AND created_at < :before FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeLoginFailuresWindowedBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM login_failure WHERE (kind, tenant, subject_hash) IN (
                    SELECT kind, tenant, subject_hash FROM login_failure WHERE window_start < :before
                    FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    @Override
    public int removeMailQuotaSlotsUsedBefore(Instant before, int limit) {
        return delete("""
                DELETE FROM mail_quota WHERE (tenant, recipient_hash, kind, slot) IN (
                    SELECT tenant, recipient_hash, kind, slot FROM mail_quota WHERE used_at < :before
                    FETCH FIRST :limit ROWS ONLY)""",
                before, limit);
    }

    private int delete(String sql, Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createUpdate(sql)
                .bind("before", utc(before))
                .bind("limit", limit)
                .execute());
    }
}
