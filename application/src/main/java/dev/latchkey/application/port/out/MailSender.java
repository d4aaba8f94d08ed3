package dev.latchkey.application.port.out;

/** Hands a mail to the outgoing mail server. */
public interface MailSender {

    /** @throws MailDeliveryException when the server cannot be reached or refuses the mail */
    void send(QueuedMail mail);
}
