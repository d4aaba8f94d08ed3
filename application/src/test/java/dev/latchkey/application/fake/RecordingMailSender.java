package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.MailDeliveryException;
import dev.latchkey.application.port.out.MailSender;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records every delivery attempt; refuses mails to the recipients a test marks as unreachable. */
public final class RecordingMailSender implements MailSender {

    private final List<QueuedMail> attempts = new ArrayList<>();
    private final List<QueuedMail> delivered = new ArrayList<>();
    private final Set<EmailAddress> unreachable = new HashSet<>();
    private boolean serverDown;

    @Override
    public void send(QueuedMail mail) {
        attempts.add(mail);
        if (serverDown || unreachable.contains(mail.mail().recipient())) {
            throw new MailDeliveryException("connection refused", null);
        }
        delivered.add(mail);
    }

    public void serverDown(boolean down) {
        this.serverDown = down;
    }

    public void unreachable(EmailAddress recipient) {
        unreachable.add(recipient);
    }

    public List<QueuedMail> attempts() {
        return List.copyOf(attempts);
    }

    public List<QueuedMail> delivered() {
        return List.copyOf(delivered);
    }
}
