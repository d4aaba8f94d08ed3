package dev.latchkey.application.service.admin;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.admin.CustomerSummary;
import dev.latchkey.application.port.in.admin.ListCustomersUseCase.Command;
import dev.latchkey.application.port.in.admin.ListCustomersUseCase.CustomerPage;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListCustomersServiceTest {

    private final FakePorts ports = new FakePorts();
    private final ListCustomersService service = new ListCustomersService(ports.customers);

    @Test
    void listsTheTenantsCustomersNewestFirstWithTheTotal() {
        Customer ada = add(SHOP, "ada@example.test");
        Customer bob = add(SHOP, "bob@example.test");
        add(RIVAL, "eve@example.test");

        CustomerPage page = service.list(new Command(SHOP, Optional.empty(), 1, 20));

        assertThat(page.items()).containsExactly(CustomerSummary.of(bob), CustomerSummary.of(ada));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.pageSize()).isEqualTo(20);
    }

    @Test
    void pagesStartAtOne() {
        for (int i = 0; i < 5; i++) {
            add(SHOP, "customer" + i + "@example.test");
        }

        CustomerPage second = service.list(new Command(SHOP, Optional.empty(), 2, 2));
        CustomerPage beyond = service.list(new Command(SHOP, Optional.empty(), 4, 2));

        assertThat(second.items())
                .extracting(summary -> summary.email().value())
                .containsExactly("customer2@example.test", "customer1@example.test");
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void searchesAPartOfTheEmailInAnyLetterCase() {
        Customer ada = add(SHOP, "ada.lovelace@example.test");
        add(SHOP, "bob@example.test");

        CustomerPage page = service.list(new Command(SHOP, Optional.of("  LoveLace "), 1, 20));

        assertThat(page.items()).containsExactly(CustomerSummary.of(ada));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void aBlankSearchListsEveryone() {
        add(SHOP, "ada@example.test");
        add(SHOP, "bob@example.test");

        assertThat(service.list(new Command(SHOP, Optional.of("   "), 1, 20)).total())
                .isEqualTo(2);
    }

    @Test
    void pageAndPageSizeHaveBounds() {
        assertThatThrownBy(() -> new Command(SHOP, Optional.empty(), 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Command(SHOP, Optional.empty(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Command(SHOP, Optional.empty(), 1, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Customer add(dev.latchkey.domain.tenant.TenantName tenant, String email) {
        Customer customer = ports.addCustomer(tenant, email, "correct horse battery", AccountStatus.ACTIVE);
        ports.clock.advance(Duration.ofSeconds(1));
        return customer;
    }
}
