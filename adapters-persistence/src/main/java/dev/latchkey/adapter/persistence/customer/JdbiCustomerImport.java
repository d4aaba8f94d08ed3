package dev.latchkey.adapter.persistence.customer;

import static dev.latchkey.adapter.persistence.Columns.instant;
import static dev.latchkey.adapter.persistence.Columns.utc;

import dev.latchkey.application.port.out.CustomerImport;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.tenant.TenantName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Bulk reads and writes of customers for import and export: lookups of a thousand values per
 * query, inserts as JDBC batches (one {@link PreparedBatch} for customers, one for addresses).
 */
public final class JdbiCustomerImport implements CustomerImport {

    private static final int CHUNK = 1000;
    private static final String CUSTOMER_COLUMNS = "id, tenant, customer_number, email, password_hash, status, preferred_language, "
            + "created_at, title, first_name, middle_name, last_name, contact_phone, company, preferred_currency, preferred_site, "
            + "contact_email, customer_type, b2b, metadata, mixins";
    private static final String ADDRESS_COLUMNS = "id, customer_id, contact_name, company_name, street, street_number, "
            + "street_appendix, extra_line1, extra_line2, extra_line3, extra_line4, zip_code, city, country, state, contact_phone, "
            + "tags, is_default, metadata, mixins";

    private final Jdbi jdbi;

    public JdbiCustomerImport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<EmailAddress> existingEmails(TenantName tenant, Collection<EmailAddress> emails) {
        Set<EmailAddress> found = new HashSet<>();
        existing(tenant, "email", emails.stream().map(EmailAddress::value).distinct().toList(),
                email -> found.add(new EmailAddress(email)));
        return found;
    }

    @Override
    public Set<CustomerNumber> existingNumbers(TenantName tenant, Collection<CustomerNumber> numbers) {
        Set<CustomerNumber> found = new HashSet<>();
        existing(tenant, "customer_number", numbers.stream().map(CustomerNumber::value).distinct().toList(),
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
            PreparedBatch customers = handle.prepareBatch("INSERT INTO customer (" + CUSTOMER_COLUMNS + ") VALUES (:id, :tenant, "
                    + ":number, :email, :passwordHash, :status, :language, :createdAt, :title, :firstName, :middleName, :lastName, "
                    + ":contactPhone, :company, :currency, :site, :contactEmail, :type, :b2b, :metadata, :mixins)");
            for (NewAccount account : accounts) {
                Customer customer = account.customer();
                Profile profile = account.profile();
                customers.bind("id", customer.id().value())
                        .bind("tenant", customer.tenant().value())
                        .bind("number", customer.number().value())
                        .bind("email", customer.email().value())
                        .bind("passwordHash", customer.passwordHash().map(PasswordHash::encoded).orElse(null))
                        .bind("status", customer.status().name())
                        .bind("language", profile.preferredLanguage())
                        .bind("createdAt", utc(customer.createdAt()))
                        .bind("title", profile.title())
                        .bind("firstName", profile.firstName())
                        .bind("middleName", profile.middleName())
                        .bind("lastName", profile.lastName())
                        .bind("contactPhone", profile.contactPhone())
                        .bind("company", profile.company())
                        .bind("currency", profile.preferredCurrency())
                        .bind("site", profile.preferredSite())
                        .bind("contactEmail", profile.contactEmail())
                        .bind("type", profile.type().name())
                        .bind("b2b", profile.b2b())
                        .bind("metadata", profile.metadata())
                        .bind("mixins", profile.mixins())
                        .add();
            }
            customers.execute();
            addAddresses(handle, accounts);
        });
    }

    private static void addAddresses(Handle handle, List<NewAccount> accounts) {
        if (accounts.stream().allMatch(account -> account.addresses().isEmpty())) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO customer_address (" + ADDRESS_COLUMNS + ") VALUES (:id, "
                + ":customer, :contactName, :companyName, :street, :streetNumber, :streetAppendix, :extraLine1, :extraLine2, "
                + ":extraLine3, :extraLine4, :zipCode, :city, :country, :state, :contactPhone, :tags, :isDefault, :metadata, :mixins)");
        for (NewAccount account : accounts) {
            for (Address address : account.addresses()) {
                batch.bind("id", address.id().value())
                        .bind("customer", account.customer().id().value())
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
                        .bind("mixins", address.mixins())
                        .add();
            }
        }
        batch.execute();
    }

    @Override
    public void raiseNextCustomerNumber(TenantName tenant, long atLeast) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE tenant SET next_customer_number = :next WHERE name = :tenant AND next_customer_number < :next")
                .bind("next", atLeast)
                .bind("tenant", tenant.value())
                .execute());
    }

    @Override
    public void forEach(TenantName tenant, Consumer<NewAccount> sink) {
        long offset = 0;
        while (true) {
            long from = offset;
            List<NewAccount> page = jdbi.withHandle(handle -> {
                List<Customer> customers = new ArrayList<>();
                Map<UUID, Profile> profiles = new HashMap<>();
                handle.createQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer WHERE tenant = :tenant "
                                + "ORDER BY created_at, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                        .bind("tenant", tenant.value())
                        .bind("offset", from)
                        .bind("limit", CHUNK)
                        .map((rs, ctx) -> {
                            Customer customer = toCustomer(rs);
                            profiles.put(customer.id().value(), toProfile(rs));
                            return customer;
                        })
                        .forEach(customers::add);
                Map<UUID, List<Address>> addresses = new HashMap<>();
                if (!customers.isEmpty()) {
                    handle.createQuery("SELECT " + ADDRESS_COLUMNS + " FROM customer_address WHERE customer_id IN (<ids>) ORDER BY seq")
                            .bindList("ids", customers.stream().map(customer -> customer.id().value()).toList())
                            .map((rs, ctx) -> Map.entry(rs.getObject("customer_id", UUID.class), toAddress(rs)))
                            .forEach(entry -> addresses.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
                }
                return customers.stream().map(customer -> new NewAccount(customer, profiles.get(customer.id().value()),
                        addresses.getOrDefault(customer.id().value(), List.of()))).toList();
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

    private static Customer toCustomer(ResultSet rs) throws SQLException {
        return new Customer(new CustomerId(rs.getObject("id", UUID.class)), new TenantName(rs.getString("tenant")),
                new CustomerNumber(rs.getString("customer_number")), new EmailAddress(rs.getString("email")),
                Optional.ofNullable(rs.getString("password_hash")).map(PasswordHash::new),
                AccountStatus.valueOf(rs.getString("status")), rs.getString("preferred_language"), instant(rs, "created_at"));
    }

    private static Profile toProfile(ResultSet rs) throws SQLException {
        return new Profile(rs.getString("title"), rs.getString("first_name"), rs.getString("middle_name"),
                rs.getString("last_name"), rs.getString("contact_phone"), rs.getString("company"),
                rs.getString("preferred_language"), rs.getString("preferred_currency"), rs.getString("preferred_site"),
                rs.getString("contact_email"), CustomerType.valueOf(rs.getString("customer_type")), rs.getString("b2b"),
                rs.getString("metadata"), rs.getString("mixins"));
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
