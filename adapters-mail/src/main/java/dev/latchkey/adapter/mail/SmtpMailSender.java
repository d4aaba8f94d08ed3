package dev.latchkey.adapter.mail;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.MailDeliveryException;
import dev.latchkey.application.port.out.MailSender;
import dev.latchkey.application.port.out.QueuedMail;
import java.util.regex.Pattern;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers mail to an SMTP server through Simple Java Mail. */
public final class SmtpMailSender implements MailSender, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"']+");

    private static final int TIMEOUT_MILLIS = 10_000;

    private final Mailer mailer;
    private final String from;

    public SmtpMailSender(SmtpSettings settings) {
        this.mailer = MailerBuilder.withSMTPServer(
                        settings.host(),
                        settings.port(),
                        settings.username().orElse(null),
                        settings.password().orElse(null))
                .withTransportStrategy(TransportStrategy.valueOf(settings.transport()))
                .withSessionTimeout(TIMEOUT_MILLIS)
                .buildMailer();
        this.from = settings.from();
    }

    @Override
    public void send(QueuedMail queued) {
        try {
            mailer.sendMail(email(queued)).join();
        } catch (RuntimeException e) {
            String reason = withoutAddresses(rootMessage(e));
            LOG.warn("Mail {} could not be delivered: {}", queued.id(), reason);
            throw new MailDeliveryException("SMTP delivery failed: " + reason, e);
        }
    }

    private Email email(QueuedMail queued) {
        ComposedMail mail = queued.mail();
        return EmailBuilder.startingBlank()
                .from(from)
                .to(mail.recipient().value())
                .withSubject(mail.subject())
                .withPlainText(mail.textBody())
                .withHTMLText(mail.htmlBody())
                .withHeader("X-Latchkey-Mail-Id", queued.id())
                .buildEmail();
    }

    /** Mail servers name the refused recipient in their replies; no full address may reach a log. */
    static String withoutAddresses(String text) {
        return EMAIL_ADDRESS.matcher(text).replaceAll("***");
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
