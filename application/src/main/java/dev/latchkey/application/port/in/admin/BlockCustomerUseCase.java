package dev.latchkey.application.port.in.admin;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;

/** Blocks an active customer: no more logins, and every session ends at once. */
public interface BlockCustomerUseCase {

    Result block(Command command);

    record Command(TenantName tenant, CustomerId customer) {}

    sealed interface Result {}

    /** The customer is blocked (also when it was already). */
    record Blocked() implements Result {}

    /** No such customer in this tenant, including another tenant's customer. */
    record NotFound() implements Result {}

    /** The account was never activated; unblocking it later would activate it without its email being confirmed. */
    record NotActivated() implements Result {}
}
