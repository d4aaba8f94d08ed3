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
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.Repeated;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.Result;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase.ReuseDetected;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshTokensServiceTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.9", "Thief/1.0");

    private final FakePorts ports = new FakePorts();
    private final RefreshTokensService service = new RefreshTokensService(
            ports.tenants,
            ports.customers,
            ports.sessions,
            ports.transactions,
            ports.tokenFactory(),
            ports.clock,
            ports.events);

    private Customer customer;
    private CustomerTokens login;

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
        CustomerTokens refreshed =
                ((Refreshed) service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).tokens();

        assertThat(service.refresh(new Command(SHOP, refreshed.refreshToken(), ORIGIN)))
                .isInstanceOf(Refreshed.class);
    }

    @Test
    void aRefreshTokenReusedOnceItsReuseWindowIsOverEndsTheWholeSession() {
        CustomerTokens refreshed =
                ((Refreshed) service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).tokens();
        ports.clock.advance(TenantSettings.DEFAULT_REFRESH_REUSE_WINDOW);

        Result reuse = service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(reuse).isEqualTo(new ReuseDetected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isTrue();
        assertThat(service.refresh(new Command(SHOP, refreshed.refreshToken(), ORIGIN)))
                .isEqualTo(new Rejected());
    }

    @Test
    void aRefreshTokenPresentedAgainWithinItsReuseWindowGetsAnotherPairOfItsSessionAndEndsNothing() {
        CustomerTokens first = ((Refreshed) service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).tokens();
        ports.clock.advance(TenantSettings.DEFAULT_REFRESH_REUSE_WINDOW.minusMillis(1));

        Result again = service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(again).isInstanceOf(Repeated.class);
        CustomerTokens second = ((Repeated) again).tokens();
        assertThat(second.session()).isEqualTo(login.session());
        assertThat(second.refreshToken()).isNotIn(login.refreshToken(), first.refreshToken());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isFalse();
        assertThat(ports.grants.find(TokenHash.of(first.accessToken()))).isPresent();
        assertThat(service.refresh(new Command(SHOP, first.refreshToken(), ORIGIN)))
                .isInstanceOf(Refreshed.class);
        assertThat(service.refresh(new Command(SHOP, second.refreshToken(), ORIGIN)))
                .isInstanceOf(Refreshed.class);
        assertThat(ports.events.newestOf(SHOP, customer.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        customer.id(),
                        SecurityEventType.REFRESH_TOKEN_REPEATED,
                        ports.clock.instant(),
                        "198.51.100.9",
                        "Thief/1.0"));
    }

    @Test
    void aReuseWindowOfZeroEndsTheSessionAtTheFirstReuse() {
        ports.tenants.update(ports.tenant(SHOP).withSettings(FakePorts.SETTINGS.withRefreshReuseWindow(Duration.ZERO)));
        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN)))
                .isEqualTo(new ReuseDetected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isTrue();
    }

    @Test
    void aRefreshThatLosesTheRaceToRotateItsTokenRepeatsTheWinnersInsteadOfFailing() {
        RefreshTokensService[] rival = new RefreshTokensService[1];
        CustomerTokens[] winner = new CustomerTokens[1];
        LoginSessionRepository racing = new RacingSessions(
                ports.sessions,
                () -> winner[0] =
                        ((Refreshed) rival[0].refresh(new Command(SHOP, login.refreshToken(), ORIGIN))).tokens());
        rival[0] = service;
        RefreshTokensService loser = new RefreshTokensService(
                ports.tenants,
                ports.customers,
                racing,
                ports.transactions,
                ports.tokenFactory(),
                ports.clock,
                ports.events);

        Result result = loser.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(result).isInstanceOf(Repeated.class);
        assertThat(ports.sessions.get(login.session()).isRevoked()).isFalse();
        assertThat(service.refresh(new Command(SHOP, winner[0].refreshToken(), ORIGIN)))
                .isInstanceOf(Refreshed.class);
    }

    /** Sessions where another request rotates the refresh token just before this one tries, once. */
    private static final class RacingSessions implements LoginSessionRepository {

        private final LoginSessionRepository sessions;
        private Runnable competitor;

        RacingSessions(LoginSessionRepository sessions, Runnable competitor) {
            this.sessions = sessions;
            this.competitor = competitor;
        }

        @Override
        public boolean rotate(TokenHash tokenHash, Instant when) {
            if (competitor != null) {
                Runnable first = competitor;
                competitor = null;
                first.run();
            }
            return sessions.rotate(tokenHash, when);
        }

        @Override
        public void add(LoginSession session) {
            sessions.add(session);
        }

        @Override
        public Optional<LoginSession> find(SessionId id) {
            return sessions.find(id);
        }

        @Override
        public void markUsed(SessionId id, Instant when) {
            sessions.markUsed(id, when);
        }

        @Override
        public void revoke(SessionId id, Instant when) {
            sessions.revoke(id, when);
        }

        @Override
        public void revokeAllOf(CustomerId customer, Optional<SessionId> keep, Instant when) {
            sessions.revokeAllOf(customer, keep, when);
        }

        @Override
        public void addRefreshToken(RefreshToken token) {
            sessions.addRefreshToken(token);
        }

        @Override
        public Optional<RefreshToken> findRefreshToken(TokenHash tokenHash) {
            return sessions.findRefreshToken(tokenHash);
        }

        @Override
        public List<LoginSession> liveSessionsOf(CustomerId customer) {
            return sessions.liveSessionsOf(customer);
        }
    }

    @Test
    void reusedRefreshTokenIsRecordedAsASecurityEventOfTheCustomerWithTheReusersOrigin() {
        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));
        ports.clock.advance(Duration.ofMinutes(3));

        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(ports.events.newestOf(SHOP, customer.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        customer.id(),
                        SecurityEventType.REFRESH_TOKEN_REUSED,
                        ports.clock.instant(),
                        "198.51.100.9",
                        "Thief/1.0"));
    }

    @Test
    void anOrdinaryRefreshRecordsNoEvent() {
        service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN));

        assertThat(ports.events.all()).isEmpty();
    }

    @Test
    void refreshTokenPastItsLifetimeIsRejected() {
        ports.clock.advance(FakePorts.REFRESH_LIFETIME);

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN)))
                .isEqualTo(new Rejected());
    }

    @Test
    void refreshTokenJustBeforeTheEndOfItsLifetimeStillWorks() {
        ports.clock.advance(FakePorts.REFRESH_LIFETIME.minusSeconds(1));

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN)))
                .isInstanceOf(Refreshed.class);
    }

    @Test
    void refreshTokenOfAnotherTenantIsRejectedAndLeavesTheSessionAlone() {
        Result result = service.refresh(new Command(RIVAL, login.refreshToken(), ORIGIN));

        assertThat(result).isEqualTo(new Rejected());
        assertThat(ports.sessions.get(login.session()).isRevoked()).isFalse();
        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN)))
                .isInstanceOf(Refreshed.class);
    }

    @Test
    void refreshTokenOfARevokedSessionIsRejected() {
        ports.sessions.revoke(login.session(), ports.clock.instant());

        assertThat(service.refresh(new Command(SHOP, login.refreshToken(), ORIGIN)))
                .isEqualTo(new Rejected());
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
        assertThat(service.refresh(new Command(new TenantName("nowhere"), login.refreshToken(), ORIGIN)))
                .isEqualTo(new Rejected());
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
