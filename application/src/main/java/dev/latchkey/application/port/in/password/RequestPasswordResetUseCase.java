package dev.latchkey.application.port.in.password;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;

/**
 * Mails an active account a link to choose a new password. The caller learns nothing: every
 * address gets the same answer in the same time, and the work happens after the answer.
 */
public interface RequestPasswordResetUseCase {

    void request(Command command);

    record Command(TenantName tenant, EmailAddress email) {}
}
