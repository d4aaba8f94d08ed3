package dev.latchkey.adapter.persistence.customer;

import dev.latchkey.adapter.persistence.profile.AddressColumns;
import dev.latchkey.adapter.persistence.profile.ProfileColumns;
import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Bulk reads and writes of customers for import and export: lookups of a thousand values per
 * query, inserts as JDBC batches (one {@link PreparedBatch} for customers, one for addresses).
 */
public final class JdbiCustomerImport implements CustomerImport {

    private static final int CHUNK = 1000;

    private final Jdbi jdbi;

    public JdbiCustomerImport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<EmailAddress> existingEmails(TenantName tenant, Collection<EmailAddress> emails) {
        Set<EmailAddress> found = new HashSet<>();
        existing(
                tenant,
                "email",
                emails.stream().map(EmailAddress::value).distinct().toList(),
                email -> found.add(new EmailAddress(email)));
        return found;
    }

    @Override
    public Set<CustomerNumber> existingNumbers(TenantName tenant, Collection<CustomerNumber> numbers) {
        Set<CustomerNumber> found = new HashSet<>();
        existing(
                tenant,
                "customer_number",
                numbers.stream().map(CustomerNumber::value).distinct().toList(),
                number -> found.add(new CustomerNumber(number)));
        return found;
    }

    /**
     * Of {@code values}, those in {@code column} of the tenant's customers. The values are joined as a
     * {@code VALUES} table: H2 then looks each one up in the unique index on (tenant, column), while
     * with {@code column IN (...)} it reads every customer of the tenant and compares it with each value.
     */
    private void existing(TenantName tenant, String column, List<String> values, Consumer<String> sink) {
        for (List<String> chunk : chunks(values)) {
            String rows = String.join(", ", Collections.nCopies(chunk.size(), "(?)"));
            jdbi.useHandle(handle -> {
                Query query = handle.createQuery("SELECT c." + column + " FROM (VALUES " + rows + ") AS v(wanted) "
                        + "JOIN customer c ON c.tenant = ? AND c." + column + " = v.wanted");
                for (int i = 0; i < chunk.size(); i++) {
                    query.bind(i, chunk.get(i));
                }
                query.bind(chunk.size(), tenant.value()).mapTo(String.class).forEach(sink);
            });
        }
    }

    @Override
    public void addAll(List<NewAccount> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch customers = handle.prepareBatch(CustomerColumns.INSERT_WITH_PROFILE);
            PreparedBatch addresses = handle.prepareBatch(AddressColumns.INSERT);
            for (NewAccount account : accounts) {
                ProfileColumns.bind(CustomerColumns.bind(customers, account.customer()), account.profile())
                        .add();
                for (Address address : account.addresses()) {
                    AddressColumns.bind(addresses, account.customer().id(), address)
                            .add();
                }
            }
            customers.execute();
            if (addresses.size() > 0) {
                addresses.execute();
            }
        });
    }

    @Override
    public void raiseNextCustomerNumber(TenantName tenant, long atLeast) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE tenant SET next_customer_number = :next WHERE name = :tenant AND next_customer_number < :next")
                .bind("next", atLeast)
                .bind("tenant", tenant.value())
                .execute());
    }

    /** The update locks the tenant's row until the transaction ends, so concurrent callers get other numbers. */
    @Override
    public long takeCustomerNumbers(TenantName tenant, int count) {
        return jdbi.inTransaction(handle -> {
            int updated = handle.createUpdate(
                            "UPDATE tenant SET next_customer_number = next_customer_number + :count WHERE name = :tenant")
                    .bind("count", count)
                    .bind("tenant", tenant.value())
                    .execute();
            if (updated != 1) {
                throw new IllegalStateException("No tenant " + tenant.value());
            }
            return handle.createQuery("SELECT next_customer_number - :count FROM tenant WHERE name = :tenant")
                    .bind("count", count)
                    .bind("tenant", tenant.value())
                    .mapTo(Long.class)
                    .one();
        });
    }

    @Override
    public void forEach(TenantName tenant, Consumer<NewAccount> sink) {
        long offset = 0;
        while (true) {
            long from = offset;
            List<NewAccount> page = jdbi.withHandle(handle -> {
                List<Customer> customers = new ArrayList<>();
                Map<UUID, Profile> profiles = new HashMap<>();
                handle.createQuery("SELECT " + CustomerColumns.WITH_PROFILE + " FROM customer WHERE tenant = :tenant "
                                + "ORDER BY created_at, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                        .bind("tenant", tenant.value())
                        .bind("offset", from)
                        .bind("limit", CHUNK)
                        .map((rs, ctx) -> {
                            Customer customer = CustomerColumns.read(rs);
                            profiles.put(customer.id().value(), ProfileColumns.read(rs));
                            return customer;
                        })
                        .forEach(customers::add);
                Map<UUID, List<Address>> addresses = new HashMap<>();
                if (!customers.isEmpty()) {
                    handle.createQuery("SELECT customer_id, " + AddressColumns.NAMES
                                    + " FROM customer_address WHERE customer_id IN (<ids>) ORDER BY seq")
                            .bindList(
                                    "ids",
                                    customers.stream()
                                            .map(customer -> customer.id().value())
                                            .toList())
                            .map((rs, ctx) ->
                                    Map.entry(rs.getObject("customer_id", UUID.class), AddressColumns.read(rs)))
                            .forEach(entry -> addresses
                                    .computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                                    .add(entry.getValue()));
                }
                return customers.stream()
                        .map(customer -> new NewAccount(
                                customer,
                                profiles.get(customer.id().value()),
                                addresses.getOrDefault(customer.id().value(), List.of())))
                        .toList();
            });
            page.forEach(sink);
            if (page.size() < CHUNK) {
                return;
            }
            offset += page.size();
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
