package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import java.util.List;
import java.util.Optional;

/** Keeps each customer's address book. */
public interface AddressRepository {

    /**
     * Locks the customer's address book until the surrounding transaction ends, so that concurrent
     * changes of one customer's addresses (on any node) run one after the other.
     */
    void lockBookOf(CustomerId customer);

    /** The customer's addresses in the order they were added. */
    List<Address> listOf(CustomerId customer);

    /** The address, only if it belongs to the customer. */
    Optional<Address> find(CustomerId customer, AddressId id);

    int countOf(CustomerId customer);

    void add(CustomerId customer, Address address);

    /** Replaces the address, only if it belongs to the customer. */
    void update(CustomerId customer, Address address);

    /** Deletes the address if it belongs to the customer; false when it does not. */
    boolean delete(CustomerId customer, AddressId id);

    /** Makes every address of the customer but {@code keep} not default. */
    void clearDefaultsExcept(CustomerId customer, AddressId keep);
}
