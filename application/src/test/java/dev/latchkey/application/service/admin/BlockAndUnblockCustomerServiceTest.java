package dev.latchkey.application.service.admin;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.admin.BlockCustomerUseCase;
import dev.latchkey.application.port.in.admin.UnblockCustomerUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.token.LoginSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BlockAndUnblockCustomerServiceTest {

    private static final String EMAIL = "ada@example.test";

    private final FakePorts ports = new FakePorts();
    private final BlockCustomerService block =
            new BlockCustomerService(ports.customers, ports.sessions, ports.events, ports.transactions, ports.clock);
    private final UnblockCustomerService unblock =
            new UnblockCustomerService(ports.customers, ports.events, ports.transactions, ports.clock);

    @Test
    void blockingAnActiveCustomerRevokesEverySessionAtOnce() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);
        CustomerTokens first = login(ada);
        CustomerTokens second = login(ada);

        assertThat(block.block(new BlockCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new BlockCustomerUseCase.Blocked());

        assertThat(ports.customers.get(SHOP, ada.email()).status()).isEqualTo(AccountStatus.BLOCKED);
        assertThat(ports.sessions.all())
                .allSatisfy(session -> assertThat(session.isRevoked()).isTrue());
        assertThat(ports.grants.find(TokenHash.of(first.accessToken()))).isEmpty();
        assertThat(ports.grants.find(TokenHash.of(second.accessToken()))).isEmpty();
    }

    @Test
    void blockingTwiceIsFine() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.BLOCKED);

        assertThat(block.block(new BlockCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new BlockCustomerUseCase.Blocked());
        assertThat(ports.customers.get(SHOP, ada.email()).status()).isEqualTo(AccountStatus.BLOCKED);
    }

    @Test
    void aPendingCustomerIsNeitherBlockedNorUnblocked() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.PENDING);

        assertThat(block.block(new BlockCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new BlockCustomerUseCase.NotActivated());
        assertThat(unblock.unblock(new UnblockCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new UnblockCustomerUseCase.NotActivated());
        assertThat(ports.customers.get(SHOP, ada.email()).status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void unblockingMakesABlockedCustomerActive() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.BLOCKED);

        assertThat(unblock.unblock(new UnblockCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new UnblockCustomerUseCase.Unblocked());
        assertThat(ports.customers.get(SHOP, ada.email()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void unblockingAnActiveCustomerChangesNothing() {
        Customer ada = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.ACTIVE);
        login(ada);

        assertThat(unblock.unblock(new UnblockCustomerUseCase.Command(SHOP, ada.id())))
                .isEqualTo(new UnblockCustomerUseCase.Unblocked());
        assertThat(ports.customers.get(SHOP, ada.email()).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(ports.sessions.all()).noneMatch(LoginSession::isRevoked);
    }

    @Test
    void anotherTenantsOrAnUnknownCustomerIsNotFound() {
        Customer eve = ports.addCustomer(RIVAL, EMAIL, "correct horse battery", AccountStatus.ACTIVE);
        CustomerId unknown = new CustomerId(UUID.randomUUID());

        assertThat(block.block(new BlockCustomerUseCase.Command(SHOP, eve.id())))
                .isEqualTo(new BlockCustomerUseCase.NotFound());
        assertThat(block.block(new BlockCustomerUseCase.Command(SHOP, unknown)))
                .isEqualTo(new BlockCustomerUseCase.NotFound());
        assertThat(unblock.unblock(new UnblockCustomerUseCase.Command(SHOP, eve.id())))
                .isEqualTo(new UnblockCustomerUseCase.NotFound());
        assertThat(ports.customers.get(RIVAL, eve.email()).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    private CustomerTokens login(Customer customer) {
        return ports.tokenFactory()
                .startSession(
                        ports.tenant(customer.tenant()),
                        customer,
                        SHOP_STOREFRONT,
                        new RequestOrigin("203.0.113.7", "Firefox"),
                        ports.clock.instant());
    }
}
