package dev.latchkey.adapter.metrics;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;

/**
 * Counts what happens to mail in the outbox it wraps: queued, sent, put back for a later attempt,
 * and given up on. Counted on this node; a mail queued on one node may be sent by another.
 */
public final class CountingMailOutbox implements MailOutbox {

    private final MailOutbox outbox;
    private final Counter queued;
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;

    public CountingMailOutbox(MailOutbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.queued = Counter.builder("latchkey.mails.queued")
                .description("Mails written to the outbox")
                .register(meters);
        this.sent = Counter.builder("latchkey.mails.sent")
                .description("Mails the mail server accepted")
                .register(meters);
        this.retried = Counter.builder("latchkey.mails.retried")
                .description("Delivery attempts that failed and were scheduled again")
                .register(meters);
        this.failed = Counter.builder("latchkey.mails.failed")
                .description("Mails given up on after the last attempt")
                .register(meters);
    }

    @Override
    public void enqueue(ComposedMail mail, Instant now) {
        outbox.enqueue(mail, now);
        queued.increment();
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        return outbox.claimDue(now, limit, claimedUntil);
    }

    @Override
    public void markSent(String id, Instant when) {
        outbox.markSent(id, when);
        sent.increment();
    }

    @Override
    public void retryLater(String id, int attempts, Instant nextAttempt, String error) {
        outbox.retryLater(id, attempts, nextAttempt, error);
        retried.increment();
    }

    @Override
    public void markFailed(String id, int attempts, String error) {
        outbox.markFailed(id, attempts, error);
        failed.increment();
    }

    @Override
    public List<QueuedMail> newest(int limit) {
        return outbox.newest(limit);
    }

    @Override
    public List<FailedMail> failed(TenantName tenant, int limit) {
        return outbox.failed(tenant, limit);
    }

    @Override
    public void forget(TenantName tenant, EmailAddress recipient) {
        outbox.forget(tenant, recipient);
    }
}
