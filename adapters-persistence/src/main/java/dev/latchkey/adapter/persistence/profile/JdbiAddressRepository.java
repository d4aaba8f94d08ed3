package dev.latchkey.adapter.persistence.profile;

import dev.latchkey.application.port.out.AddressRepository;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Address books in the {@code customer_address} table. The lock is a {@code SELECT ... FOR UPDATE}
 * of the customer's row, which both H2 and PostgreSQL hold until the transaction ends.
 */
public final class JdbiAddressRepository implements AddressRepository {

    private static final String COLUMNS = "id, contact_name, company_name, street, street_number, street_appendix, "
            + "extra_line1, extra_line2, extra_line3, extra_line4, zip_code, city, country, state, contact_phone, tags, "
            + "is_default, metadata, mixins";

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
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM customer_address WHERE customer_id = :customer ORDER BY seq")
                .bind("customer", customer.value())
                .map((rs, ctx) -> toAddress(rs))
                .list());
    }

    @Override
    public Optional<Address> find(CustomerId customer, AddressId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM customer_address WHERE id = :id AND customer_id = :customer")
                .bind("id", id.value())
                .bind("customer", customer.value())
                .map((rs, ctx) -> toAddress(rs))
                .findOne());
    }

    @Override
    public int countOf(CustomerId customer) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM customer_address WHERE customer_id = :customer")
                .bind("customer", customer.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void add(CustomerId customer, Address address) {
        jdbi.useHandle(handle -> bindFields(handle.createUpdate("INSERT INTO customer_address (customer_id, " + COLUMNS + """
                        ) VALUES (:customer, :id, :contactName, :companyName, :street, :streetNumber, :streetAppendix,
                        :extraLine1, :extraLine2, :extraLine3, :extraLine4, :zipCode, :city, :country, :state, :contactPhone,
                        :tags, :isDefault, :metadata, :mixins)"""), customer, address)
                .execute());
    }

    @Override
    public void update(CustomerId customer, Address address) {
        jdbi.useHandle(handle -> bindFields(handle.createUpdate("""
                        UPDATE customer_address SET contact_name = :contactName, company_name = :companyName,
                               street = :street, street_number = :streetNumber, street_appendix = :streetAppendix,
                               extra_line1 = :extraLine1, extra_line2 = :extraLine2, extra_line3 = :extraLine3,
                               extra_line4 = :extraLine4, zip_code = :zipCode, city = :city, country = :country,
                               state = :state, contact_phone = :contactPhone, tags = :tags, is_default = :isDefault,
                               metadata = :metadata, mixins = :mixins
                        WHERE id = :id AND customer_id = :customer"""), customer, address)
                .execute());
    }

    @Override
    public boolean delete(CustomerId customer, AddressId id) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM customer_address WHERE id = :id AND customer_id = :customer")
                .bind("id", id.value())
                .bind("customer", customer.value())
                .execute()) == 1;
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

    private static Update bindFields(Update update, CustomerId customer, Address address) {
        return update.bind("customer", customer.value())
                .bind("id", address.id().value())
                .bind("contactName", address.contactName())
                .bind("companyName", address.companyName())
                .bind("street", address.street())
                .bind("streetNumber", address.streetNumber())
                .bind("streetAppendix", address.streetAppendix())
                .bind("extraLine1", address.extraLine1())
                .bind("extraLine2", address.extraLine2())
                .bind("extraLine3", address.extraLine3())
                .bind("extraLine4", address.extraLine4())
                .bind("zipCode", address.zipCode())
                .bind("city", address.city())
                .bind("country", address.country())
                .bind("state", address.state())
                .bind("contactPhone", address.contactPhone())
                .bind("tags", String.join(",", address.tags()))
                .bind("isDefault", address.isDefault())
                .bind("metadata", address.metadata())
                .bind("mixins", address.mixins());
    }

    private static Address toAddress(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        return new Address(new AddressId(rs.getObject("id", UUID.class)), rs.getString("contact_name"),
                rs.getString("company_name"), rs.getString("street"), rs.getString("street_number"),
                rs.getString("street_appendix"), rs.getString("extra_line1"), rs.getString("extra_line2"),
                rs.getString("extra_line3"), rs.getString("extra_line4"), rs.getString("zip_code"), rs.getString("city"),
                rs.getString("country"), rs.getString("state"), rs.getString("contact_phone"),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), rs.getBoolean("is_default"),
                rs.getString("metadata"), rs.getString("mixins"));
    }
}
