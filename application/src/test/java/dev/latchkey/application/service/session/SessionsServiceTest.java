package dev.latchkey.application.service.session;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.session.EndOtherSessionsUseCase;
import dev.latchkey.application.port.in.session.EndSessionUseCase;
import dev.latchkey.application.port.in.session.ListSessionsUseCase;
import dev.latchkey.application.port.in.session.SessionSummary;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionsServiceTest {

    private static final RequestOrigin PHONE = new RequestOrigin("198.51.100.1", "Safari");
    private static final RequestOrigin LAPTOP = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final ListSessionsService list = new ListSessionsService(ports.tenants, ports.sessions, ports.clock);
    private final EndSessionService end =
            new EndSessionService(ports.sessions, ports.events, ports.transactions, ports.clock);
    private final EndOtherSessionsService endOthers =
            new EndOtherSessionsService(ports.sessions, ports.events, ports.transactions, ports.clock);

    private Customer ada;
    private CustomerTokens phone;
    private CustomerTokens laptop;

    @BeforeEach
    void logInTwice() {
        ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        phone = ports.tokenFactory()
                .startSession(ports.tenant(SHOP), ada, SHOP_STOREFRONT, PHONE, ports.clock.instant());
        ports.clock.advance(Duration.ofMinutes(5));
        laptop = ports.tokenFactory()
                .startSession(ports.tenant(SHOP), ada, SHOP_STOREFRONT, LAPTOP, ports.clock.instant());
    }

    @Test
    void listShowsTheLiveSessionsNewestFirstWithTheCallersMarkedCurrent() {
        List<SessionSummary> sessions = list(laptop.session());

        assertThat(sessions)
                .containsExactly(
                        new SessionSummary(
                                laptop.session(),
                                ports.clock.instant(),
                                ports.clock.instant(),
                                "Firefox",
                                "203.0.113.7",
                                true),
                        new SessionSummary(
                                phone.session(),
                                ports.clock.instant().minus(Duration.ofMinutes(5)),
                                ports.clock.instant().minus(Duration.ofMinutes(5)),
                                "Safari",
                                "198.51.100.1",
                                false));
    }

    @Test
    void listLeavesOutRevokedSessionsAndOtherCustomers() {
        Customer bob = ports.addCustomer(SHOP, "bob@example.test", "correct horse battery", AccountStatus.ACTIVE);
        ports.tokenFactory().startSession(ports.tenant(SHOP), bob, SHOP_STOREFRONT, PHONE, ports.clock.instant());
        ports.sessions.revoke(phone.session(), ports.clock.instant());

        assertThat(list(laptop.session())).extracting(SessionSummary::id).containsExactly(laptop.session());
    }

    @Test
    void listLeavesOutSessionsUnusedForLongerThanARefreshTokenLives() {
        ports.sessions.markUsed(laptop.session(), ports.clock.instant().plus(Duration.ofDays(1)));
        ports.clock.advance(FakePorts.REFRESH_LIFETIME.minusMinutes(5).minusSeconds(1));

        assertThat(list(laptop.session()))
                .extracting(SessionSummary::id)
                .containsExactly(laptop.session(), phone.session());

        ports.clock.advance(Duration.ofSeconds(1));

        assertThat(list(laptop.session())).extracting(SessionSummary::id).containsExactly(laptop.session());
    }

    @Test
    void endingASessionRevokesItAndItsTokens() {
        var result = end.end(new EndSessionUseCase.Command(SHOP, ada.id(), phone.session(), LAPTOP));

        assertThat(result).isEqualTo(new EndSessionUseCase.Ended());
        assertThat(ports.sessions.get(phone.session()).isRevoked()).isTrue();
        assertThat(ports.grants.find(TokenHash.of(phone.accessToken()))).isEmpty();
        assertThat(ports.sessions.get(laptop.session()).isRevoked()).isFalse();
        assertThat(ports.events.newestOf(SHOP, ada.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        ada.id(),
                        SecurityEventType.SESSION_ENDED,
                        ports.clock.instant(),
                        LAPTOP.ip(),
                        LAPTOP.userAgent()));
    }

    @Test
    void theCurrentSessionCanBeEndedToo() {
        assertThat(end.end(new EndSessionUseCase.Command(SHOP, ada.id(), laptop.session(), LAPTOP)))
                .isEqualTo(new EndSessionUseCase.Ended());
        assertThat(ports.sessions.get(laptop.session()).isRevoked()).isTrue();
    }

    @Test
    void anotherCustomersSessionIsUnknownAndStaysAlive() {
        Customer bob = ports.addCustomer(SHOP, "bob@example.test", "correct horse battery", AccountStatus.ACTIVE);
        CustomerTokens bobs = ports.tokenFactory()
                .startSession(ports.tenant(SHOP), bob, SHOP_STOREFRONT, PHONE, ports.clock.instant());

        assertThat(end.end(new EndSessionUseCase.Command(SHOP, ada.id(), bobs.session(), LAPTOP)))
                .isEqualTo(new EndSessionUseCase.UnknownSession());
        assertThat(ports.sessions.get(bobs.session()).isRevoked()).isFalse();
        assertThat(ports.events.all()).isEmpty();
    }

    @Test
    void unknownEndedOrOtherTenantSessionIsUnknown() {
        ports.sessions.revoke(phone.session(), ports.clock.instant());

        assertThat(end.end(new EndSessionUseCase.Command(SHOP, ada.id(), new SessionId("no-such-session-000"), LAPTOP)))
                .isEqualTo(new EndSessionUseCase.UnknownSession());
        assertThat(end.end(new EndSessionUseCase.Command(SHOP, ada.id(), phone.session(), LAPTOP)))
                .isEqualTo(new EndSessionUseCase.UnknownSession());
        assertThat(end.end(new EndSessionUseCase.Command(RIVAL, ada.id(), laptop.session(), LAPTOP)))
                .isEqualTo(new EndSessionUseCase.UnknownSession());
    }

    @Test
    void endingTheOthersKeepsOnlyTheCurrentSession() {
        CustomerTokens tablet = ports.tokenFactory()
                .startSession(ports.tenant(SHOP), ada, SHOP_STOREFRONT, PHONE, ports.clock.instant());

        endOthers.endOthers(new EndOtherSessionsUseCase.Command(SHOP, ada.id(), laptop.session(), LAPTOP));

        assertThat(ports.sessions.get(phone.session()).isRevoked()).isTrue();
        assertThat(ports.sessions.get(tablet.session()).isRevoked()).isTrue();
        assertThat(ports.sessions.get(laptop.session()).isRevoked()).isFalse();
        assertThat(ports.grants.find(TokenHash.of(laptop.accessToken()))).isPresent();
        assertThat(list(laptop.session())).extracting(SessionSummary::id).containsExactly(laptop.session());
        assertThat(ports.events.newestOf(SHOP, ada.id()))
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.OTHER_SESSIONS_ENDED);
    }

    private List<SessionSummary> list(SessionId current) {
        return list.list(new ListSessionsUseCase.Command(SHOP, ada.id(), current));
    }
}
