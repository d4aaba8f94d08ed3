package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.Command;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.Refreshed;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.Rejected;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.Result;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshTokensServiceTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.9", "Thief/1.0");

    private final FakePorts ports = new FakePorts();
    private final RefreshTokensService service = new RefreshTokensService(ports.tenants, ports.customers, ports.sessions,
            ports.transactions, ports.tokenFactory(), ports.clock, ports.events);

    private Customer customer;
    private CustomerTokens login;

    @BeforeEach
    void logIn() {
        customer = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        login = ports.tokenFactory().startSession(ports.tenant(SHOP), customer, SHOP_STOREFRONT,
                new RequestOrigin("203.0.113.7", "Firefox"), ports.clock.instant());
    }

    @Test
    void refreshTokenGivesNewTokensAndADifferentRefreshToken() {
        ports.clock.advance(Duration.ofMinutes(50));

        Result result = service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(result).isInstanceOf(Refreshed.class);
        CustomerTokens refreshed = ((Refreshed) result).tokens();
        assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(refreshed.accessToken()).isNotEqualTo(login.accessToken());
        assertThat(refreshed.session()).isEqualTo(login.session());
        assertThat(ports.grants.find(TokenHash.of(refreshed.accessToken()))).hasValueSatisfying(grant -> {
            assertThat(grant.customer()).contains(customer.id());
            assertThat(grant.expiresAt()).isEqualTo(ports.clock.instant().plus(FakePorts.ACCESS_LIFETIME));
        });
        assertThat(ports.sessions.get(login.session()).lastUsedAt()).isEqualTo(ports.clock.instant());
    }

    @Test
    void newRefreshTokenCanBeRefreshedInTurn() {
        CustomerTokens refreshed = ((Refreshed) service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).tokens();

        assertThat(service.refresh(new Command(SHOP, refreshed.refreshToken(), ORIGIN))).isInstanceOf(Refreshed.class);
    }

    @Test
    void reusedRefreshTokenIsRejectedAndEndsTheWholeSession() {
        CustomerTokens refreshed = ((Refreshed) service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).tokens();

        Result reuse = service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(reuse).isEqualTo(new Rejected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isTrue();
        assertThat(service.refresh(new Command(SHOP, refreshed.refreshToken(), ORIGIN))).isEqualTo(new Rejected());
    }

    @Test
    void reusedRefreshTokenIsRecordedAsASecurityEventOfTheCustomerWithTheReusersOrigin() {
        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));
        ports.clock.advance(Duration.ofMinutes(3));

        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(ports.events.newestOf(SHOP, customer.id())).singleElement().isEqualTo(SecurityEvent.of(SHOP, customer.id(),
                SecurityEventType.REFRESH_TOKEN_REUSED, ports.clock.instant(), "198.51.100.9", "Thief/1.0"));
    }

    @Test
    void anOrdinaryRefreshRecordsNoEvent() {
        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(ports.events.all()).isEmpty();
    }

    @Test
    void refreshTokenPastItsLifetimeIsRejected() {
        ports.clock.advance(FakePorts.REFRESH_LIFETIME);

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).isEqualTo(new Rejected());
    }

    @Test
    void refreshTokenJustBeforeTheEndOfItsLifetimeStillWorks() {
        ports.clock.advance(FakePorts.REFRESH_LIFETIME.minusSeconds(1));

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).isInstanceOf(Refreshed.class);
    }

    @Test
    void refreshTokenOfAnotherTenantIsRejectedAndLeavesTheSessionAlone() {
        Result result = service.refresh(new Command(RIVAL, login.refreshToken(), ORIGIN));

        assertThat(result).isEqualTo(new Rejected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isFalse();
        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).isInstanceOf(Refreshed.class);
    }

    @Test
    void refreshTokenOfARevokedSessionIsRejected() {
        ports.sessions.revoke(login.session(), ports.clock.instant());

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).isEqualTo(new Rejected());
    }

    @Test
    void refreshForACustomerBlockedSinceLoginIsRejectedAndEndsTheSession() {
        ports.customers.updateStatus(customer.id(), AccountStatus.BLOCKED);

        Result result = service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(result).isEqualTo(new Rejected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isTrue();
    }

    @Test
    void unknownTenantIsRejected() {
        assertThat(service.refresh(new Command(new TenantName("nowhere"), login.refreshToken(), ORIGIN))).isEqualTo(new Rejected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "no-such-refresh-token"})
    void unknownOrBlankRefreshTokenIsRejected(String presented) {
        assertThat(service.refresh(new Command(SHOP, presented, ORIGIN))).isEqualTo(new Rejected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isFalse();
    }

    @Test
    void overlongRefreshTokenIsRejected() {
        assertThat(service.refresh(new Command(SHOP, "x".repeat(513), ORIGIN))).isEqualTo(new Rejected());
    }
}
