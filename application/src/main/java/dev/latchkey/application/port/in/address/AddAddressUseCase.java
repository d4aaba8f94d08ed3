package dev.latchkey.application.port.in.address;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.tenant.TenantName;

/** Adds an address to a logged-in customer's address book; a new default address makes the others not default. */
public interface AddAddressUseCase {

    Result add(Command command);

    /** @param address the fields of the new address, as a patch of an empty one */
    record Command(TenantName tenant, CustomerId customer, AddressPatch address) {}

    sealed interface Result {}

    record Added(AddressId id) implements Result {}

    /** The customer already keeps {@link dev.latchkey.domain.profile.Address#MAX_PER_CUSTOMER} addresses. */
    record AddressBookFull() implements Result {}

    record UnknownCustomer() implements Result {}
}
