package dev.latchkey.adapter.persistence.profile;

import dev.latchkey.adapter.persistence.customer.JdbiCustomerRepository;
import dev.latchkey.application.port.out.ProfileRepository;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Profiles in the profile columns of the {@code customer} table. */
public final class JdbiProfileRepository implements ProfileRepository {

    /** The profile's columns but {@code preferred_language}, which the customer's own columns hold. */
    private static final String PROFILE_COLUMNS = """
            title, first_name, middle_name, last_name, contact_phone, company, preferred_currency, preferred_site,
            contact_email, customer_type, b2b, metadata, mixins""";

    private final Jdbi jdbi;

    public JdbiProfileRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Profile> find(CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT preferred_language, " + PROFILE_COLUMNS + " FROM customer WHERE id = :id")
                .bind("id", customer.value())
                .map((rs, ctx) -> toProfile(rs))
                .findOne());
    }

    @Override
    public Optional<ProfiledCustomer> findWithCustomer(TenantName tenant, CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + JdbiCustomerRepository.COLUMNS + ", "
                        + PROFILE_COLUMNS + " FROM customer WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", customer.value())
                .map((rs, ctx) -> new ProfiledCustomer(JdbiCustomerRepository.toCustomer(rs), toProfile(rs)))
                .findOne());
    }

    @Override
    public void save(CustomerId customer, Profile profile) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE customer SET title = :title, first_name = :firstName, middle_name = :middleName,
                               last_name = :lastName, contact_phone = :contactPhone, company = :company,
                               preferred_language = :language, preferred_currency = :currency, preferred_site = :site,
                               contact_email = :contactEmail, customer_type = :type, b2b = :b2b, metadata = :metadata,
                               mixins = :mixins
                        WHERE id = :id""")
                .bind("title", profile.title())
                .bind("firstName", profile.firstName())
                .bind("middleName", profile.middleName())
                .bind("lastName", profile.lastName())
                .bind("contactPhone", profile.contactPhone())
                .bind("company", profile.company())
                .bind("language", profile.preferredLanguage())
                .bind("currency", profile.preferredCurrency())
                .bind("site", profile.preferredSite())
                .bind("contactEmail", profile.contactEmail())
                .bind("type", profile.type().name())
                .bind("b2b", profile.b2b())
                .bind("metadata", profile.metadata())
                .bind("mixins", profile.mixins())
                .bind("id", customer.value())
                .execute());
    }

    private static Profile toProfile(ResultSet rs) throws SQLException {
        return new Profile(rs.getString("title"), rs.getString("first_name"), rs.getString("middle_name"),
                rs.getString("last_name"), rs.getString("contact_phone"), rs.getString("company"),
                rs.getString("preferred_language"), rs.getString("preferred_currency"), rs.getString("preferred_site"),
                rs.getString("contact_email"), CustomerType.valueOf(rs.getString("customer_type")), rs.getString("b2b"),
                rs.getString("metadata"), rs.getString("mixins"));
    }
}
