package dev.latchkey.application.port.in.admin;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;

/** Lets a blocked customer log in again: the account becomes active. */
public interface UnblockCustomerUseCase {

    Result unblock(Command command);

    record Command(TenantName tenant, CustomerId customer) {}

    sealed interface Result {}

    /** The customer is active (also when it was not blocked in the first place). */
    record Unblocked() implements Result {}

    /** No such customer in this tenant, including another tenant's customer. */
    record NotFound() implements Result {}

    /** The account was never activated: only its emailed link activates it. */
    record NotActivated() implements Result {}
}
