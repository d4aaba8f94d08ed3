package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.tenant.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the services need from a transaction: all of its writes land together or none does. */
public abstract class TransactionsContract {

    private RepositoryPorts ports;
    private final Tenant demo = tenant("demo");

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        ports.tenants().add(demo);
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void repositoryWritesInsideAFailedTransactionAreRolledBack() {
        Customer ada = customer(demo, "ada@example.test", "1");
        assertThatThrownBy(() -> ports.transactions().run(() -> {
                    ports.customers().add(ada);
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ports.customers().findByEmail(demo.name(), ada.email())).isEmpty();
    }

    @Test
    void aDuplicateInsideATransactionLeavesTheTransactionUsable() {
        Customer ada = customer(demo, "ada@example.test", "1");
        ports.customers().add(ada);
        Customer bob = customer(demo, "bob@example.test", "2");
        boolean duplicateAdded = ports.transactions().inTransaction(() -> {
            boolean added = ports.customers().add(customer(demo, "ada@example.test", "3"));
            ports.customers().add(bob);
            return added;
        });
        assertThat(duplicateAdded).isFalse();
        assertThat(ports.customers().findByEmail(demo.name(), bob.email())).contains(bob);
    }
}
