package dev.latchkey.application.port.out;

/** Renders a mail message into subject, plain text and HTML, in the recipient's language. */
public interface MailComposer {

    ComposedMail compose(MailMessage message);
}
