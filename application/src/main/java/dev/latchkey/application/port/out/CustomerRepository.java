package dev.latchkey.application.port.out;

import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Keeps customers and their email+password logins. */
public interface CustomerRepository {

    Optional<Customer> find(TenantName tenant, CustomerId id);

    Optional<Customer> findByEmail(TenantName tenant, EmailAddress email);

    /** Adds the customer; false when the tenant already has an account with that email. */
    boolean add(Customer customer);

    void updateStatus(CustomerId id, AccountStatus status);

    void updatePasswordHash(CustomerId id, PasswordHash hash);

    /** Erases the customer and, through the schema's cascades, its sessions, tokens and everything else it owns. */
    void delete(CustomerId id);

    /**
     * One page of the tenant's customers, newest first, optionally only those whose email contains
     * {@code emailContains} in any letter case, with the total number that match.
     */
    Page search(TenantName tenant, Optional<String> emailContains, long offset, int limit);

    /**
     * Sets the status only if it is {@code from} at that moment (a conditional update, safe with
     * concurrent changes on any node); false when it was not.
     */
    boolean changeStatus(CustomerId id, AccountStatus from, AccountStatus to);

    /** Some of the customers that match a search, and how many match in all. */
    record Page(List<Customer> customers, long total) {

        public Page {
            customers = List.copyOf(Objects.requireNonNull(customers, "customers"));
        }
    }

    /** Sets the customer's login email; false, and nothing changes, when the tenant has another account with that email. */
    boolean changeEmail(CustomerId id, EmailAddress email);
}
