package dev.latchkey.application.service.retention;

import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase;
import dev.latchkey.application.port.out.ExpiredRecords;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Deletes what is past its keeping time. Expired tokens and ended sessions are kept {@code keepExpired}
 * after they expired or ended (so an expired link or token is still told apart from a wrong one for
 * that long), delivered mail as long after delivery, mail given up as failed {@link #FAILED_MAILS_KEPT}
 * for the shop's backend to see; counts of failed logins and mail-quota slots go as soon as they no
 * longer count.
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {

    public static final Duration FAILED_MAILS_KEPT = Duration.ofDays(30);
    static final int BATCH = 500;
    private static final Duration LONGEST_FAILURE_WINDOW =
            max(LoginThrottlePolicy.ACCOUNT_WINDOW, LoginThrottlePolicy.ADDRESS_WINDOW);

    private final ExpiredRecords records;
    private final Duration keepExpired;
    private final Duration mailQuotaPeriod;
    private final Clock clock;

    public PurgeExpiredRecordsService(
            ExpiredRecords records, Duration keepExpired, Duration mailQuotaPeriod, Clock clock) {
        if (keepExpired.isNegative() || mailQuotaPeriod.isNegative()) {
            throw new IllegalArgumentException("Keeping times are not negative");
        }
        this.records = records;
        this.keepExpired = keepExpired;
        this.mailQuotaPeriod = mailQuotaPeriod;
        this.clock = clock;
    }

    @Override
    public Purged purge() {
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(keepExpired);
        Map<RecordKind, Integer> purged = new EnumMap<>(RecordKind.class);
        purged.put(
                RecordKind.ACCESS_GRANT, drain(limit -> records.removeAccessGrantsExpiredBefore(expiredBefore, limit)));
        purged.put(
                RecordKind.REFRESH_TOKEN,
                drain(limit -> records.removeRefreshTokensExpiredBefore(expiredBefore, limit)));
        // after the tokens, so that a session whose last tokens just went goes in the same run
        purged.put(RecordKind.LOGIN_SESSION, drain(limit -> records.removeSessionsEndedBefore(expiredBefore, limit)));
        purged.put(
                RecordKind.EMAIL_TOKEN, drain(limit -> records.removeEmailTokensExpiredBefore(expiredBefore, limit)));
        purged.put(RecordKind.SENT_MAIL, drain(limit -> records.removeMailsSentBefore(expiredBefore, limit)));
        Instant failedBefore = now.minus(FAILED_MAILS_KEPT);
        purged.put(RecordKind.FAILED_MAIL, drain(limit -> records.removeFailedMailsQueuedBefore(failedBefore, limit)));
        Instant uncounted = now.minus(LONGEST_FAILURE_WINDOW);
        purged.put(
                RecordKind.LOGIN_FAILURE, drain(limit -> records.removeLoginFailuresWindowedBefore(uncounted, limit)));
        Instant freeBefore = now.minus(mailQuotaPeriod);
        purged.put(
                RecordKind.MAIL_QUOTA_SLOT, drain(limit -> records.removeMailQuotaSlotsUsedBefore(freeBefore, limit)));
        return new Purged(purged);
    }

    private static int drain(IntUnaryOperator removeBatch) {
        int total = 0;
        int removed;
        do {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            removed = removeBatch.applyAsInt(BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
