package dev.latchkey.application.port.in.profile;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.TenantName;

/** Reads a logged-in customer's profile, with its addresses when asked. */
public interface GetProfileUseCase {

    Result get(Command command);

    record Command(TenantName tenant, CustomerId customer, boolean withAddresses) {}

    sealed interface Result {}

    record Found(CustomerProfile profile) implements Result {}

    record UnknownCustomer() implements Result {}
}
