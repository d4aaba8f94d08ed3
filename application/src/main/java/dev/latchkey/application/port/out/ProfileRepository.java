package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;

/** Keeps each customer's profile (one per customer; a customer who never set one has the defaults). */
public interface ProfileRepository {

    /** The customer's profile; empty when there is no such customer. */
    Optional<Profile> find(CustomerId customer);

    /** The tenant's customer and its profile, read at once so that they agree; empty when there is no such customer. */
    Optional<ProfiledCustomer> findWithCustomer(TenantName tenant, CustomerId customer);

    record ProfiledCustomer(Customer customer, Profile profile) {}

    /** Replaces the customer's profile, including its preferred language. */
    void save(CustomerId customer, Profile profile);
}
