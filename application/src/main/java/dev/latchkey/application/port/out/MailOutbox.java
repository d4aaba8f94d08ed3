package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.List;

/**
 * The outbox table: mails are written in the same transaction as the change that causes them,
 * and delivered later, so none is lost when the process or the mail server goes down.
 */
public interface MailOutbox {

    void enqueue(ComposedMail mail, Instant now);

    /**
     * Claims up to {@code limit} pending mails that are due, so no other worker on any node takes
     * them before {@code claimedUntil}.
     */
    List<QueuedMail> claimDue(Instant now, int limit, Instant claimedUntil);

    void markSent(String id, Instant when);

    void retryLater(String id, int attempts, Instant nextAttempt, String error);

    /**
     * Gives the mail up: it is never tried again, and its text and HTML (links with live tokens) are
     * dropped; recipient, subject, attempts and the last answer stay for the shop's backend.
     */
    void markFailed(String id, int attempts, String error);

    /** The tenant's mails given up on after their last attempt, newest first, at most {@code limit}. */
    List<FailedMail> failed(TenantName tenant, int limit);

    /** The newest mails, newest first, whatever their state. */
    List<QueuedMail> newest(int limit);

    /** Deletes every mail of the tenant to that address, sent or not: part of erasing a customer. */
    void forget(TenantName tenant, EmailAddress recipient);
}
