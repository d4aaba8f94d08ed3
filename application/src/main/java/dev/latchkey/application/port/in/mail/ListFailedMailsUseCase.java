package dev.latchkey.application.port.in.mail;

import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** The tenant's mails that were given up on after their last delivery attempt, newest first, for its backend. */
public interface ListFailedMailsUseCase {

    int LIMIT = 100;

    /** At most {@link #LIMIT} of them. */
    List<FailedMail> failed(TenantName tenant);
}
