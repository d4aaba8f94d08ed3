package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Bulk access on top of the in-memory customer, profile, address and tenant repositories; counts the batches written. */
public final class InMemoryCustomerImport implements CustomerImport {

    private final InMemoryTenantRepository tenants;
    private final InMemoryCustomerRepository customers;
    private final InMemoryProfileRepository profiles;
    private final InMemoryAddressRepository addresses;
    private int batches;

    public InMemoryCustomerImport(
            InMemoryTenantRepository tenants,
            InMemoryCustomerRepository customers,
            InMemoryProfileRepository profiles,
            InMemoryAddressRepository addresses) {
        this.tenants = tenants;
        this.customers = customers;
        this.profiles = profiles;
        this.addresses = addresses;
    }

    @Override
    public Set<EmailAddress> existingEmails(TenantName tenant, Collection<EmailAddress> emails) {
        return emails.stream()
                .filter(email -> customers.findByEmail(tenant, email).isPresent())
                .collect(Collectors.toSet());
    }

    @Override
    public Set<CustomerNumber> existingNumbers(TenantName tenant, Collection<CustomerNumber> numbers) {
        Set<CustomerNumber> taken =
                ofTenant(tenant).stream().map(Customer::number).collect(Collectors.toSet());
        return numbers.stream().filter(taken::contains).collect(Collectors.toSet());
    }

    /** Like the table's unique keys, a second account with the same email or number in a tenant fails. */
    @Override
    public void addAll(List<NewAccount> accounts) {
        batches++;
        for (NewAccount account : accounts) {
            Customer customer = account.customer();
            if (!existingNumbers(customer.tenant(), List.of(customer.number())).isEmpty() || !customers.add(customer)) {
                throw new IllegalStateException("Duplicate customer " + customer.email() + " / " + customer.number());
            }
            profiles.save(customer.id(), account.profile());
            account.addresses().forEach(address -> addresses.add(customer.id(), address));
        }
    }

    @Override
    public void raiseNextCustomerNumber(TenantName tenant, long atLeast) {
        tenants.raiseNextCustomerNumber(tenant, atLeast);
    }

    @Override
    public long takeCustomerNumbers(TenantName tenant, int count) {
        long first = tenants.nextCustomerNumber(tenant);
        tenants.raiseNextCustomerNumber(tenant, first + count);
        return first;
    }

    @Override
    public void forEach(TenantName tenant, Consumer<NewAccount> sink) {
        ofTenant(tenant).stream()
                .sorted(Comparator.comparing(Customer::createdAt)
                        .thenComparing(customer -> customer.id().value()))
                .forEach(customer -> sink.accept(new NewAccount(
                        customer, profiles.find(customer.id()).orElseThrow(), addresses.listOf(customer.id()))));
    }

    /** How many times {@link #addAll} was called. */
    public int batches() {
        return batches;
    }

    private List<Customer> ofTenant(TenantName tenant) {
        return customers.all().stream()
                .filter(customer -> customer.tenant().equals(tenant))
                .toList();
    }
}
