package dev.latchkey.adapter.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.persistence.DatabaseSettings;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database of the version before addresses had one normal form, with addresses kept as they were then. */
class EmailNormalFormMigrationTest {

    private static final TenantName DEMO = new TenantName("demo");

    @TempDir
    Path folder;

    @Test
    void addressesKeptBeforeTheNormalFormAreFoundInItAfterTheUpgrade() {
        String url = Persistence.embeddedUrl(folder);
        Flyway.configure()
                .dataSource(url, "", "")
                .locations("classpath:db/migration", "classpath:dev/latchkey/adapter/persistence/migration")
                .target("15")
                .load()
                .migrate();
        Jdbi old = Jdbi.create(url, "", "");
        old.useHandle(handle -> {
            handle.execute("""
                    INSERT INTO tenant (name, display_name, anonymous_token_seconds, access_token_seconds, refresh_token_seconds,
                                        service_token_seconds, activation_token_seconds, next_customer_number, created_at,
                                        support_email)
                    VALUES ('demo', 'Demo', 1, 1, 1, 1, 1, 1, CURRENT_TIMESTAMP, 'hilfe@bücher.example')""");
            insertCustomer(handle, "ada@bücher.example", "1", "ada@bücher.example");
            insertCustomer(handle, "bob@xn--mller-kva.example", "2", null);
            insertCustomer(handle, "bob@müller.example", "3", null);
            insertCustomer(handle, "carol@example.test", "4", null);
        });

        try (Persistence upgraded = Persistence.open(new DatabaseSettings(url, "", "", 2))) {
            Customer ada = upgraded.customers()
                    .findByEmail(DEMO, new EmailAddress("ada@bücher.example"))
                    .orElseThrow();
            assertThat(ada.email().value()).isEqualTo("ada@xn--bcher-kva.example");
            assertThat(upgraded.profiles().find(ada.id()).orElseThrow().contactEmail())
                    .isEqualTo("ada@xn--bcher-kva.example");
            assertThat(upgraded.tenants().find(DEMO).orElseThrow().look().supportEmail())
                    .contains("hilfe@xn--bcher-kva.example");
            assertThat(upgraded.customers()
                            .findByEmail(DEMO, new EmailAddress("bob@müller.example"))
                            .orElseThrow()
                            .number()
                            .value())
                    .as("the account that had the normal form already keeps it")
                    .isEqualTo("2");
            int customers = old.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM customer")
                    .mapTo(Integer.class)
                    .one());
            assertThat(customers).as("no account lost").isEqualTo(4);
            assertThat(upgraded.customers().findByEmail(DEMO, new EmailAddress("carol@example.test")))
                    .isPresent();
        }
    }

    private static void insertCustomer(
            org.jdbi.v3.core.Handle handle, String email, String number, String contactEmail) {
        handle.createUpdate("""
                        INSERT INTO customer (id, tenant, customer_number, email, password_hash, status, preferred_language,
                                              created_at, contact_email)
                        VALUES (:id, 'demo', :number, :email, '$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i', 'ACTIVE', 'en',
                                CURRENT_TIMESTAMP, :contact)""")
                .bind("id", UUID.randomUUID())
                .bind("number", number)
                .bind("email", email)
                .bind("contact", contactEmail)
                .execute();
    }
}
