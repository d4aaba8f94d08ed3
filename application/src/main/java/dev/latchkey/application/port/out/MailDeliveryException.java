package dev.latchkey.application.port.out;

/** The mail server could not take a mail now; the outbox will try again later. */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
