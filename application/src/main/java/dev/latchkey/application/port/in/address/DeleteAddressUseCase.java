package dev.latchkey.application.port.in.address;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.tenant.TenantName;

/** Deletes one address of a logged-in customer. */
public interface DeleteAddressUseCase {

    Result delete(Command command);

    record Command(TenantName tenant, CustomerId customer, AddressId address) {}

    sealed interface Result {}

    record Deleted() implements Result {}

    /** Unknown, or another customer's. */
    record UnknownAddress() implements Result {}
}
