package dev.latchkey.adapter.persistence.customer;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Customers in the {@code customer} table; the email is unique per tenant. */
public final class JdbiCustomerRepository implements CustomerRepository {

    public static final String COLUMNS =
            "id, tenant, customer_number, email, password_hash, status, preferred_language, created_at";

    private final Jdbi jdbi;

    public JdbiCustomerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Customer> find(TenantName tenant, CustomerId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM customer WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map((rs, ctx) -> toCustomer(rs))
                .findOne());
    }

    @Override
    public Optional<Customer> findByEmail(TenantName tenant, EmailAddress email) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM customer WHERE tenant = :tenant AND email = :email")
                .bind("tenant", tenant.value())
                .bind("email", email.value())
                .map((rs, ctx) -> toCustomer(rs))
                .findOne());
    }

    @Override
    public boolean add(Customer customer) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(handle, h -> h.createUpdate(
                        "INSERT INTO customer (" + COLUMNS + ") VALUES "
                                + "(:id, :tenant, :number, :email, :passwordHash, :status, :language, :createdAt)")
                .bind("id", customer.id().value())
                .bind("tenant", customer.tenant().value())
                .bind("number", customer.number().value())
                .bind("email", customer.email().value())
                .bind("passwordHash", customer.passwordHash().map(PasswordHash::encoded).orElse(null))
                .bind("status", customer.status().name())
                .bind("language", customer.preferredLanguage())
                .bind("createdAt", utc(customer.createdAt()))
                .execute()));
    }

    @Override
    public void updateStatus(CustomerId id, AccountStatus status) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE customer SET status = :status WHERE id = :id")
                .bind("status", status.name())
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void updatePasswordHash(CustomerId id, PasswordHash hash) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE customer SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash.encoded())
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void delete(CustomerId id) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM customer WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    @Override
    public Page search(TenantName tenant, Optional<String> emailContains, long offset, int limit) {
        String pattern = emailContains.map(JdbiCustomerRepository::likePattern).orElse("%");
        return jdbi.inTransaction(handle -> {
            List<Customer> customers = handle.createQuery("""
                            SELECT %s FROM customer WHERE tenant = :tenant AND email LIKE :pattern ESCAPE '!'
                            ORDER BY created_at DESC, id
                            OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""".formatted(COLUMNS))
                    .bind("tenant", tenant.value())
                    .bind("pattern", pattern)
                    .bind("offset", offset)
                    .bind("limit", limit)
                    .map((rs, ctx) -> toCustomer(rs))
                    .list();
            long total = handle.createQuery("SELECT COUNT(*) FROM customer WHERE tenant = :tenant AND email LIKE :pattern ESCAPE '!'")
                    .bind("tenant", tenant.value())
                    .bind("pattern", pattern)
                    .mapTo(Long.class)
                    .one();
            return new Page(customers, total);
        });
    }

    @Override
    public boolean changeStatus(CustomerId id, AccountStatus from, AccountStatus to) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE customer SET status = :to WHERE id = :id AND status = :from")
                .bind("to", to.name())
                .bind("id", id.value())
                .bind("from", from.name())
                .execute()) == 1;
    }

    /** Emails are stored in lower case; the search matches a part of them, with LIKE's wildcards taken literally. */
    private static String likePattern(String part) {
        String escaped = part.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** Runs under a savepoint like an insert, so an address taken by another account leaves the transaction usable. */
    @Override
    public boolean changeEmail(CustomerId id, EmailAddress email) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(handle, h -> h.createUpdate(
                        "UPDATE customer SET email = :email WHERE id = :id")
                .bind("email", email.value())
                .bind("id", id.value())
                .execute()));
    }

    public static Customer toCustomer(ResultSet rs) throws SQLException {
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
