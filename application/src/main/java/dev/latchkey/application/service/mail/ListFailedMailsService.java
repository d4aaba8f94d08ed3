package dev.latchkey.application.service.mail;

import dev.latchkey.application.port.in.mail.ListFailedMailsUseCase;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Reads the tenant's failed mails from the outbox. */
public final class ListFailedMailsService implements ListFailedMailsUseCase {

    private final MailOutbox outbox;

    public ListFailedMailsService(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<FailedMail> failed(TenantName tenant) {
        return outbox.failed(tenant, LIMIT);
    }
}
