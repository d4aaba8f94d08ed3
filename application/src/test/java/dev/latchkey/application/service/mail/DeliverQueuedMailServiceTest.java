package dev.latchkey.application.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.InMemoryMailOutbox;
import dev.latchkey.application.fake.MutableClock;
import dev.latchkey.application.fake.RecordingMailSender;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailDeliveryException;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliverQueuedMailServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.test");
    private static final EmailAddress GRACE = new EmailAddress("grace@example.test");

    private final MutableClock clock = MutableClock.startingAt("2030-01-15T10:00:00Z");
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final RecordingMailSender sender = new RecordingMailSender();
    private final DeliverQueuedMailService service = new DeliverQueuedMailService(outbox, sender, clock);

    @Test
    void sentMailIsMarkedSent() {
        String id = enqueue(ADA);

        int sent = service.deliverDue();

        assertThat(sent).isEqualTo(1);
        assertThat(sender.delivered()).extracting(QueuedMail::id).containsExactly(id);
        assertThat(outbox.row(id).status()).isEqualTo(QueuedMail.Status.SENT);
        assertThat(outbox.row(id).sentAt()).contains(clock.instant());
    }

    @Test
    void sentMailIsNotSentAgain() {
        enqueue(ADA);
        service.deliverDue();
        clock.advance(Duration.ofHours(2));

        assertThat(service.deliverDue()).isZero();
        assertThat(sender.attempts()).hasSize(1);
    }

    @Test
    void failedMailIsRetriedThirtySecondsAfterTheFirstFailure() {
        String id = enqueue(ADA);
        sender.serverDown(true);

        int sent = service.deliverDue();

        assertThat(sent).isZero();
        InMemoryMailOutbox.Row row = outbox.row(id);
        assertThat(row.status()).isEqualTo(QueuedMail.Status.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(row.lastError()).contains("connection refused");
    }

    @Test
    void failedMailIsNotTriedBeforeItsDelayHasPassed() {
        enqueue(ADA);
        sender.serverDown(true);
        service.deliverDue();
        sender.serverDown(false);

        clock.advance(Duration.ofSeconds(29));
        service.deliverDue();
        assertThat(sender.delivered()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.deliverDue()).isEqualTo(1);
        assertThat(sender.delivered()).hasSize(1);
    }

    @Test
    void retryDelayDoublesFromThirtySecondsAndIsCappedAtOneHour() {
        String id = enqueue(ADA);
        sender.serverDown(true);
        List<Duration> delays = new ArrayList<>();

        for (int round = 0; round < 9; round++) {
            Instant attemptedAt = clock.instant();
            service.deliverDue();
            Instant next = outbox.row(id).nextAttemptAt();
            delays.add(Duration.between(attemptedAt, next));
            clock.setTo(next);
        }

        assertThat(delays)
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(120),
                        Duration.ofSeconds(240),
                        Duration.ofSeconds(480),
                        Duration.ofSeconds(960),
                        Duration.ofSeconds(1920),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
    }

    @ParameterizedTest
    @CsvSource({"1, 30", "2, 60", "3, 120", "7, 1920", "8, 3600", "9, 3600", "40, 3600", "100, 3600"})
    void delayAfterAFailureDoublesUpToOneHour(int attempts, long seconds) {
        assertThat(DeliverQueuedMailService.delayAfter(attempts)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void afterTenAttemptsTheMailIsFailedAndNotRetried() {
        String id = enqueue(ADA);
        sender.serverDown(true);

        for (int round = 0; round < 12; round++) {
            service.deliverDue();
            clock.advance(Duration.ofHours(2));
        }

        assertThat(sender.attempts()).hasSize(10);
        assertThat(outbox.row(id).status()).isEqualTo(QueuedMail.Status.FAILED);
        assertThat(outbox.row(id).attempts()).isEqualTo(10);

        sender.serverDown(false);
        clock.advance(Duration.ofDays(1));
        assertThat(service.deliverDue()).isZero();
        assertThat(sender.attempts()).hasSize(10);
    }

    @Test
    void ninthFailureIsStillRetried() {
        String id = enqueue(ADA);
        sender.serverDown(true);

        for (int round = 0; round < 9; round++) {
            service.deliverDue();
            clock.advance(Duration.ofHours(2));
        }

        assertThat(outbox.row(id).status()).isEqualTo(QueuedMail.Status.PENDING);
        assertThat(outbox.row(id).attempts()).isEqualTo(9);
    }

    @Test
    void oneFailingMailDoesNotHoldUpTheOthers() {
        String toAda = enqueue(ADA);
        String toGrace = enqueue(GRACE);
        sender.unreachable(ADA);

        int sent = service.deliverDue();

        assertThat(sent).isEqualTo(1);
        assertThat(outbox.row(toAda).status()).isEqualTo(QueuedMail.Status.PENDING);
        assertThat(outbox.row(toGrace).status()).isEqualTo(QueuedMail.Status.SENT);
    }

    @Test
    void longErrorMessageIsCutTo500Characters() {
        String id = enqueue(ADA);
        DeliverQueuedMailService failing = new DeliverQueuedMailService(
                outbox,
                mail -> {
                    throw new MailDeliveryException("x".repeat(2000), null);
                },
                clock);

        failing.deliverDue();

        assertThat(outbox.row(id).lastError())
                .hasValueSatisfying(error -> assertThat(error).hasSize(500));
    }

    @Test
    void failureWithoutAMessageIsStillRecorded() {
        String id = enqueue(ADA);
        DeliverQueuedMailService failing = new DeliverQueuedMailService(
                outbox,
                mail -> {
                    throw new MailDeliveryException(null, null);
                },
                clock);

        failing.deliverDue();

        assertThat(outbox.row(id).lastError()).contains("delivery failed");
        assertThat(outbox.row(id).attempts()).isEqualTo(1);
    }

    @Test
    void aRoundStopsHandingOutMailBeforeItsClaimRunsOutAndLeavesTheRestForTheNextClaim() {
        for (int i = 0; i < 5; i++) {
            enqueue(ADA);
        }
        List<Instant> handedOver = new ArrayList<>();
        DeliverQueuedMailService slow = new DeliverQueuedMailService(
                outbox,
                mail -> {
                    handedOver.add(clock.instant());
                    clock.advance(Duration.ofSeconds(90));
                },
                clock);
        Instant claimedUntil = clock.instant().plus(Duration.ofMinutes(5));

        assertThat(slow.deliverDue()).isEqualTo(3);
        assertThat(handedOver).allSatisfy(at -> assertThat(at).isBefore(claimedUntil.minus(Duration.ofMinutes(1))));
        assertThat(slow.deliverDue()).as("the other two are still claimed").isZero();

        clock.setTo(claimedUntil.plusSeconds(1));
        assertThat(slow.deliverDue()).isEqualTo(2);
        assertThat(outbox.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(QueuedMail.Status.SENT));
    }

    private String enqueue(EmailAddress recipient) {
        outbox.enqueue(
                new ComposedMail(new TenantName("shop"), recipient, "Hello", "Hello", "<p>Hello</p>"), clock.instant());
        List<InMemoryMailOutbox.Row> rows = outbox.rows();
        return rows.get(rows.size() - 1).id();
    }
}
