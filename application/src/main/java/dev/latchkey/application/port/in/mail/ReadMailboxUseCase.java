package dev.latchkey.application.port.in.mail;

import dev.latchkey.application.port.out.QueuedMail;
import java.util.List;

/** Lists the newest outgoing mails, for the local mailbox page shown while no SMTP server is set. */
public interface ReadMailboxUseCase {

    List<QueuedMail> newest(int limit);
}
