package dev.latchkey.application.service.mail;

import dev.latchkey.application.port.in.mail.DeliverQueuedMailUseCase;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailSender;
import dev.latchkey.application.port.out.QueuedMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers due outbox mails. A failed mail is tried again after a delay that doubles with each
 * failure (30 s up to 1 h), and given up after {@value #MAX_ATTEMPTS} attempts, never retried forever;
 * any failure of the sender counts, not only the expected {@code MailDeliveryException}. A mail is
 * handed to the sender only while its claim has a minute left, so a worker on another node never
 * claims a mail that is still being sent.
 */
public final class DeliverQueuedMailService implements DeliverQueuedMailUseCase {

    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 20;
    private static final Duration CLAIM = Duration.ofMinutes(5);
    /** Far longer than one delivery may take, so no mail is still being sent when its claim runs out. */
    private static final Duration CLAIM_MARGIN = Duration.ofMinutes(1);

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int MAX_ERROR_LENGTH = 500;

    private final MailOutbox outbox;
    private final MailSender sender;
    private final Clock clock;

    public DeliverQueuedMailService(MailOutbox outbox, MailSender sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public int deliverDue() {
        Instant now = clock.instant();
        Instant claimedUntil = now.plus(CLAIM);
        List<QueuedMail> due = outbox.claimDue(now, BATCH, claimedUntil);
        Instant lastHandOver = claimedUntil.minus(CLAIM_MARGIN);
        int sent = 0;
        for (QueuedMail mail : due) {
            if (!clock.instant().isBefore(lastHandOver)) {
                // A slow mail server took most of the claim: once it runs out another worker, on any
                // node, may claim the rest, so they are left to be claimed again rather than sent twice.
                break;
            }
            if (deliver(mail)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(QueuedMail mail) {
        try {
            sender.send(mail);
            outbox.markSent(mail.id(), clock.instant());
            return true;
        } catch (RuntimeException e) {
            int attempts = mail.attempts() + 1;
            String error = truncate(e.getMessage());
            if (attempts >= MAX_ATTEMPTS) {
                outbox.markFailed(mail.id(), attempts, error);
            } else {
                outbox.retryLater(mail.id(), attempts, clock.instant().plus(delayAfter(attempts)), error);
            }
            return false;
        }
    }

    static Duration delayAfter(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static String truncate(String message) {
        String text = message == null ? "delivery failed" : message;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
