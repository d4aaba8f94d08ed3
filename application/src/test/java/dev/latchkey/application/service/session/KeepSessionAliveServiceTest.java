package dev.latchkey.application.service.session;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.session.KeepSessionAliveUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepSessionAliveServiceTest {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final FakePorts ports = new FakePorts();
    private final KeepSessionAliveService service = new KeepSessionAliveService(ports.sessions, ports.clock);
    private CustomerTokens tokens;

    @BeforeEach
    void logIn() {
        Customer ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        tokens = ports.tokenFactory()
                .startSession(
                        ports.tenant(SHOP),
                        ada,
                        SHOP_STOREFRONT,
                        new RequestOrigin("198.51.100.1", "Firefox"),
                        ports.clock.instant());
    }

    private KeepSessionAliveUseCase.Result keepAlive(SessionId session) {
        return service.keepAlive(new KeepSessionAliveUseCase.Command(session, IDLE));
    }

    @Test
    void aSessionInUseStaysAliveAndCountsFromItsLastUse() {
        ports.clock.advance(IDLE.minusSeconds(1));
        assertThat(keepAlive(tokens.session())).isInstanceOf(KeepSessionAliveUseCase.Alive.class);
        ports.clock.advance(IDLE.minusSeconds(1));
        assertThat(keepAlive(tokens.session())).isInstanceOf(KeepSessionAliveUseCase.Alive.class);
        assertThat(ports.sessions.find(tokens.session()).orElseThrow().lastUsedAt())
                .isEqualTo(ports.clock.instant());
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        Instant loggedIn = ports.clock.instant();
        ports.clock.advance(Duration.ofSeconds(59));
        keepAlive(tokens.session());
        assertThat(ports.sessions.find(tokens.session()).orElseThrow().lastUsedAt())
                .isEqualTo(loggedIn);

        ports.clock.advance(Duration.ofSeconds(1));
        keepAlive(tokens.session());
        assertThat(ports.sessions.find(tokens.session()).orElseThrow().lastUsedAt())
                .isEqualTo(ports.clock.instant());
    }

    @Test
    void aSessionIdleForTheWholeTimeoutEndsForGood() {
        ports.clock.advance(IDLE);
        assertThat(keepAlive(tokens.session())).isInstanceOf(KeepSessionAliveUseCase.Ended.class);
        assertThat(ports.sessions.find(tokens.session()).orElseThrow().isRevoked())
                .isTrue();
        ports.clock.advance(Duration.ofSeconds(-IDLE.toSeconds()));
        assertThat(keepAlive(tokens.session())).as("no way back").isInstanceOf(KeepSessionAliveUseCase.Ended.class);
    }

    @Test
    void anUnknownOrRevokedSessionIsEnded() {
        assertThat(keepAlive(new SessionId("no-such-session-id-000")))
                .isInstanceOf(KeepSessionAliveUseCase.Ended.class);
        ports.sessions.revoke(tokens.session(), ports.clock.instant());
        assertThat(keepAlive(tokens.session())).isInstanceOf(KeepSessionAliveUseCase.Ended.class);
    }
}
