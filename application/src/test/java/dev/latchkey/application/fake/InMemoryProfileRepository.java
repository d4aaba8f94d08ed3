package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles in a map; a customer who never saved one has the defaults with its preferred language,
 * and saving one sets the customer's preferred language too, like the table.
 */
public final class InMemoryProfileRepository implements ProfileRepository, Transactional {

    private final InMemoryCustomerRepository customers;
    private final Map<CustomerId, Profile> profiles = new HashMap<>();

    public InMemoryProfileRepository(InMemoryCustomerRepository customers) {
        this.customers = customers;
        customers.onDelete(profiles::remove);
    }

    @Override
    public Optional<Profile> find(CustomerId customer) {
        Optional<Customer> found =
                customers.all().stream().filter(c -> c.id().equals(customer)).findFirst();
        return found.map(c -> profiles.getOrDefault(customer, defaultsIn(c.preferredLanguage())));
    }

    @Override
    public Optional<ProfiledCustomer> findWithCustomer(TenantName tenant, CustomerId customer) {
        return customers
                .find(tenant, customer)
                .map(found -> new ProfiledCustomer(found, find(customer).orElseThrow()));
    }

    @Override
    public void save(CustomerId customer, Profile profile) {
        if (customers.all().stream().anyMatch(c -> c.id().equals(customer))) {
            profiles.put(customer, profile);
            customers.updatePreferredLanguage(customer, profile.preferredLanguage());
        }
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(profiles);
    }

    private static Profile defaultsIn(String language) {
        Profile defaults = Profile.defaults();
        return new Profile(
                null,
                null,
                null,
                null,
                null,
                null,
                language,
                defaults.preferredCurrency(),
                defaults.preferredSite(),
                null,
                defaults.type(),
                null,
                null,
                null);
    }
}
