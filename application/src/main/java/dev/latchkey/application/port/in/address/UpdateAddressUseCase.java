package dev.latchkey.application.port.in.address;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.tenant.TenantName;

/** Changes the fields of one address that a merge patch names. */
public interface UpdateAddressUseCase {

    Result update(Command command);

    record Command(TenantName tenant, CustomerId customer, AddressId address, AddressPatch patch) {}

    sealed interface Result {}

    record Updated(Address address) implements Result {}

    /** Unknown, or another customer's. */
    record UnknownAddress() implements Result {}
}
