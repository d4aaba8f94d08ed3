package dev.latchkey.adapter.persistence.profile;

import dev.latchkey.adapter.persistence.customer.CustomerColumns;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Profiles in the profile columns of the {@code customer} table. */
public final class JdbiProfileRepository implements ProfileRepository {

    private final Jdbi jdbi;

    public JdbiProfileRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Profile> find(CustomerId customer) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + ProfileColumns.NAMES + " FROM customer WHERE id = :id")
                        .bind("id", customer.value())
                        .map((rs, ctx) -> ProfileColumns.read(rs))
                        .findOne());
    }

    @Override
    public Optional<ProfiledCustomer> findWithCustomer(TenantName tenant, CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + CustomerColumns.WITH_PROFILE + " FROM customer WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", customer.value())
                .map((rs, ctx) -> new ProfiledCustomer(CustomerColumns.read(rs), ProfileColumns.read(rs)))
                .findOne());
    }

    @Override
    public void save(CustomerId customer, Profile profile) {
        jdbi.useHandle(handle -> ProfileColumns.bind(handle.createUpdate("""
                        UPDATE customer SET title = :title, first_name = :firstName, middle_name = :middleName,
                               last_name = :lastName, contact_phone = :contactPhone, company = :company,
                               preferred_language = :language, preferred_currency = :currency, preferred_site = :site,
                               contact_email = :contactEmail, customer_type = :type, b2b = :b2b, metadata = :metadata,
                               mixins = :mixins
                        WHERE id = :id"""), profile)
                .bind("id", customer.value())
                .execute());
    }
}
