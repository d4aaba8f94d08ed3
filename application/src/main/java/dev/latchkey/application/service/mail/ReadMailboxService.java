package dev.latchkey.application.service.mail;

import dev.latchkey.application.port.in.mail.ReadMailboxUseCase;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import java.util.List;

/** Reads the newest mails of the outbox for the local mailbox page. */
public final class ReadMailboxService implements ReadMailboxUseCase {

    private final MailOutbox outbox;

    public ReadMailboxService(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<QueuedMail> newest(int limit) {
        return outbox.newest(limit);
    }
}
