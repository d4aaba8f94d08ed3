package dev.latchkey.application.port.in.customer;

import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.function.Consumer;

/** Hands every customer of a tenant, with profile and addresses, to a consumer, oldest first. */
public interface ExportCustomersUseCase {

    /** False when there is no such tenant. */
    boolean export(TenantName tenant, Consumer<ExportedCustomer> sink);

    record ExportedCustomer(Customer customer, Profile profile, List<Address> addresses) {

        public ExportedCustomer {
            addresses = List.copyOf(addresses);
        }
    }
}
