package dev.latchkey.application.port.in.address;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.tenant.TenantName;

/** Reads one address of a logged-in customer. */
public interface GetAddressUseCase {

    Result get(Command command);

    record Command(TenantName tenant, CustomerId customer, AddressId address) {}

    sealed interface Result {}

    record Found(Address address) implements Result {}

    /** Unknown, or another customer's. */
    record UnknownAddress() implements Result {}
}
