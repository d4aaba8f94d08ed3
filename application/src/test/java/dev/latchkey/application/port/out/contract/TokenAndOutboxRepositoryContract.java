package dev.latchkey.application.port.out.contract;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.port.out.DeferredRequests;
import dev.latchkey.application.port.out.FailedMail;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.application.port.out.SignupDetails;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.AddressPatch;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.tenant.AdminScopes;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What tokens, sessions, mailed tokens, the mail outbox and deferred mail requests need from the repositories. */
public abstract class TokenAndOutboxRepositoryContract {

    private static final ClientId STOREFRONT = new ClientId("demo-storefront");
    private static final SessionId SESSION = new SessionId("session-0123456789");

    private RepositoryPorts ports;
    private final Tenant demo = tenant("demo");
    private Customer ada;

    /** Fresh, empty ports for each test. */
    protected abstract RepositoryPorts openPorts();

    @BeforeEach
    void open() {
        ports = openPorts();
        ports.tenants().add(demo);
        ada = customer(demo, "ada@example.test", "1");
        ports.customers().add(ada);
    }

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void aGrantIsFoundOnlyByTheHashOfItsToken() {
        AccessGrant grant = new AccessGrant(
                TokenHash.of("token-a"),
                TokenKind.CUSTOMER,
                demo.name(),
                STOREFRONT,
                SESSION,
                Optional.of(ada.id()),
                Set.of(),
                NOW,
                NOW.plusSeconds(3600));
        ports.accessGrants().add(grant);
        assertThat(ports.accessGrants().find(TokenHash.of("token-a"))).contains(grant);
        assertThat(ports.accessGrants().find(TokenHash.of("token-b"))).isEmpty();
    }

    @Test
    void anAnonymousGrantNamesNoCustomer() {
        AccessGrant grant = new AccessGrant(
                TokenHash.of("anonymous"),
                TokenKind.ANONYMOUS,
                demo.name(),
                STOREFRONT,
                SESSION,
                Optional.empty(),
                Set.of(),
                NOW,
                NOW.plusSeconds(3600));
        ports.accessGrants().add(grant);
        assertThat(ports.accessGrants().find(TokenHash.of("anonymous"))).contains(grant);
    }

    @Test
    void aServiceGrantKeepsItsScopes() {
        AccessGrant grant = new AccessGrant(
                TokenHash.of("service"),
                TokenKind.SERVICE,
                demo.name(),
                new ClientId("demo-admin"),
                SESSION,
                Optional.empty(),
                Set.of("customer.customer_read", "customer.customer_manage"),
                NOW,
                NOW.plusSeconds(3600));
        ports.accessGrants().add(grant);
        assertThat(ports.accessGrants().find(TokenHash.of("service"))).contains(grant);
    }

    @Test
    void removingAClientsServiceGrantsLeavesEveryOtherGrant() {
        ClientId backend = new ClientId("demo-backend");
        ports.accessGrants()
                .add(new AccessGrant(
                        TokenHash.of("service-1"),
                        TokenKind.SERVICE,
                        demo.name(),
                        backend,
                        SESSION,
                        Optional.empty(),
                        Set.of(AdminScopes.READ_CUSTOMERS),
                        NOW,
                        NOW.plusSeconds(3600)));
        ports.accessGrants()
                .add(new AccessGrant(
                        TokenHash.of("service-2"),
                        TokenKind.SERVICE,
                        demo.name(),
                        backend,
                        SESSION,
                        Optional.empty(),
                        Set.of(AdminScopes.READ_CUSTOMERS),
                        NOW,
                        NOW.plusSeconds(3600)));
        ports.accessGrants()
                .add(new AccessGrant(
                        TokenHash.of("other-service"),
                        TokenKind.SERVICE,
                        demo.name(),
                        new ClientId("demo-admin"),
                        SESSION,
                        Optional.empty(),
                        Set.of(AdminScopes.READ_CUSTOMERS),
                        NOW,
                        NOW.plusSeconds(3600)));
        ports.accessGrants()
                .add(new AccessGrant(
                        TokenHash.of("anonymous"),
                        TokenKind.ANONYMOUS,
                        demo.name(),
                        STOREFRONT,
                        SESSION,
                        Optional.empty(),
                        Set.of(),
                        NOW,
                        NOW.plusSeconds(3600)));

        assertThat(ports.accessGrants().removeServiceGrantsOf(backend)).isEqualTo(2);
        assertThat(ports.accessGrants().removeServiceGrantsOf(STOREFRONT)).isZero();

        assertThat(ports.accessGrants().find(TokenHash.of("service-1"))).isEmpty();
        assertThat(ports.accessGrants().find(TokenHash.of("service-2"))).isEmpty();
        assertThat(ports.accessGrants().find(TokenHash.of("other-service"))).isPresent();
        assertThat(ports.accessGrants().find(TokenHash.of("anonymous"))).isPresent();
    }

    @Test
    void aRefreshTokenRotatesOnlyOnce() {
        startSession();
        ports.loginSessions()
                .addRefreshToken(
                        new RefreshToken(TokenHash.of("refresh"), SESSION, NOW, NOW.plusSeconds(60), Optional.empty()));
        assertThat(ports.loginSessions().rotate(TokenHash.of("refresh"), NOW)).isTrue();
        assertThat(ports.loginSessions().rotate(TokenHash.of("refresh"), NOW)).isFalse();
        assertThat(ports.loginSessions()
                        .findRefreshToken(TokenHash.of("refresh"))
                        .orElseThrow()
                        .wasRotated())
                .isTrue();
    }

    @Test
    void revokingASessionEndsItsAccessAndRefreshTokens() {
        startSession();
        ports.accessGrants()
                .add(new AccessGrant(
                        TokenHash.of("access"),
                        TokenKind.CUSTOMER,
                        demo.name(),
                        STOREFRONT,
                        SESSION,
                        Optional.of(ada.id()),
                        Set.of(),
                        NOW,
                        NOW.plusSeconds(3600)));
        ports.loginSessions()
                .addRefreshToken(
                        new RefreshToken(TokenHash.of("refresh"), SESSION, NOW, NOW.plusSeconds(60), Optional.empty()));

        ports.loginSessions().revoke(SESSION, NOW);

        assertThat(ports.accessGrants().find(TokenHash.of("access"))).isEmpty();
        assertThat(ports.loginSessions().findRefreshToken(TokenHash.of("refresh")))
                .isEmpty();
        assertThat(ports.loginSessions().find(SESSION).orElseThrow().isRevoked())
                .isTrue();
    }

    @Test
    void revokingAllSessionsOfACustomerCanKeepTheCurrentOne() {
        startSession();
        SessionId other = new SessionId("session-other-000001");
        SessionId third = new SessionId("session-third-000001");
        for (SessionId id : List.of(other, third)) {
            ports.loginSessions()
                    .add(new LoginSession(
                            id, demo.name(), ada.id(), STOREFRONT, NOW, NOW, "curl/8", "127.0.0.1", Optional.empty()));
        }
        ports.loginSessions().revokeAllOf(ada.id(), Optional.of(SESSION), NOW);
        assertThat(ports.loginSessions().find(SESSION).orElseThrow().isRevoked())
                .isFalse();
        assertThat(ports.loginSessions().find(other).orElseThrow().isRevoked()).isTrue();
        assertThat(ports.loginSessions().find(third).orElseThrow().isRevoked()).isTrue();

        ports.loginSessions().revokeAllOf(ada.id(), Optional.empty(), NOW);
        assertThat(ports.loginSessions().find(SESSION).orElseThrow().isRevoked())
                .isTrue();
    }

    @Test
    void deletingACustomerLeavesNothingOfItBehind() {
        startSession();
        ports.accessGrants()
                .add(new AccessGrant(
                        TokenHash.of("access"),
                        TokenKind.CUSTOMER,
                        demo.name(),
                        STOREFRONT,
                        SESSION,
                        Optional.of(ada.id()),
                        Set.of(),
                        NOW,
                        NOW.plusSeconds(3600)));
        ports.loginSessions()
                .addRefreshToken(
                        new RefreshToken(TokenHash.of("refresh"), SESSION, NOW, NOW.plusSeconds(60), Optional.empty()));
        ports.emailTokens().replace(emailToken("mailed"));

        ports.customers().delete(ada.id());

        assertThat(ports.customers().find(demo.name(), ada.id())).isEmpty();
        assertThat(ports.loginSessions().find(SESSION)).isEmpty();
        assertThat(ports.accessGrants().find(TokenHash.of("access"))).isEmpty();
        assertThat(ports.loginSessions().findRefreshToken(TokenHash.of("refresh")))
                .isEmpty();
        assertThat(ports.emailTokens().find(TokenHash.of("mailed"))).isEmpty();
    }

    @Test
    void aNewEmailTokenVoidsTheOlderOneAndEachIsSpentOnce() {
        ports.emailTokens().replace(emailToken("first"));
        ports.emailTokens().replace(emailToken("second"));

        assertThat(ports.emailTokens().find(TokenHash.of("first")).orElseThrow().isSpent())
                .isTrue();
        assertThat(ports.emailTokens().spend(TokenHash.of("second"), NOW)).isTrue();
        assertThat(ports.emailTokens().spend(TokenHash.of("second"), NOW)).isFalse();
    }

    @Test
    void anEmailTokenKeepsItsPayload() {
        EmailToken change = new EmailToken(
                TokenHash.of("change"),
                demo.name(),
                ada.id(),
                EmailTokenPurpose.EMAIL_CHANGE,
                NOW,
                NOW.plusSeconds(3600),
                Optional.empty(),
                Optional.of("ada.new@example.test"));
        ports.emailTokens().replace(change);
        assertThat(ports.emailTokens().find(TokenHash.of("change"))).contains(change);
    }

    @Test
    void aQueuedMailIsClaimedByOneWorkerOnly() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(mail("one"), NOW);

        List<QueuedMail> first = outbox.claimDue(NOW, 10, NOW.plusSeconds(300));
        List<QueuedMail> second = outbox.claimDue(NOW, 10, NOW.plusSeconds(300));

        assertThat(first).hasSize(1).first().satisfies(queued -> {
            assertThat(queued.mail()).isEqualTo(mail("one"));
            assertThat(queued.status()).isEqualTo(QueuedMail.Status.PENDING);
        });
        assertThat(second).isEmpty();
    }

    @Test
    void aMailIsDueAtTheVeryInstantItWasQueuedEvenWithNanosecondsThatWouldRoundUp() {
        Instant queuedAt = NOW.plusNanos(999_999);
        ports.mailOutbox().enqueue(mail("now"), queuedAt);
        assertThat(ports.mailOutbox().claimDue(queuedAt, 10, queuedAt.plusSeconds(300)))
                .hasSize(1);
    }

    @Test
    void aClaimThatRanOutIsClaimedAgain() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(mail("one"), NOW);
        outbox.claimDue(NOW, 10, NOW.plusSeconds(300));
        assertThat(outbox.claimDue(NOW.plusSeconds(301), 10, NOW.plusSeconds(600)))
                .hasSize(1);
    }

    @Test
    void failedMailsAreListedPerTenantNewestFirstWithTheLastError() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(mail("older"), NOW);
        outbox.enqueue(mail("newer"), NOW.plusSeconds(1));
        outbox.enqueue(mail("pending"), NOW.plusSeconds(2));
        for (QueuedMail claimed : outbox.claimDue(NOW.plusSeconds(2), 10, NOW.plusSeconds(300))) {
            if (!claimed.mail().subject().equals("pending")) {
                outbox.markFailed(
                        claimed.id(),
                        10,
                        "550 mailbox unavailable " + claimed.mail().subject());
            }
        }

        List<FailedMail> failed = outbox.failed(demo.name(), 10);

        assertThat(failed).extracting(FailedMail::subject).containsExactly("newer", "older");
        assertThat(failed.get(0).attempts()).isEqualTo(10);
        assertThat(failed.get(0).lastError()).contains("550 mailbox unavailable newer");
        assertThat(failed.get(0).recipient().value()).isEqualTo("ada@example.test");
        assertThat(outbox.failed(demo.name(), 1)).hasSize(1);
        assertThat(outbox.failed(new TenantName("other"), 10)).isEmpty();
    }

    @Test
    void deferredRequestsComeBackOldestFirstWithWhatTheyCarryUntilRemovedAndOnlyOneRemovalWins() {
        DeferredRequests requests = ports.deferredRequests();
        DeferredRequest reset = new DeferredRequest(
                "request-2",
                DeferredRequest.Kind.PASSWORD_RESET,
                demo.name(),
                ada.email(),
                Optional.of(CustomerType.CUSTOMER),
                Optional.empty(),
                Optional.empty(),
                NOW.plusSeconds(2));
        DeferredRequest resend = new DeferredRequest(
                "request-1",
                DeferredRequest.Kind.ACTIVATION_RESEND,
                demo.name(),
                new EmailAddress("bob@example.test"),
                Optional.empty(),
                Optional.of(new RequestOrigin("203.0.113.7", "Firefox")),
                Optional.empty(),
                NOW.plusSeconds(1));
        requests.add(reset);
        requests.add(resend);

        assertThat(requests.oldest(NOW.plusSeconds(3), 10)).containsExactly(resend, reset);
        assertThat(requests.oldest(NOW.plusSeconds(2), 10)).containsExactly(resend);
        assertThat(requests.oldest(NOW.plusSeconds(3), 1)).containsExactly(resend);

        assertThat(requests.remove("request-1")).isTrue();
        assertThat(requests.remove("request-1")).isFalse();
        assertThat(requests.oldest(NOW.plusSeconds(3), 10)).containsExactly(reset);
    }

    @Test
    void aDeferredSignupComesBackWithItsPasswordHashProfileAndAddressAndLeavesWithItsRequest() {
        DeferredRequests requests = ports.deferredRequests();
        Profile profile = Profile.defaults()
                .apply(new ProfilePatch(
                        Change.to("Dr"),
                        Change.to("Ada"),
                        Change.keep(),
                        Change.to("Lovelace"),
                        Change.keep(),
                        Change.to("Engines Ltd"),
                        Change.to("de_DE"),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        Change.to("{\"source\":\"ad\"}"),
                        Change.keep()));
        Address address = Address.empty(AddressId.random())
                .apply(new AddressPatch(
                        Change.to("Ada Lovelace"),
                        Change.keep(),
                        Change.to("Main St"),
                        Change.to("1"),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        Change.to("10115"),
                        Change.to("Berlin"),
                        Change.to("DE"),
                        Change.keep(),
                        Change.keep(),
                        Change.to(List.of("BILLING")),
                        Change.to(true),
                        Change.keep(),
                        Change.keep()));
        DeferredRequest withAddress = new DeferredRequest(
                "signup-1",
                DeferredRequest.Kind.SIGNUP,
                demo.name(),
                new EmailAddress("new@example.test"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new SignupDetails(
                        new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
                        profile,
                        Optional.of(address))),
                NOW);
        DeferredRequest without = new DeferredRequest(
                "signup-2",
                DeferredRequest.Kind.SIGNUP,
                demo.name(),
                new EmailAddress("plain@example.test"),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new SignupDetails(
                        new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
                        Profile.defaults(),
                        Optional.empty())),
                NOW.plusSeconds(1));
        requests.add(withAddress);
        requests.add(without);

        assertThat(requests.oldest(NOW.plusSeconds(2), 10)).containsExactly(withAddress, without);

        assertThat(requests.remove("signup-1")).isTrue();
        assertThat(requests.oldest(NOW.plusSeconds(2), 10)).containsExactly(without);
    }

    @Test
    void aMailGivenUpKeepsNoTextSoNoLiveLinkStaysInTheDatabase() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(
                new ComposedMail(
                        demo.name(),
                        ada.email(),
                        "Reset your password",
                        "https://shop.example/reset?token=secret-link-token",
                        "<a href=\"https://shop.example/reset?token=secret-link-token\">"),
                NOW);
        QueuedMail claimed = outbox.claimDue(NOW, 10, NOW.plusSeconds(300)).get(0);

        outbox.markFailed(claimed.id(), 10, "550 mailbox unavailable");

        QueuedMail kept = outbox.newest(10).get(0);
        assertThat(kept.mail().subject()).isEqualTo("Reset your password");
        assertThat(kept.mail().textBody()).isEmpty();
        assertThat(kept.mail().htmlBody()).isEmpty();
    }

    @Test
    void aMailToRetryWaitsForItsTimeAndASentMailIsNotClaimedAgain() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(mail("retry"), NOW);
        outbox.enqueue(mail("sent"), NOW.plusMillis(1));
        List<QueuedMail> claimed = outbox.claimDue(NOW.plusMillis(1), 10, NOW.plusSeconds(300));
        QueuedMail retry = claimed.stream()
                .filter(m -> m.mail().subject().equals("retry"))
                .findFirst()
                .orElseThrow();
        QueuedMail sent = claimed.stream()
                .filter(m -> m.mail().subject().equals("sent"))
                .findFirst()
                .orElseThrow();
        outbox.retryLater(retry.id(), 1, NOW.plus(Duration.ofSeconds(30)), "connection refused");
        outbox.markSent(sent.id(), NOW);

        assertThat(outbox.claimDue(NOW.plusSeconds(29), 10, NOW.plusSeconds(300)))
                .isEmpty();
        assertThat(outbox.claimDue(NOW.plusSeconds(31), 10, NOW.plusSeconds(300)))
                .singleElement()
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(1));
        assertThat(outbox.newest(10))
                .extracting(QueuedMail::status)
                .containsExactly(QueuedMail.Status.SENT, QueuedMail.Status.PENDING);
    }

    @Test
    void aFailedMailIsNeverClaimedAgain() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(mail("doomed"), NOW);
        QueuedMail doomed = outbox.claimDue(NOW, 10, NOW.plusSeconds(300)).get(0);
        outbox.markFailed(doomed.id(), 10, "mailbox unavailable");
        assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(1)), 10, NOW.plus(Duration.ofDays(2))))
                .isEmpty();
        assertThat(outbox.newest(1).get(0).status()).isEqualTo(QueuedMail.Status.FAILED);
    }

    @Test
    void aWorkerWhoseClaimRanOutCannotUndoWhatTheNextWorkerRecorded() {
        MailOutbox outbox = ports.mailOutbox();
        outbox.enqueue(mail("slow"), NOW);
        QueuedMail stale = outbox.claimDue(NOW, 10, NOW.plusSeconds(300)).get(0);
        QueuedMail fresh =
                outbox.claimDue(NOW.plusSeconds(301), 10, NOW.plusSeconds(601)).get(0);
        assertThat(fresh.id()).isEqualTo(stale.id());

        outbox.markSent(fresh.id(), NOW.plusSeconds(302));
        outbox.retryLater(stale.id(), 1, NOW.plusSeconds(330), "timed out");
        outbox.markFailed(stale.id(), 1, "timed out");

        assertThat(outbox.newest(1)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(QueuedMail.Status.SENT);
            assertThat(mail.attempts()).isZero();
        });
        assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(1)), 10, NOW.plus(Duration.ofDays(2))))
                .isEmpty();
    }

    private void startSession() {
        ports.loginSessions()
                .add(new LoginSession(
                        SESSION, demo.name(), ada.id(), STOREFRONT, NOW, NOW, "curl/8", "127.0.0.1", Optional.empty()));
    }

    private EmailToken emailToken(String token) {
        return new EmailToken(
                TokenHash.of(token),
                demo.name(),
                ada.id(),
                EmailTokenPurpose.ACTIVATION,
                NOW,
                NOW.plusSeconds(3600),
                Optional.empty(),
                Optional.empty());
    }

    /** A mail of tenant demo to ada, with its subject in its text and HTML. */
    protected ComposedMail mail(String subject) {
        return new ComposedMail(
                demo.name(),
                new EmailAddress("ada@example.test"),
                subject,
                "text " + subject,
                "<p>" + subject + "</p>");
    }
}
