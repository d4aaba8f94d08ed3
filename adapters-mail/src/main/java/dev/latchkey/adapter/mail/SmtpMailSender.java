package dev.latchkey.adapter.mail;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailDeliveryException;
import dev.latchkey.application.port.out.MailSender;
import dev.latchkey.application.port.out.QueuedMail;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

/** Delivers mail to an SMTP server through Simple Java Mail. */
public final class SmtpMailSender implements MailSender, AutoCloseable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final Mailer mailer;
    private final String from;

    public SmtpMailSender(SmtpSettings settings) {
        this.mailer = MailerBuilder
                .withSMTPServer(settings.host(), settings.port(), settings.username().orElse(null), settings.password().orElse(null))
                .withTransportStrategy(TransportStrategy.valueOf(settings.transport()))
                .withSessionTimeout(TIMEOUT_MILLIS)
                .buildMailer();
        this.from = settings.from();
    }

    @Override
    public void send(QueuedMail queued) {
        ComposedMail mail = queued.mail();
        Email email = EmailBuilder.startingBlank()
                .from(from)
                .to(mail.recipient().value())
                .withSubject(mail.subject())
                .withPlainText(mail.textBody())
                .withHTMLText(mail.htmlBody())
                .withHeader("X-Latchkey-Mail-Id", queued.id())
                .buildEmail();
        try {
            mailer.sendMail(email).join();
        } catch (RuntimeException e) {
            throw new MailDeliveryException("SMTP delivery failed: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void close() {
        mailer.shutdownConnectionPool();
    }
}
