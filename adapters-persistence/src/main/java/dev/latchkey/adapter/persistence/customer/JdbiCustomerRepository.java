package dev.latchkey.adapter.persistence.customer;

import dev.latchkey.adapter.persistence.Savepoints;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Customers in the {@code customer} table; the email is unique per tenant. */
public final class JdbiCustomerRepository implements CustomerRepository {

    private final Jdbi jdbi;

    public JdbiCustomerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Customer> find(TenantName tenant, CustomerId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + CustomerColumns.NAMES + " FROM customer WHERE tenant = :tenant AND id = :id")
                .bind("tenant", tenant.value())
                .bind("id", id.value())
                .map((rs, ctx) -> CustomerColumns.read(rs))
                .findOne());
    }

    @Override
    public Optional<Customer> findByEmail(TenantName tenant, EmailAddress email) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + CustomerColumns.NAMES + " FROM customer WHERE tenant = :tenant AND email = :email")
                .bind("tenant", tenant.value())
                .bind("email", email.value())
                .map((rs, ctx) -> CustomerColumns.read(rs))
                .findOne());
    }

    @Override
    public boolean add(Customer customer) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(
                handle,
                h -> CustomerColumns.bind(h.createUpdate(CustomerColumns.INSERT), customer)
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
                            OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""".formatted(CustomerColumns.NAMES))
                    .bind("tenant", tenant.value())
                    .bind("pattern", pattern)
                    .bind("offset", offset)
                    .bind("limit", limit)
                    .map((rs, ctx) -> CustomerColumns.read(rs))
                    .list();
            long total = handle.createQuery(
                            "SELECT COUNT(*) FROM customer WHERE tenant = :tenant AND email LIKE :pattern ESCAPE '!'")
                    .bind("tenant", tenant.value())
                    .bind("pattern", pattern)
                    .mapTo(Long.class)
                    .one();
            return new Page(customers, total);
        });
    }

    @Override
    public boolean changeStatus(CustomerId id, AccountStatus from, AccountStatus to) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "UPDATE customer SET status = :to WHERE id = :id AND status = :from")
                        .bind("to", to.name())
                        .bind("id", id.value())
                        .bind("from", from.name())
                        .execute())
                == 1;
    }

    /** Emails are stored in lower case; the search matches a part of them, with LIKE's wildcards taken literally. */
    private static String likePattern(String part) {
        String escaped = part.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** Runs under a savepoint like an insert, so an address taken by another account leaves the transaction usable. */
    @Override
    public boolean changeEmail(CustomerId id, EmailAddress email) {
        return jdbi.withHandle(handle -> Savepoints.insertUnlessDuplicate(
                handle,
                h -> h.createUpdate("UPDATE customer SET email = :email WHERE id = :id")
                        .bind("email", email.value())
                        .bind("id", id.value())
                        .execute()));
    }
}
