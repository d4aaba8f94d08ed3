package dev.latchkey.application.port.in.address;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;

/** Lists a logged-in customer's addresses in the order they were added. */
public interface ListAddressesUseCase {

    List<Address> list(Command command);

    record Command(TenantName tenant, CustomerId customer) {}
}
