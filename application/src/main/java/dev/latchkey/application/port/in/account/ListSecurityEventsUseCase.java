package dev.latchkey.application.port.in.account;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Lists a customer's recent security events, newest first. */
public interface ListSecurityEventsUseCase {

    List<SecurityEvent> list(Command command);

    record Command(TenantName tenant, CustomerId customer) {}
}
