package dev.latchkey.application.port.in.mail;

/** Delivers the outbox mails that are due, retrying failures with growing delays. */
public interface DeliverQueuedMailUseCase {

    /** @return how many mails were handed to the mail server in this round */
    int deliverDue();
}
