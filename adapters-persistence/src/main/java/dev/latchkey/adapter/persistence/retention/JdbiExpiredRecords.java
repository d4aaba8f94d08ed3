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
        return deleteFirst("access_grant", "token_hash", "expires_at < :before", before, limit);
    }

    @Override
    public int removeRefreshTokensExpiredBefore(Instant before, int limit) {
        return deleteFirst("refresh_token", "token_hash", "expires_at < :before", before, limit);
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
                    FETCH FIRST :limit ROWS ONLY)""", before, limit);
    }

    @Override
    public int removeEmailTokensExpiredBefore(Instant before, int limit) {
        return deleteFirst("email_token", "token_hash", "expires_at < :before", before, limit);
    }

    @Override
    public int removeMailsSentBefore(Instant before, int limit) {
        return deleteFirst("mail_outbox", "id", "status = 'SENT' AND sent_at < :before", before, limit);
    }

    @Override
    public int removeFailedMailsQueuedBefore(Instant before, int limit) {
        return deleteFirst("mail_outbox", "id", "status = 'FAILED' AND created_at < :before", before, limit);
    }

    @Override
    public int removeLoginFailuresWindowedBefore(Instant before, int limit) {
        return deleteFirst("login_failure", "kind, tenant, subject_hash", "window_start < :before", before, limit);
    }

    @Override
    public int removeMailQuotaSlotsUsedBefore(Instant before, int limit) {
        return deleteFirst("mail_quota", "tenant, recipient_hash, kind, slot", "used_at < :before", before, limit);
    }

    /** Deletes at most {@code limit} rows of {@code table} that are {@code due}, chosen by their {@code key} columns. */
    private int deleteFirst(String table, String key, String due, Instant before, int limit) {
        return delete(
                "DELETE FROM " + table + " WHERE (" + key + ") IN (SELECT " + key + " FROM " + table + " WHERE " + due
                        + " FETCH FIRST :limit ROWS ONLY)",
                before,
                limit);
    }

    private int delete(String sql, Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createUpdate(sql)
                .bind("before", utc(before))
                .bind("limit", limit)
                .execute());
    }
}
