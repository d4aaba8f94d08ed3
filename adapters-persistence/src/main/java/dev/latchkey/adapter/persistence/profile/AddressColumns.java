package dev.latchkey.adapter.persistence.profile;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** The columns of the {@code customer_address} table: the insert, the parameters it is written from, reading a row back. */
public final class AddressColumns {

    /** Every column but {@code customer_id} and the insertion order {@code seq}. */
    public static final String NAMES = "id, contact_name, company_name, street, street_number, street_appendix, "
            + "extra_line1, extra_line2, extra_line3, extra_line4, zip_code, city, country, state, contact_phone, tags, "
            + "is_default, metadata, mixins";
    /** The parameters {@link #bind} sets for {@link #NAMES}, in its order. */
    public static final String PARAMETERS = ":id, :contactName, :companyName, :street, :streetNumber, :streetAppendix, "
            + ":extraLine1, :extraLine2, :extraLine3, :extraLine4, :zipCode, :city, :country, :state, :contactPhone, "
            + ":tags, :isDefault, :metadata, :mixins";
    /** Adds one address with the parameters {@link #bind} sets. */
    public static final String INSERT =
            "INSERT INTO customer_address (customer_id, " + NAMES + ") VALUES (:customer, " + PARAMETERS + ")";

    private AddressColumns() {}

    public static <S extends SqlStatement<S>> S bind(S statement, CustomerId customer, Address address) {
        return bind(statement, address).bind("customer", customer.value());
    }

    /** The parameters of {@link #PARAMETERS}, for a table that keeps an address of no customer yet. */
    public static <S extends SqlStatement<S>> S bind(S statement, Address address) {
        return statement
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

    public static Address read(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        return new Address(
                new AddressId(rs.getObject("id", UUID.class)),
                rs.getString("contact_name"),
                rs.getString("company_name"),
                rs.getString("street"),
                rs.getString("street_number"),
                rs.getString("street_appendix"),
                rs.getString("extra_line1"),
                rs.getString("extra_line2"),
                rs.getString("extra_line3"),
                rs.getString("extra_line4"),
                rs.getString("zip_code"),
                rs.getString("city"),
                rs.getString("country"),
                rs.getString("state"),
                rs.getString("contact_phone"),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                rs.getBoolean("is_default"),
                rs.getString("metadata"),
                rs.getString("mixins"));
    }
}
