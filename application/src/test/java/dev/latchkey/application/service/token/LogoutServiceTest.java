package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.AuthenticateUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.token.AccessGrant;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogoutServiceTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final LogoutService service =
            new LogoutService(ports.sessions, ports.transactions, ports.clock, ports.events);

    private Customer customer;
    private CustomerTokens login;
    private AccessGrant grant;

    @BeforeEach
    void logIn() {
        customer = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        login = ports.tokenFactory()
                .startSession(
                        ports.tenant(SHOP),
                        customer,
                        SHOP_STOREFRONT,
                        new RequestOrigin("203.0.113.7", "Firefox"),
                        ports.clock.instant());
        grant = ports.grants.find(TokenHash.of(login.accessToken())).orElseThrow();
    }

    @Test
    void afterLogoutTheSessionIsRevoked() {
        ports.clock.advance(Duration.ofMinutes(5));

        service.logout(grant, ORIGIN);

        assertThat(ports.sessions.get(login.session()).revokedAt()).contains(ports.clock.instant());
    }

    @Test
    void afterLogoutTheRefreshTokenIsRejected() {
        RefreshTokensService refresh = new RefreshTokensService(
                ports.tenants,
                ports.customers,
                ports.sessions,
                ports.transactions,
                ports.tokenFactory(),
                ports.clock,
                ports.events);

        service.logout(grant, ORIGIN);

        assertThat(refresh.refresh(new RefreshTokensUseCase.Command(SHOP, login.refreshToken(), ORIGIN)))
                .isEqualTo(new RefreshTokensUseCase.Rejected());
    }

    @Test
    void afterLogoutTheAccessTokenNoLongerAuthenticates() {
        AuthenticateService authenticate = new AuthenticateService(ports.grants, ports.clock);

        service.logout(grant, ORIGIN);

        assertThat(authenticate.authenticate(login.accessToken())).isEqualTo(new AuthenticateUseCase.Invalid());
    }

    @Test
    void logoutIsRecordedAsASecurityEventOfTheCustomer() {
        service.logout(grant, ORIGIN);

        assertThat(ports.events.newestOf(SHOP, customer.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        customer.id(),
                        SecurityEventType.LOGOUT,
                        ports.clock.instant(),
                        ORIGIN.ip(),
                        ORIGIN.userAgent()));
    }

    @Test
    void logoutEndsOnlyItsOwnSession() {
        CustomerTokens otherDevice = ports.tokenFactory()
                .startSession(
                        ports.tenant(SHOP),
                        customer,
                        SHOP_STOREFRONT,
                        new RequestOrigin("198.51.100.1", "Safari"),
                        ports.clock.instant());

        service.logout(grant, ORIGIN);

        assertThat(ports.sessions.get(otherDevice.session()).isRevoked()).isFalse();
    }
}
