package dev.latchkey.application.port.in.account;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;

/** Mails a logged-in customer a link that confirms the deletion of the account; a newer link voids the older ones. */
public interface RequestAccountDeletionUseCase {

    void request(Command command);

    record Command(TenantName tenant, CustomerId customer, RequestOrigin origin) {}
}
