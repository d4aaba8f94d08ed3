package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Customers in a map; like the table, one account per email within a tenant. What the schema's
 * cascades do on delete is done by the listeners given to {@link #onDelete}.
 */
public class InMemoryCustomerRepository implements CustomerRepository, Transactional {

    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    private final List<Consumer<CustomerId>> cascades = new ArrayList<>();

    @Override
    public Optional<Customer> find(TenantName tenant, CustomerId id) {
        return Optional.ofNullable(customers.get(id))
                .filter(customer -> customer.tenant().equals(tenant));
    }

    @Override
    public Optional<Customer> findByEmail(TenantName tenant, EmailAddress email) {
        return customers.values().stream()
                .filter(customer ->
                        customer.tenant().equals(tenant) && customer.email().equals(email))
                .findFirst();
    }

    @Override
    public boolean add(Customer customer) {
        if (findByEmail(customer.tenant(), customer.email()).isPresent() || customers.containsKey(customer.id())) {
            return false;
        }
        customers.put(customer.id(), customer);
        return true;
    }

    @Override
    public void updateStatus(CustomerId id, AccountStatus status) {
        customers.computeIfPresent(id, (key, customer) -> customer.withStatus(status));
    }

    @Override
    public void updatePasswordHash(CustomerId id, PasswordHash hash) {
        customers.computeIfPresent(id, (key, customer) -> customer.withPasswordHash(hash));
    }

    @Override
    public void delete(CustomerId id) {
        if (customers.remove(id) != null) {
            cascades.forEach(cascade -> cascade.accept(id));
        }
    }

    @Override
    public boolean changeEmail(CustomerId id, EmailAddress email) {
        Customer customer = customers.get(id);
        if (customer == null) {
            return true;
        }
        if (findByEmail(customer.tenant(), email)
                .filter(other -> !other.id().equals(id))
                .isPresent()) {
            return false;
        }
        customers.put(id, customer.withEmail(email));
        return true;
    }

    /** Runs {@code cascade} for every deleted customer, as the schema deletes what a customer owns. */
    public void onDelete(Consumer<CustomerId> cascade) {
        cascades.add(cascade);
    }

    @Override
    public Page search(TenantName tenant, Optional<String> emailContains, long offset, int limit) {
        List<Customer> matching = customers.values().stream()
                .filter(customer -> customer.tenant().equals(tenant))
                .filter(customer -> emailContains
                        .map(part -> customer.email().value().contains(part.toLowerCase(java.util.Locale.ROOT)))
                        .orElse(true))
                .sorted(Comparator.comparing(Customer::createdAt)
                        .reversed()
                        .thenComparing(customer -> customer.id().value()))
                .toList();
        return new Page(matching.stream().skip(offset).limit(limit).toList(), matching.size());
    }

    @Override
    public boolean changeStatus(CustomerId id, AccountStatus from, AccountStatus to) {
        Customer customer = customers.get(id);
        if (customer == null || customer.status() != from) {
            return false;
        }
        customers.put(id, customer.withStatus(to));
        return true;
    }

    /**
     * Sets the customer's preferred language, as saving a profile does in the table: the profile
     * and the customer keep the language in one place.
     */
    public void updatePreferredLanguage(CustomerId id, String language) {
        customers.computeIfPresent(
                id,
                (key, customer) -> new Customer(
                        customer.id(),
                        customer.tenant(),
                        customer.number(),
                        customer.email(),
                        customer.passwordHash(),
                        customer.status(),
                        language,
                        customer.createdAt()));
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(customers);
    }

    public List<Customer> all() {
        return List.copyOf(customers.values());
    }

    /** The one customer with that email in that tenant; fails the test when there is none. */
    public Customer get(TenantName tenant, EmailAddress email) {
        return findByEmail(tenant, email)
                .orElseThrow(() -> new AssertionError("No customer " + email + " in " + tenant));
    }
}
