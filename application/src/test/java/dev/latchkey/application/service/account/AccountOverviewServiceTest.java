package dev.latchkey.application.service.account;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.account.AccountOverviewUseCase.Command;
import dev.latchkey.application.port.in.account.AccountOverviewUseCase.Overview;
import dev.latchkey.application.port.in.account.AccountOverviewUseCase.UnknownCustomer;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.service.profile.GetProfileService;
import dev.latchkey.application.service.session.ListSessionsService;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountOverviewServiceTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final AccountOverviewService service = new AccountOverviewService(
            new GetProfileService(ports.customers, ports.profiles, ports.addresses, ports.transactions),
            new ListSessionsService(ports.tenants, ports.sessions, ports.clock),
            new ListSecurityEventsService(ports.events));

    private Customer ada;
    private CustomerTokens current;

    @BeforeEach
    void logIn() {
        ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        current = ports.tokenFactory()
                .startSession(ports.tenant(SHOP), ada, SHOP_STOREFRONT, ORIGIN, ports.clock.instant());
        ports.events.record(SecurityEvent.of(
                SHOP,
                ada.id(),
                SecurityEventType.LOGIN_SUCCEEDED,
                ports.clock.instant(),
                ORIGIN.ip(),
                ORIGIN.userAgent()));
    }

    @Test
    void theOverviewHoldsTheProfileWithItsAddressesTheSessionsAndTheEvents() {
        Overview overview = (Overview) service.overview(new Command(SHOP, ada.id(), current.session()));

        assertThat(overview.profile().email()).isEqualTo(ada.email());
        assertThat(overview.profile().addresses()).hasValue(List.of());
        assertThat(overview.sessions()).extracting(SessionSummary::current).containsExactly(true);
        assertThat(overview.events())
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.LOGIN_SUCCEEDED);
    }

    @Test
    void aCustomerThatIsGoneHasNoOverview() {
        assertThat(service.overview(new Command(SHOP, new CustomerId(UUID.randomUUID()), current.session())))
                .isEqualTo(new UnknownCustomer());
    }
}
