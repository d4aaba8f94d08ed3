package dev.latchkey.adapter.persistence.customer;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.profile.ProfileColumns;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** The account columns of the {@code customer} table, alone or with the profile columns. */
public final class CustomerColumns {

    public static final String NAMES =
            "id, tenant, customer_number, email, password_hash, status, preferred_language, created_at";
    /** The account and its profile, read with {@link #read} and {@link ProfileColumns#read}. */
    public static final String WITH_PROFILE = NAMES + ", " + ProfileColumns.WITHOUT_LANGUAGE;

    static final String INSERT = "INSERT INTO customer (" + NAMES
            + ") VALUES (:id, :tenant, :number, :email, :passwordHash, :status, :language, :createdAt)";
    /** Adds an account with its profile: parameters of {@link #bind} and {@link ProfileColumns#bind}. */
    static final String INSERT_WITH_PROFILE = "INSERT INTO customer (" + WITH_PROFILE
            + ") VALUES (:id, :tenant, :number, :email, :passwordHash, :status, :language, :createdAt, "
            + ProfileColumns.WITHOUT_LANGUAGE_PARAMETERS + ")";

    private CustomerColumns() {}

    static <S extends SqlStatement<S>> S bind(S statement, Customer customer) {
        return statement
                .bind("id", customer.id().value())
                .bind("tenant", customer.tenant().value())
                .bind("number", customer.number().value())
                .bind("email", customer.email().value())
                .bind(
                        "passwordHash",
                        customer.passwordHash().map(PasswordHash::encoded).orElse(null))
                .bind("status", customer.status().name())
                .bind("language", customer.preferredLanguage())
                .bind("createdAt", utc(customer.createdAt()));
    }

    public static Customer read(ResultSet rs) throws SQLException {
        return new Customer(
                new CustomerId(rs.getObject("id", UUID.class)),
                new TenantName(rs.getString("tenant")),
                new CustomerNumber(rs.getString("customer_number")),
                new EmailAddress(rs.getString("email")),
                Optional.ofNullable(rs.getString("password_hash")).map(PasswordHash::new),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getString("preferred_language"),
                instant(rs, "created_at"));
    }
}
