package dev.latchkey.adapter.persistence;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static dev.latchkey.application.port.out.contract.TestData.customer;
import static dev.latchkey.application.port.out.contract.TestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.ExpiredRecords;
import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.application.port.out.MailKind;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.MailQuota;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.token.AccessGrant;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.RefreshToken;
import dev.latchkey.domain.token.SessionId;
import dev.latchkey.domain.token.TokenKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the purge deletes and, as much, what it must leave alone; run on H2 and PostgreSQL. */
abstract class ExpiredRecordsContract {

    private static final ClientId STOREFRONT = new ClientId("demo-storefront");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(1));
    private static final Instant BEFORE_CUTOFF = CUTOFF.minusSeconds(1);
    private static final Instant AFTER_CUTOFF = CUTOFF.plusSeconds(1);

    private Persistence persistence;
    private ExpiredRecords expired;
    private Jdbi sql;
    private final Tenant demo = tenant("demo");
    private Customer ada;

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @BeforeEach
    void open() {
        DatabaseSettings settings = settings();
        persistence = Persistence.open(settings);
        expired = persistence.expiredRecords();
        sql = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
        persistence.tenants().add(demo);
        ada = customer(demo, "ada@example.test", "1");
        persistence.customers().add(ada);
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void accessGrantsGoOnceExpiredBeforeTheCutoff() {
        grant("long-expired", "anonymous-session", BEFORE_CUTOFF);
        grant("recently-expired", "anonymous-session", AFTER_CUTOFF);
        grant("live", "anonymous-session", NOW.plusSeconds(3600));

        assertThat(expired.removeAccessGrantsExpiredBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(persistence.accessGrants().find(TokenHash.of("long-expired")))
                .isEmpty();
        assertThat(persistence.accessGrants().find(TokenHash.of("recently-expired")))
                .isPresent();
        assertThat(persistence.accessGrants().find(TokenHash.of("live"))).isPresent();
    }

    @Test
    void aBatchDeletesAtMostItsLimit() {
        for (int i = 0; i < 5; i++) {
            grant("expired-" + i, "anonymous-session", BEFORE_CUTOFF);
        }

        assertThat(expired.removeAccessGrantsExpiredBefore(CUTOFF, 2)).isEqualTo(2);
        assertThat(expired.removeAccessGrantsExpiredBefore(CUTOFF, 2)).isEqualTo(2);
        assertThat(expired.removeAccessGrantsExpiredBefore(CUTOFF, 2)).isEqualTo(1);
        assertThat(expired.removeAccessGrantsExpiredBefore(CUTOFF, 2)).isZero();
        assertThat(count("access_grant")).isZero();
    }

    @Test
    void refreshTokensGoOnceExpiredBeforeTheCutoffRotatedOrNot() {
        session("session-0000000001", NOW, Optional.empty());
        refreshToken("expired", "session-0000000001", BEFORE_CUTOFF);
        refreshToken("expired-rotated", "session-0000000001", BEFORE_CUTOFF);
        persistence.loginSessions().rotate(TokenHash.of("expired-rotated"), BEFORE_CUTOFF.minusSeconds(60));
        refreshToken("live", "session-0000000001", NOW.plus(Duration.ofDays(30)));

        assertThat(expired.removeRefreshTokensExpiredBefore(CUTOFF, 100)).isEqualTo(2);

        assertThat(persistence.loginSessions().findRefreshToken(TokenHash.of("expired")))
                .isEmpty();
        assertThat(persistence.loginSessions().findRefreshToken(TokenHash.of("expired-rotated")))
                .isEmpty();
        assertThat(persistence.loginSessions().findRefreshToken(TokenHash.of("live")))
                .isPresent();
    }

    @Test
    void aSessionGoesWhenItWasRevokedBeforeTheCutoff() {
        session("revoked-long-ago", NOW.minus(Duration.ofDays(3)), Optional.of(BEFORE_CUTOFF));
        session("revoked-recently", NOW.minus(Duration.ofDays(3)), Optional.of(AFTER_CUTOFF));

        assertThat(expired.removeSessionsEndedBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(persistence.loginSessions().find(new SessionId("revoked-long-ago")))
                .isEmpty();
        assertThat(persistence.loginSessions().find(new SessionId("revoked-recently")))
                .isPresent();
    }

    @Test
    void anUnrevokedSessionGoesOnlyWhenUnusedSinceTheCutoffAndWithoutAnyToken() {
        session("no-tokens-left-00", BEFORE_CUTOFF, Optional.empty());
        session("used-recently-000", AFTER_CUTOFF, Optional.empty());
        session("with-refresh-token", BEFORE_CUTOFF, Optional.empty());
        refreshToken("refresh", "with-refresh-token", NOW.plus(Duration.ofDays(29)));
        session("with-page-token-0", BEFORE_CUTOFF, Optional.empty());
        grant("page", "with-page-token-0", NOW.plusSeconds(3600));

        assertThat(expired.removeSessionsEndedBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(persistence.loginSessions().find(new SessionId("no-tokens-left-00")))
                .isEmpty();
        assertThat(persistence.loginSessions().find(new SessionId("used-recently-000")))
                .isPresent();
        assertThat(persistence.loginSessions().find(new SessionId("with-refresh-token")))
                .isPresent();
        assertThat(persistence.loginSessions().find(new SessionId("with-page-token-0")))
                .isPresent();
    }

    @Test
    void emailTokensGoOnceExpiredBeforeTheCutoffSpentOrNot() {
        emailToken("expired", BEFORE_CUTOFF);
        emailToken("expired-spent", BEFORE_CUTOFF);
        persistence.emailTokens().spend(TokenHash.of("expired-spent"), BEFORE_CUTOFF.minusSeconds(60));
        emailToken("recently-expired", AFTER_CUTOFF);

        assertThat(expired.removeEmailTokensExpiredBefore(CUTOFF, 100)).isEqualTo(2);

        assertThat(persistence.emailTokens().find(TokenHash.of("expired"))).isEmpty();
        assertThat(persistence.emailTokens().find(TokenHash.of("expired-spent")))
                .isEmpty();
        assertThat(persistence.emailTokens().find(TokenHash.of("recently-expired")))
                .isPresent();
    }

    @Test
    void deliveredMailGoesOnceSentBeforeTheCutoffAndPendingMailNever() {
        MailOutbox outbox = persistence.mailOutbox();
        outbox.enqueue(mail("sent long ago"), BEFORE_CUTOFF.minusSeconds(60));
        outbox.enqueue(mail("sent recently"), BEFORE_CUTOFF.minusSeconds(60));
        outbox.enqueue(mail("still pending"), BEFORE_CUTOFF.minusSeconds(60));
        for (QueuedMail claimed : outbox.claimDue(BEFORE_CUTOFF, 10, NOW)) {
            switch (claimed.mail().subject()) {
                case "sent long ago" -> outbox.markSent(claimed.id(), BEFORE_CUTOFF);
                case "sent recently" -> outbox.markSent(claimed.id(), AFTER_CUTOFF);
                default -> {}
            }
        }

        assertThat(expired.removeMailsSentBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(outbox.newest(10))
                .extracting(mail -> mail.mail().subject())
                .containsExactlyInAnyOrder("sent recently", "still pending");
    }

    @Test
    void failedMailGoesOnceQueuedBeforeItsCutoff() {
        MailOutbox outbox = persistence.mailOutbox();
        outbox.enqueue(mail("failed long ago"), BEFORE_CUTOFF);
        outbox.enqueue(mail("failed recently"), AFTER_CUTOFF);
        for (QueuedMail claimed : outbox.claimDue(NOW, 10, NOW.plusSeconds(60))) {
            outbox.markFailed(claimed.id(), 10, "550 no such mailbox");
        }

        assertThat(expired.removeMailsSentBefore(CUTOFF, 100)).isZero();
        assertThat(expired.removeFailedMailsQueuedBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(outbox.failed(demo.name(), 10))
                .extracting(failed -> failed.subject())
                .containsExactly("failed recently");
    }

    @Test
    void failedLoginCountsGoOnceTheirWindowStartedBeforeTheCutoff() {
        Key old = Key.account(demo.name(), new EmailAddress("old@example.test"));
        Key recent = Key.account(demo.name(), new EmailAddress("recent@example.test"));
        persistence.loginFailures().recordFailure(old, BEFORE_CUTOFF, Duration.ofHours(24));
        persistence.loginFailures().recordFailure(recent, AFTER_CUTOFF, Duration.ofHours(24));

        assertThat(expired.removeLoginFailuresWindowedBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(persistence.loginFailures().find(old)).isEmpty();
        assertThat(persistence.loginFailures().find(recent)).isPresent();
    }

    @Test
    void mailQuotaSlotsGoOnceUsedBeforeTheCutoffAndTheQuotaStillHolds() {
        MailQuota quota = persistence.mailQuota(2, Duration.ofHours(1));
        EmailAddress bea = new EmailAddress("bea@example.test");
        quota.tryConsume(demo.name(), bea, MailKind.PASSWORD_RESET, BEFORE_CUTOFF);
        quota.tryConsume(demo.name(), bea, MailKind.PASSWORD_RESET, AFTER_CUTOFF);

        assertThat(expired.removeMailQuotaSlotsUsedBefore(CUTOFF, 100)).isEqualTo(1);

        assertThat(count("mail_quota")).isEqualTo(1);
        assertThat(quota.tryConsume(demo.name(), bea, MailKind.PASSWORD_RESET, AFTER_CUTOFF))
                .isTrue();
        assertThat(quota.tryConsume(demo.name(), bea, MailKind.PASSWORD_RESET, AFTER_CUTOFF))
                .isFalse();
    }

    private void grant(String token, String session, Instant expiresAt) {
        persistence
                .accessGrants()
                .add(new AccessGrant(
                        TokenHash.of(token),
                        TokenKind.CUSTOMER,
                        demo.name(),
                        STOREFRONT,
                        new SessionId(session),
                        Optional.of(ada.id()),
                        Set.of(),
                        expiresAt.minusSeconds(300),
                        expiresAt));
    }

    private void session(String id, Instant lastUsed, Optional<Instant> revoked) {
        persistence
                .loginSessions()
                .add(new LoginSession(
                        new SessionId(id),
                        demo.name(),
                        ada.id(),
                        STOREFRONT,
                        lastUsed.minusSeconds(60),
                        lastUsed,
                        "curl/8",
                        "127.0.0.1",
                        revoked));
    }

    private void refreshToken(String token, String session, Instant expiresAt) {
        persistence
                .loginSessions()
                .addRefreshToken(new RefreshToken(
                        TokenHash.of(token),
                        new SessionId(session),
                        expiresAt.minus(Duration.ofDays(30)),
                        expiresAt,
                        Optional.empty()));
    }

    private void emailToken(String token, Instant expiresAt) {
        persistence
                .emailTokens()
                .add(new EmailToken(
                        TokenHash.of(token),
                        demo.name(),
                        ada.id(),
                        EmailTokenPurpose.PASSWORD_RESET,
                        expiresAt.minusSeconds(1800),
                        expiresAt,
                        Optional.empty(),
                        Optional.empty()));
    }

    private ComposedMail mail(String subject) {
        return new ComposedMail(demo.name(), new EmailAddress("ada@example.test"), subject, "text", "<p>html</p>");
    }

    private int count(String table) {
        return sql.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class)
                .one());
    }
}
