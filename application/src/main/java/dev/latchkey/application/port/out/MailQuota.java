package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;

/**
 * Caps how many mails of one kind go to one address in a period, so nobody can use a shop to flood
 * someone's mailbox. Shared by every node.
 */
public interface MailQuota {

    /**
     * Takes one mail of {@code kind} to {@code recipient} from the quota; false, and nothing taken,
     * when the quota is used up. Called in the transaction that queues the mail, so a rollback gives
     * the mail back.
     */
    boolean tryConsume(TenantName tenant, EmailAddress recipient, MailKind kind, Instant now);
}
