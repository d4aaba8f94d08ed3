package dev.latchkey.application.service.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fake.MutableClock;
import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.Purged;
import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.RecordKind;
import dev.latchkey.application.port.out.ExpiredRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgeExpiredRecordsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final RecordingExpiredRecords records = new RecordingExpiredRecords();
    private final PurgeExpiredRecordsService purge =
            new PurgeExpiredRecordsService(records, Duration.ofDays(1), Duration.ofHours(1), new MutableClock(NOW));

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void expiredTokensSessionsAndDeliveredMailAreKeptTheConfiguredTimeAfterTheyEnded() {
        purge.purge();

        Instant aDayAgo = NOW.minus(Duration.ofDays(1));
        assertThat(records.cutoffs)
                .containsEntry(RecordKind.ACCESS_GRANT, aDayAgo)
                .containsEntry(RecordKind.REFRESH_TOKEN, aDayAgo)
                .containsEntry(RecordKind.LOGIN_SESSION, aDayAgo)
                .containsEntry(RecordKind.EMAIL_TOKEN, aDayAgo)
                .containsEntry(RecordKind.SENT_MAIL, aDayAgo);
    }

    @Test
    void failedMailsStayThirtyDaysForTheShopsBackend() {
        purge.purge();

        assertThat(records.cutoffs).containsEntry(RecordKind.FAILED_MAIL, NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void failedLoginCountsGoOnlyWhenTheLongestThrottleWindowIsOver() {
        purge.purge();

        assertThat(records.cutoffs).containsEntry(RecordKind.LOGIN_FAILURE, NOW.minus(Duration.ofHours(24)));
    }

    @Test
    void mailQuotaSlotsGoWhenTheirPeriodIsOver() {
        purge.purge();

        assertThat(records.cutoffs).containsEntry(RecordKind.MAIL_QUOTA_SLOT, NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void sessionsArePurgedAfterTheirTokensSoThatTheyNeedNoSecondRun() {
        purge.purge();

        assertThat(records.order).containsSubsequence(RecordKind.ACCESS_GRANT, RecordKind.LOGIN_SESSION);
        assertThat(records.order).containsSubsequence(RecordKind.REFRESH_TOKEN, RecordKind.LOGIN_SESSION);
    }

    @Test
    void aBacklogIsWorkedThroughInBatchesUntilAShortOne() {
        records.backlog.put(
                RecordKind.ACCESS_GRANT,
                new ArrayDeque<>(List.of(PurgeExpiredRecordsService.BATCH, PurgeExpiredRecordsService.BATCH, 7)));
        records.backlog.put(RecordKind.SENT_MAIL, new ArrayDeque<>(List.of(3)));

        Purged purged = purge.purge();

        assertThat(records.calls.get(RecordKind.ACCESS_GRANT)).isEqualTo(3);
        assertThat(purged.byKind())
                .containsEntry(RecordKind.ACCESS_GRANT, 2 * PurgeExpiredRecordsService.BATCH + 7)
                .containsEntry(RecordKind.SENT_MAIL, 3)
                .containsEntry(RecordKind.EMAIL_TOKEN, 0);
        assertThat(purged.total()).isEqualTo(2 * PurgeExpiredRecordsService.BATCH + 10);
    }

    @Test
    void anInterruptedPurgeStopsBeforeTheNextBatch() {
        records.backlog.put(
                RecordKind.ACCESS_GRANT,
                new ArrayDeque<>(List.of(PurgeExpiredRecordsService.BATCH, PurgeExpiredRecordsService.BATCH)));
        Thread.currentThread().interrupt();

        Purged purged = purge.purge();

        assertThat(records.order).isEmpty();
        assertThat(purged.total()).isZero();
    }

    @Test
    void negativeKeepingTimesAreRefused() {
        assertThatThrownBy(() -> new PurgeExpiredRecordsService(
                        records, Duration.ofDays(-1), Duration.ofHours(1), new MutableClock(NOW)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Records what was asked, answering from a planned backlog (nothing left when none is planned). */
    private static final class RecordingExpiredRecords implements ExpiredRecords {

        final Map<RecordKind, Instant> cutoffs = new EnumMap<>(RecordKind.class);
        final Map<RecordKind, Integer> calls = new EnumMap<>(RecordKind.class);
        final Map<RecordKind, Deque<Integer>> backlog = new EnumMap<>(RecordKind.class);
        final List<RecordKind> order = new ArrayList<>();

        private int remove(RecordKind kind, Instant before, int limit) {
            assertThat(limit).isEqualTo(PurgeExpiredRecordsService.BATCH);
            cutoffs.put(kind, before);
            calls.merge(kind, 1, Integer::sum);
            order.add(kind);
            Deque<Integer> planned = backlog.get(kind);
            return planned == null || planned.isEmpty() ? 0 : planned.pop();
        }

        @Override
        public int removeAccessGrantsExpiredBefore(Instant before, int limit) {
            return remove(RecordKind.ACCESS_GRANT, before, limit);
        }

        @Override
        public int removeRefreshTokensExpiredBefore(Instant before, int limit) {
            return remove(RecordKind.REFRESH_TOKEN, before, limit);
        }

        @Override
        public int removeSessionsEndedBefore(Instant before, int limit) {
            return remove(RecordKind.LOGIN_SESSION, before, limit);
        }

        @Override
        public int removeEmailTokensExpiredBefore(Instant before, int limit) {
            return remove(RecordKind.EMAIL_TOKEN, before, limit);
        }

        @Override
        public int removeMailsSentBefore(Instant before, int limit) {
            return remove(RecordKind.SENT_MAIL, before, limit);
        }

        @Override
        public int removeFailedMailsQueuedBefore(Instant before, int limit) {
            return remove(RecordKind.FAILED_MAIL, before, limit);
        }

        @Override
        public int removeLoginFailuresWindowedBefore(Instant before, int limit) {
            return remove(RecordKind.LOGIN_FAILURE, before, limit);
        }

        @Override
        public int removeMailQuotaSlotsUsedBefore(Instant before, int limit) {
            return remove(RecordKind.MAIL_QUOTA_SLOT, before, limit);
        }
    }
}
