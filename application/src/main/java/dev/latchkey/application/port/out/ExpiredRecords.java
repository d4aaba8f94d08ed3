package dev.latchkey.application.port.out;

import java.time.Instant;

/**
 * Deletes records that no promise needs any more. Each call deletes at most {@code limit} rows, in
 * a statement of its own, and returns how many it deleted, so a caller can work through a large
 * backlog in short steps that never hold many locks.
 */
public interface ExpiredRecords {

    /** Access grants (anonymous, customer, service and page tokens) that expired before {@code before}. */
    int removeAccessGrantsExpiredBefore(Instant before, int limit);

    /** Refresh tokens, rotated or not, that expired before {@code before}. */
    int removeRefreshTokensExpiredBefore(Instant before, int limit);

    /**
     * Login sessions that ended before {@code before}: revoked then, or last used then and left with
     * no access grant and no refresh token.
     */
    int removeSessionsEndedBefore(Instant before, int limit);

    /** Emailed tokens, spent or not, that expired before {@code before}. */
    int removeEmailTokensExpiredBefore(Instant before, int limit);

    /** Mails delivered before {@code before}. */
    int removeMailsSentBefore(Instant before, int limit);

    /** Mails given up as failed that were queued before {@code before}. */
    int removeFailedMailsQueuedBefore(Instant before, int limit);

    /** Counts of failed logins whose window started before {@code before}. */
    int removeLoginFailuresWindowedBefore(Instant before, int limit);

    /** Mail-quota slots last used before {@code before}. */
    int removeMailQuotaSlotsUsedBefore(Instant before, int limit);
}
