package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.Tenant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the admin's customer list needs from the customer repository: search, pages and status changes. */
public abstract class CustomerSearchRepositoryContract {

    private RepositoryPorts ports;
    private CustomerRepository customers;
    private final Tenant demo = tenant("demo");
    private final Tenant other = tenant("other");
    private int created;

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        customers = ports.customers();
        ports.tenants().add(demo);
        ports.tenants().add(other);
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void listsTheTenantsCustomersNewestFirstWithTheTotal() {
        Customer ada = add(demo, "ada@example.test");
        Customer bob = add(demo, "bob@example.test");
        add(other, "eve@example.test");

        CustomerRepository.Page page = customers.search(demo.name(), Optional.empty(), 0, 20);

        assertThat(page.customers()).containsExactly(bob, ada);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void pagesByOffsetAndLimitWhileTheTotalCountsEveryMatch() {
        for (int i = 0; i < 5; i++) {
            add(demo, "customer" + i + "@example.test");
        }

        CustomerRepository.Page middle = customers.search(demo.name(), Optional.empty(), 2, 2);
        CustomerRepository.Page beyond = customers.search(demo.name(), Optional.empty(), 10, 2);

        assertThat(middle.customers())
                .extracting(customer -> customer.email().value())
                .containsExactly("customer2@example.test", "customer1@example.test");
        assertThat(middle.total()).isEqualTo(5);
        assertThat(beyond.customers()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void searchesAPartOfTheEmailInAnyLetterCase() {
        Customer ada = add(demo, "ada.lovelace@example.test");
        add(demo, "bob@example.test");
        add(other, "lovelace@example.test");

        CustomerRepository.Page page = customers.search(demo.name(), Optional.of("LoveLace"), 0, 20);

        assertThat(page.customers()).containsExactly(ada);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        Customer underscore = add(demo, "a_b@example.test");
        add(demo, "axb@example.test");
        add(demo, "plain@example.test");

        assertThat(customers.search(demo.name(), Optional.of("a_b"), 0, 20).customers())
                .containsExactly(underscore);
        assertThat(customers.search(demo.name(), Optional.of("%"), 0, 20).total())
                .isZero();
        assertThat(customers.search(demo.name(), Optional.of("!"), 0, 20).total())
                .isZero();
    }

    @Test
    void aStatusChangesOnlyFromTheExpectedOne() {
        Customer ada = add(demo, "ada@example.test");

        assertThat(customers.changeStatus(ada.id(), AccountStatus.ACTIVE, AccountStatus.BLOCKED))
                .isFalse();
        assertThat(customers.find(demo.name(), ada.id())).map(Customer::status).contains(AccountStatus.PENDING);

        assertThat(customers.changeStatus(ada.id(), AccountStatus.PENDING, AccountStatus.BLOCKED))
                .isTrue();
        assertThat(customers.find(demo.name(), ada.id())).map(Customer::status).contains(AccountStatus.BLOCKED);
        assertThat(customers.changeStatus(
                        new CustomerId(UUID.randomUUID()), AccountStatus.BLOCKED, AccountStatus.ACTIVE))
                .isFalse();
    }

    private Customer add(Tenant tenant, String email) {
        created++;
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                tenant.name(),
                new CustomerNumber("" + created),
                new EmailAddress(email),
                Optional.of(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")),
                AccountStatus.PENDING,
                Customer.DEFAULT_LANGUAGE,
                NOW.plusSeconds(created));
        assertThat(customers.add(customer)).isTrue();
        return customer;
    }
}
