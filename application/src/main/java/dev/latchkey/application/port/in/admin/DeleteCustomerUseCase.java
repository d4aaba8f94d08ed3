package dev.latchkey.application.port.in.admin;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;

/** Erases a customer with its sessions, tokens and everything else it owns. */
public interface DeleteCustomerUseCase {

    Result delete(Command command);

    record Command(TenantName tenant, CustomerId customer) {}

    sealed interface Result {}

    record Deleted() implements Result {}

    /** No such customer in this tenant, including another tenant's customer. */
    record NotFound() implements Result {}
}
