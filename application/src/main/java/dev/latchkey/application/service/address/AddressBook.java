package dev.latchkey.application.service.address;

import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/**
 * What the address services share, inside their transaction: the customer's book is locked before
 * it is read, so the default rule and the size limit hold under concurrent requests.
 */
final class AddressBook {

    private final CustomerRepository customers;
    private final AddressRepository addresses;

    AddressBook(CustomerRepository customers, AddressRepository addresses) {
        this.customers = customers;
        this.addresses = addresses;
    }

    /** Locks the customer's book; false when the customer is not one of the tenant's. */
    boolean lock(TenantName tenant, CustomerId customer) {
        addresses.lockBookOf(customer);
        return customers.find(tenant, customer).isPresent();
    }

    Optional<Address> find(TenantName tenant, CustomerId customer, dev.latchkey.domain.profile.AddressId id) {
        return customers.find(tenant, customer).flatMap(found -> addresses.find(customer, id));
    }

    /** Keeps the rule that at most one address is default: a default one makes every other not default. */
    void keepSingleDefault(CustomerId customer, Address saved) {
        if (saved.isDefault()) {
            addresses.clearDefaultsExcept(customer, saved.id());
        }
    }
}
