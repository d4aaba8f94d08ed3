package dev.latchkey.adapter.persistence;

import static dev.latchkey.adapter.persistence.TestData.customer;
import static dev.latchkey.adapter.persistence.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class TransactionsContract {

    private Persistence persistence;
    private final Tenant demo = tenant("demo");

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @BeforeEach
    void open() {
        persistence = Persistence.open(settings());
        persistence.tenants().add(demo);
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void repositoryWritesInsideAFailedTransactionAreRolledBack() {
        Customer ada = customer(demo, "ada@example.test", "1");
        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            persistence.customers().add(ada);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(persistence.customers().findByEmail(demo.name(), ada.email())).isEmpty();
    }

    @Test
    void aDuplicateInsideATransactionLeavesTheTransactionUsable() {
        Customer ada = customer(demo, "ada@example.test", "1");
        persistence.customers().add(ada);
        Customer bob = customer(demo, "bob@example.test", "2");
        boolean duplicateAdded = persistence.transactions().inTransaction(() -> {
            boolean added = persistence.customers().add(customer(demo, "ada@example.test", "3"));
            persistence.customers().add(bob);
            return added;
        });
        assertThat(duplicateAdded).isFalse();
        assertThat(persistence.customers().findByEmail(demo.name(), bob.email())).contains(bob);
    }
}
