package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the account flows (email change, sessions, security events, deletion) need from the repositories. */
public abstract class AccountRepositoryContract {

    private static final ClientId STOREFRONT = new ClientId("demo-storefront");

    private RepositoryPorts ports;
    private SecurityEventLog events;
    private final Tenant demo = tenant("demo");
    private Customer ada;
    private Customer bob;

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        events = ports.securityEvents();
        ports.tenants().add(demo);
        ada = customer(demo, "ada@example.test", "1");
        bob = customer(demo, "bob@example.test", "2");
        ports.customers().add(ada);
        ports.customers().add(bob);
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void theLoginEmailChangesToAFreeAddress() {
        EmailAddress changed = new EmailAddress("ada.new@example.test");

        assertThat(ports.customers().changeEmail(ada.id(), changed)).isTrue();

        assertThat(ports.customers().find(demo.name(), ada.id()).orElseThrow().email())
                .isEqualTo(changed);
        assertThat(ports.customers().findByEmail(demo.name(), changed)).isPresent();
        assertThat(ports.customers().findByEmail(demo.name(), ada.email())).isEmpty();
    }

    @Test
    void anAddressOfAnotherAccountIsRefusedAndChangesNothing() {
        assertThat(ports.customers().changeEmail(ada.id(), bob.email())).isFalse();

        assertThat(ports.customers().find(demo.name(), ada.id()).orElseThrow().email())
                .isEqualTo(ada.email());
    }

    @Test
    void aRefusedEmailChangeLeavesTheSurroundingTransactionUsable() {
        EmailAddress changed = new EmailAddress("ada.new@example.test");

        boolean laterWorkLanded = ports.transactions().inTransaction(() -> {
            assertThat(ports.customers().changeEmail(ada.id(), bob.email())).isFalse();
            return ports.customers().changeEmail(ada.id(), changed);
        });

        assertThat(laterWorkLanded).isTrue();
        assertThat(ports.customers().find(demo.name(), ada.id()).orElseThrow().email())
                .isEqualTo(changed);
    }

    @Test
    void theSameEmailIsOfCourseFree() {
        assertThat(ports.customers().changeEmail(ada.id(), ada.email())).isTrue();
    }

    @Test
    void liveSessionsAreTheCustomersUnrevokedOnesNewestFirst() {
        SessionId first = session(ada, "session-first-000001", NOW);
        SessionId second = session(ada, "session-second-00001", NOW.plusSeconds(60));
        SessionId revoked = session(ada, "session-revoked-0001", NOW.plusSeconds(120));
        session(bob, "session-of-bob-00001", NOW.plusSeconds(180));
        ports.loginSessions().revoke(revoked, NOW.plusSeconds(200));

        List<LoginSession> live = ports.loginSessions().liveSessionsOf(ada.id());

        assertThat(live).extracting(LoginSession::id).containsExactly(second, first);
        assertThat(live.get(0))
                .isEqualTo(new LoginSession(
                        second,
                        demo.name(),
                        ada.id(),
                        STOREFRONT,
                        NOW.plusSeconds(60),
                        NOW.plusSeconds(60),
                        "Firefox",
                        "203.0.113.7",
                        Optional.empty()));
    }

    @Test
    void aCustomerWithoutSessionsHasNoLiveSessions() {
        assertThat(ports.loginSessions().liveSessionsOf(ada.id())).isEmpty();
    }

    @Test
    void anAddedEmailTokenLeavesTheOlderOnesOfItsPurposeUsable() {
        ports.emailTokens().add(undoToken("first", "ada@example.test"));
        ports.emailTokens().add(undoToken("second", "ada.new@example.test"));

        assertThat(ports.emailTokens().find(TokenHash.of("first"))).contains(undoToken("first", "ada@example.test"));
        assertThat(ports.emailTokens()
                        .find(TokenHash.of("second"))
                        .orElseThrow()
                        .isSpent())
                .isFalse();
        assertThat(ports.emailTokens().spend(TokenHash.of("first"), NOW)).isTrue();
        assertThat(ports.emailTokens().spend(TokenHash.of("first"), NOW)).isFalse();
    }

    @Test
    void eventsAreReadBackNewestFirstWithTheirOrigin() {
        SecurityEvent login = SecurityEvent.of(
                demo.name(), ada.id(), SecurityEventType.LOGIN_SUCCEEDED, NOW, "203.0.113.7", "Firefox");
        SecurityEvent failure = SecurityEvent.of(
                demo.name(), ada.id(), SecurityEventType.LOGIN_FAILED, NOW.plusSeconds(5), "198.51.100.1", "");
        events.record(login);
        events.record(failure);
        events.record(SecurityEvent.of(demo.name(), bob.id(), SecurityEventType.LOGOUT, NOW.plusSeconds(9), "", ""));

        assertThat(events.newestOf(demo.name(), ada.id())).containsExactly(failure, login);
    }

    @Test
    void eventsOfTheSameInstantComeNewestRecordedFirst() {
        events.record(event(ada, SecurityEventType.LOGIN_SUCCEEDED, NOW));
        events.record(event(ada, SecurityEventType.LOGOUT, NOW));

        assertThat(events.newestOf(demo.name(), ada.id()))
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.LOGOUT, SecurityEventType.LOGIN_SUCCEEDED);
    }

    @Test
    void onlyTheNewestEventsOfACustomerAreKept() {
        int recorded = SecurityEventLog.KEPT_PER_CUSTOMER + 5;
        IntStream.range(0, recorded)
                .forEach(i -> events.record(event(ada, SecurityEventType.LOGIN_FAILED, NOW.plusSeconds(i))));
        events.record(event(bob, SecurityEventType.LOGOUT, NOW));

        List<SecurityEvent> kept = events.newestOf(demo.name(), ada.id());

        assertThat(kept).hasSize(SecurityEventLog.KEPT_PER_CUSTOMER);
        assertThat(kept.get(0).at()).isEqualTo(NOW.plusSeconds(recorded - 1));
        assertThat(kept.get(kept.size() - 1).at()).isEqualTo(NOW.plusSeconds(5));
        assertThat(events.newestOf(demo.name(), bob.id())).hasSize(1);
    }

    @Test
    void eventsOfAnotherTenantAreNotListed() {
        Tenant other = tenant("other");
        ports.tenants().add(other);
        events.record(event(ada, SecurityEventType.LOGIN_SUCCEEDED, NOW));

        assertThat(events.newestOf(other.name(), ada.id())).isEmpty();
    }

    @Test
    void deletingACustomerErasesItsEventsButKeepsAnonymousOnes() {
        events.record(event(ada, SecurityEventType.LOGIN_SUCCEEDED, NOW));
        events.record(event(bob, SecurityEventType.LOGIN_SUCCEEDED, NOW));

        ports.customers().delete(ada.id());
        events.record(SecurityEvent.anonymous(demo.name(), SecurityEventType.ACCOUNT_DELETED, NOW.plusSeconds(1)));

        assertThat(events.newestOf(demo.name(), ada.id())).isEmpty();
        assertThat(events.newestOf(demo.name(), bob.id())).hasSize(1);
    }

    @Test
    void forgettingAnAddressDeletesItsMailsOfThatTenantSentOrNot() {
        Tenant other = tenant("other");
        ports.tenants().add(other);
        ports.mailOutbox().enqueue(mail(demo, ada.email(), "sent"), NOW);
        ports.mailOutbox()
                .claimDue(NOW, 10, NOW.plusSeconds(60))
                .forEach(queued -> ports.mailOutbox().markSent(queued.id(), NOW));
        ports.mailOutbox().enqueue(mail(demo, ada.email(), "pending"), NOW.plusSeconds(1));
        ports.mailOutbox().enqueue(mail(demo, bob.email(), "bob's"), NOW.plusSeconds(2));
        ports.mailOutbox().enqueue(mail(other, ada.email(), "other shop's"), NOW.plusSeconds(3));

        ports.mailOutbox().forget(demo.name(), ada.email());

        assertThat(ports.mailOutbox().newest(10))
                .extracting(queued -> queued.mail().subject())
                .containsExactly("other shop's", "bob's");
    }

    private static ComposedMail mail(Tenant tenant, EmailAddress to, String subject) {
        return new ComposedMail(tenant.name(), to, subject, "text", "<p>html</p>");
    }

    private SessionId session(Customer customer, String id, Instant createdAt) {
        SessionId session = new SessionId(id);
        ports.loginSessions()
                .add(new LoginSession(
                        session,
                        demo.name(),
                        customer.id(),
                        STOREFRONT,
                        createdAt,
                        createdAt,
                        "Firefox",
                        "203.0.113.7",
                        Optional.empty()));
        return session;
    }

    private EmailToken undoToken(String token, String previousEmail) {
        return new EmailToken(
                TokenHash.of(token),
                demo.name(),
                ada.id(),
                EmailTokenPurpose.EMAIL_CHANGE_UNDO,
                NOW,
                NOW.plusSeconds(3600),
                Optional.empty(),
                Optional.of(previousEmail));
    }

    private SecurityEvent event(Customer customer, SecurityEventType type, Instant at) {
        return SecurityEvent.of(demo.name(), customer.id(), type, at, "203.0.113.7", "Firefox");
    }
}
