package dev.latchkey.application.service.admin;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.admin.CustomerSummary;
import dev.latchkey.application.port.in.admin.DeleteCustomerUseCase;
import dev.latchkey.application.port.in.admin.GetCustomerUseCase;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import org.junit.jupiter.api.Test;

class GetAndDeleteCustomerServiceTest {

    private static final String EMAIL = "ada@example.test";

    private final FakePorts ports = new FakePorts();
    private final GetCustomerService get = new GetCustomerService(ports.customers);
    private final DeleteCustomerService delete =
            new DeleteCustomerService(ports.customers, ports.events, ports.transactions, ports.clock);

    @Test
    void findsOneCustomerOfTheTenant() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        assertThat(get.get(new GetCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new GetCustomerUseCase.Found(CustomerSummary.of(ada)));
    }

    @Test
    void anotherTenantsCustomerIsNotFound() {
        Customer eve = ports.addCustomer(RIVAL, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        assertThat(get.get(new GetCustomerUseCase.Command(SHOP, eve.id())))
                .isEqualTo(new GetCustomerUseCase.NotFound());
        assertThat(delete.delete(new DeleteCustomerUseCase.Command(SHOP, eve.id())))
                .isEqualTo(new DeleteCustomerUseCase.NotFound());
        assertThat(ports.customers.all()).containsExactly(eve);
    }

    @Test
    void deletingErasesTheCustomer() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);

        assertThat(delete.delete(new DeleteCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new DeleteCustomerUseCase.Deleted());

        assertThat(ports.customers.all()).isEmpty();
        assertThat(delete.delete(new DeleteCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new DeleteCustomerUseCase.NotFound());
    }
}
