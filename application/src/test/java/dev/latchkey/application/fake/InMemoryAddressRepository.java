package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Address books in maps, in the order addresses were added; locking is counted, not done (tests run on one thread). */
public final class InMemoryAddressRepository implements AddressRepository, Transactional {

    private final Map<CustomerId, LinkedHashMap<AddressId, Address>> books = new HashMap<>();
    private final List<CustomerId> locks = new ArrayList<>();

    public InMemoryAddressRepository(InMemoryCustomerRepository customers) {
        customers.onDelete(books::remove);
    }

    @Override
    public void lockBookOf(CustomerId customer) {
        locks.add(customer);
    }

    @Override
    public List<Address> listOf(CustomerId customer) {
        return List.copyOf(book(customer).values());
    }

    @Override
    public Optional<Address> find(CustomerId customer, AddressId id) {
        return Optional.ofNullable(book(customer).get(id));
    }

    @Override
    public int countOf(CustomerId customer) {
        return book(customer).size();
    }

    @Override
    public void add(CustomerId customer, Address address) {
        books.computeIfAbsent(customer, key -> new LinkedHashMap<>()).put(address.id(), address);
    }

    @Override
    public void update(CustomerId customer, Address address) {
        book(customer).computeIfPresent(address.id(), (key, old) -> address);
    }

    @Override
    public boolean delete(CustomerId customer, AddressId id) {
        return book(customer).remove(id) != null;
    }

    @Override
    public void clearDefaultsExcept(CustomerId customer, AddressId keep) {
        book(customer)
                .replaceAll((id, address) -> id.equals(keep) || !address.isDefault()
                        ? address
                        : new Address(
                                id,
                                address.contactName(),
                                address.companyName(),
                                address.street(),
                                address.streetNumber(),
                                address.streetAppendix(),
                                address.extraLine1(),
                                address.extraLine2(),
                                address.extraLine3(),
                                address.extraLine4(),
                                address.zipCode(),
                                address.city(),
                                address.country(),
                                address.state(),
                                address.contactPhone(),
                                address.tags(),
                                false,
                                address.metadata(),
                                address.mixins()));
    }

    @Override
    public Runnable snapshot() {
        Map<CustomerId, LinkedHashMap<AddressId, Address>> copy = new HashMap<>();
        books.forEach((customer, book) -> copy.put(customer, new LinkedHashMap<>(book)));
        return () -> {
            books.clear();
            books.putAll(copy);
        };
    }

    /** The customers whose books were locked, in order. */
    public List<CustomerId> locks() {
        return List.copyOf(locks);
    }

    private LinkedHashMap<AddressId, Address> book(CustomerId customer) {
        return books.getOrDefault(customer, new LinkedHashMap<>());
    }
}
