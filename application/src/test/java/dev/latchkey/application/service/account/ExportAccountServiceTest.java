package dev.latchkey.application.service.account;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.account.AccountExport;
import dev.latchkey.application.port.in.account.ExportAccountUseCase.Command;
import dev.latchkey.application.port.in.account.ExportAccountUseCase.Exported;
import dev.latchkey.application.port.in.account.ExportAccountUseCase.UnknownCustomer;
import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportAccountServiceTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final ExportAccountService service = new ExportAccountService(
            ports.tenants,
            ports.customers,
            ports.sessions,
            ports.events,
            ports.transactions,
            ports.clock,
            ports.profiles,
            ports.addresses);

    private Customer ada;
    private CustomerTokens current;
    private CustomerTokens other;

    @BeforeEach
    void logIn() {
        ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        other = ports.tokenFactory()
                .startSession(
                        ports.tenant(SHOP),
                        ada,
                        SHOP_STOREFRONT,
                        new RequestOrigin("198.51.100.1", "Safari"),
                        ports.clock.instant());
        ports.clock.advance(Duration.ofMinutes(1));
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
    void theExportHoldsTheAccountItsLiveSessionsAndItsEvents() {
        AccountExport export = ((Exported) service.export(new Command(SHOP, ada.id(), current.session()))).export();

        assertThat(export.id()).isEqualTo(ada.id());
        assertThat(export.customerNumber()).isEqualTo(ada.number());
        assertThat(export.email()).isEqualTo(ada.email());
        assertThat(export.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(export.createdAt()).isEqualTo(ada.createdAt());
        assertThat(export.preferredLanguage()).isEqualTo("en_US");
        assertThat(export.sessions())
                .extracting(SessionSummary::id)
                .containsExactly(current.session(), other.session());
        assertThat(export.sessions()).extracting(SessionSummary::current).containsExactly(true, false);
        assertThat(export.events()).extracting(SecurityEvent::type).containsExactly(SecurityEventType.LOGIN_SUCCEEDED);
        assertThat(export.exportedAt()).isEqualTo(ports.clock.instant());
    }

    @Test
    void endedSessionsAreNotExported() {
        ports.sessions.revoke(other.session(), ports.clock.instant());

        AccountExport export = ((Exported) service.export(new Command(SHOP, ada.id(), current.session()))).export();

        assertThat(export.sessions()).extracting(SessionSummary::id).containsExactly(current.session());
    }

    @Test
    void aDeletedCustomerHasNothingToExport() {
        ports.customers.delete(ada.id());

        assertThat(service.export(new Command(SHOP, ada.id(), current.session())))
                .isEqualTo(new UnknownCustomer());
    }

    @Test
    void theEventListIsTheCustomersOwnNewestFirst() {
        Customer bob = ports.addCustomer(SHOP, "bob@example.test", "correct horse battery", AccountStatus.ACTIVE);
        ports.events.record(
                SecurityEvent.of(SHOP, bob.id(), SecurityEventType.LOGIN_FAILED, ports.clock.instant(), "", ""));
        ports.clock.advance(Duration.ofMinutes(1));
        ports.events.record(SecurityEvent.of(SHOP, ada.id(), SecurityEventType.LOGOUT, ports.clock.instant(), "", ""));

        var events =
                new ListSecurityEventsService(ports.events).list(new ListSecurityEventsUseCase.Command(SHOP, ada.id()));

        assertThat(events)
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.LOGOUT, SecurityEventType.LOGIN_SUCCEEDED);
    }
}
