package dev.latchkey.adapter.persistence.profile;

import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Address books in the {@code customer_address} table. The lock is a {@code SELECT ... FOR UPDATE}
 * of the customer's row, which both H2 and PostgreSQL hold until the transaction ends.
 */
public final class JdbiAddressRepository implements AddressRepository {

    private final Jdbi jdbi;

    public JdbiAddressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void lockBookOf(CustomerId customer) {
        jdbi.useHandle(handle -> handle.createQuery("SELECT id FROM customer WHERE id = :id FOR UPDATE")
                .bind("id", customer.value())
                .mapTo(UUID.class)
                .findOne());
    }

    @Override
    public List<Address> listOf(CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + AddressColumns.NAMES
                        + " FROM customer_address WHERE customer_id = :customer ORDER BY seq")
                .bind("customer", customer.value())
                .map((rs, ctx) -> AddressColumns.read(rs))
                .list());
    }

    @Override
    public Optional<Address> find(CustomerId customer, AddressId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + AddressColumns.NAMES
                        + " FROM customer_address WHERE id = :id AND customer_id = :customer")
                .bind("id", id.value())
                .bind("customer", customer.value())
                .map((rs, ctx) -> AddressColumns.read(rs))
                .findOne());
    }

    @Override
    public int countOf(CustomerId customer) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT COUNT(*) FROM customer_address WHERE customer_id = :customer")
                        .bind("customer", customer.value())
                        .mapTo(Integer.class)
                        .one());
    }

    @Override
    public void add(CustomerId customer, Address address) {
        jdbi.useHandle(handle -> AddressColumns.bind(handle.createUpdate(AddressColumns.INSERT), customer, address)
                .execute());
    }

    @Override
    public void update(CustomerId customer, Address address) {
        jdbi.useHandle(handle ->
                AddressColumns.bind(handle.createUpdate("""
                        UPDATE customer_address SET contact_name = :contactName, company_name = :companyName,
                               street = :street, street_number = :streetNumber, street_appendix = :streetAppendix,
                               extra_line1 = :extraLine1, extra_line2 = :extraLine2, extra_line3 = :extraLine3,
                               extra_line4 = :extraLine4, zip_code = :zipCode, city = :city, country = :country,
                               state = :state, contact_phone = :contactPhone, tags = :tags, is_default = :isDefault,
                               metadata = :metadata, mixins = :mixins
                        WHERE id = :id AND customer_id = :customer"""), customer, address).execute());
    }

    @Override
    public boolean delete(CustomerId customer, AddressId id) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "DELETE FROM customer_address WHERE id = :id AND customer_id = :customer")
                        .bind("id", id.value())
                        .bind("customer", customer.value())
                        .execute())
                == 1;
    }

    @Override
    public void clearDefaultsExcept(CustomerId customer, AddressId keep) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE customer_address SET is_default = FALSE
                        WHERE customer_id = :customer AND id <> :keep AND is_default = TRUE""")
                .bind("customer", customer.value())
                .bind("keep", keep.value())
                .execute());
    }
}
