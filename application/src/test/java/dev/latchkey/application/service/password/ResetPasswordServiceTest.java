package dev.latchkey.application.service.password;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.fake.InMemoryEmailTokenRepository;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.Command;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.PasswordRejected;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.PasswordReset;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.PasswordsDiffer;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.Result;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.TokenExpired;
import dev.latchkey.application.port.in.password.ResetPasswordUseCase.TokenInvalid;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.EmailTokenRepository;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LinkToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResetPasswordServiceTest {

    private static final String EMAIL = "ada@example.test";
    private static final String OLD_PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.4", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final Customer ada = ports.addCustomer(SHOP, EMAIL, OLD_PASSWORD, AccountStatus.ACTIVE);
    private final ResetPasswordService service = serviceWith(ports.emailTokens);

    @Test
    void aValidTokenSetsTheNewPasswordAndSpendsTheToken() {
        String token = mailResetLink(EMAIL);

        Result result = service.reset(command(token, NEW_PASSWORD));

        assertThat(result).isEqualTo(new PasswordReset());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(NEW_PASSWORD));
        assertThat(ports.emailTokens.find(TokenHash.of(token)))
                .get()
                .satisfies(t -> assertThat(t.isSpent()).isTrue());
    }

    @Test
    void aResetClearsTheAccountsWrongPasswordsAndIsASecurityEvent() {
        String token = mailResetLink(EMAIL);
        FailedLoginCounter failedLogins = ports.failedLogins();
        for (int attempt = 0; attempt < 5; attempt++) {
            failedLogins.failed(SHOP, ada.email(), "203.0.113.9", ports.clock.instant());
        }
        assertThat(failedLogins.waitBefore(SHOP, ada.email(), "198.51.100.4", ports.clock.instant()))
                .isPresent();

        service.reset(command(token, NEW_PASSWORD));

        assertThat(failedLogins.waitBefore(SHOP, ada.email(), "198.51.100.4", ports.clock.instant()))
                .isEmpty();
        assertThat(ports.events.newestOf(SHOP, ada.id()))
                .first()
                .satisfies(event -> assertThat(event.type()).isEqualTo(SecurityEventType.PASSWORD_RESET));
    }

    @Test
    void aResetEndsEverySessionOfTheCustomer() {
        CustomerTokens phone = PasswordServices.logIn(ports, ada);
        CustomerTokens laptop = PasswordServices.logIn(ports, ada);
        String token = mailResetLink(EMAIL);

        service.reset(command(token, NEW_PASSWORD));

        assertThat(ports.sessions.get(phone.session()).isRevoked()).isTrue();
        assertThat(ports.sessions.get(laptop.session()).isRevoked()).isTrue();
        assertThat(ports.grants.all()).isEmpty();
    }

    @Test
    void aResetQueuesAPasswordChangedNoticeToTheCustomer() {
        String token = mailResetLink(EMAIL);

        service.reset(command(token, NEW_PASSWORD));

        assertThat(ports.composer.messagesOf(MailMessage.PasswordChanged.class))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(ada.email());
                    assertThat(notice.shopName()).isEqualTo("The shop");
                    assertThat(notice.passwordForgottenLink())
                            .isEqualTo(FakePorts.PUBLIC_URL + "/ui/shop/password/forgot");
                });
        assertThat(ports.outbox.mails()).hasSize(2);
    }

    @Test
    void aResetTokenIsSingleUse() {
        String token = mailResetLink(EMAIL);

        assertThat(service.reset(command(token, NEW_PASSWORD))).isEqualTo(new PasswordReset());
        assertThat(service.reset(command(token, "yet another passphrase"))).isEqualTo(new TokenInvalid());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(NEW_PASSWORD));
    }

    @Test
    void aTokenWorksUntilThirtyMinutesHavePassedAndIsExpiredThen() {
        String early = mailResetLink(EMAIL);
        ports.clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(service.reset(command(early, NEW_PASSWORD))).isEqualTo(new PasswordReset());

        String late = mailResetLink(EMAIL);
        ports.clock.advance(Duration.ofMinutes(30));
        assertThat(service.reset(command(late, "yet another passphrase"))).isEqualTo(new TokenExpired());
        assertThat(ports.emailTokens.find(TokenHash.of(late)))
                .get()
                .satisfies(t -> assertThat(t.isSpent()).isFalse());
    }

    @Test
    void anOlderLinkStopsWorkingWhenANewerOneIsMailed() {
        String older = mailResetLink(EMAIL);
        String newer = mailResetLink(EMAIL);

        assertThat(service.reset(command(older, NEW_PASSWORD))).isEqualTo(new TokenInvalid());
        assertThat(service.reset(command(newer, NEW_PASSWORD))).isEqualTo(new PasswordReset());
    }

    @Test
    void unknownAndForeignTokensAreInvalid() {
        Customer rivalAda = ports.addCustomer(RIVAL, EMAIL, OLD_PASSWORD, AccountStatus.ACTIVE);
        String rivalToken = mailResetLink(RIVAL, rivalAda.email());

        assertThat(service.reset(command("never-issued", NEW_PASSWORD))).isEqualTo(new TokenInvalid());
        assertThat(service.reset(command(rivalToken, NEW_PASSWORD))).isEqualTo(new TokenInvalid());
        assertThat(ports.hasher.hashCalls()).isZero();
    }

    @Test
    void anActivationTokenIsNoResetToken() {
        Customer pending = ports.addCustomer(SHOP, "pending@example.test", OLD_PASSWORD, AccountStatus.PENDING);
        ports.activationMailer().send(ports.tenant(SHOP), pending, ports.clock.instant());
        String activationToken =
                ports.secrets.tokens().get(ports.secrets.tokens().size() - 1);

        assertThat(service.reset(command(activationToken, NEW_PASSWORD))).isEqualTo(new TokenInvalid());
    }

    @Test
    void aTokenOfAnAccountBlockedSinceTheMailIsInvalid() {
        String token = mailResetLink(EMAIL);
        ports.customers.updateStatus(ada.id(), AccountStatus.BLOCKED);

        assertThat(service.reset(command(token, NEW_PASSWORD))).isEqualTo(new TokenInvalid());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
    }

    @Test
    void aDifferentConfirmationIsRefusedAndLeavesTheTokenUnspent() {
        String token = mailResetLink(EMAIL);

        Result result = service.reset(new Command(
                SHOP,
                new LinkToken(token),
                new Password(NEW_PASSWORD),
                Optional.of(new Password(NEW_PASSWORD + "!")),
                ORIGIN));

        assertThat(result).isEqualTo(new PasswordsDiffer());
        assertUnchanged(token);
        assertThat(service.reset(new Command(
                        SHOP,
                        new LinkToken(token),
                        new Password(NEW_PASSWORD),
                        Optional.of(new Password(NEW_PASSWORD)),
                        ORIGIN)))
                .isEqualTo(new PasswordReset());
    }

    @Test
    void aPasswordFailingThePolicyIsRefusedWithEveryRuleAndLeavesTheTokenUnspent() {
        String token = mailResetLink(EMAIL);

        assertThat(service.reset(command(token, "ada")))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.TOO_SHORT, PasswordRule.CONTAINS_EMAIL)));
        assertThat(service.reset(command(token, "password")))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.COMMON_PASSWORD)));
        assertUnchanged(token);
    }

    @Test
    void theLoserOfTwoSimultaneousResetsWithOneTokenChangesNothing() {
        String token = mailResetLink(EMAIL);
        EmailTokenRepository racing = new RacingTokens(ports.emailTokens, ports.clock.instant());

        Result result = serviceWith(racing).reset(command(token, NEW_PASSWORD));

        assertThat(result).isEqualTo(new TokenInvalid());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
        assertThat(ports.composer.messagesOf(MailMessage.PasswordChanged.class)).isEmpty();
    }

    @Test
    void thePasswordIsHashedOutsideTheTransaction() {
        String token = mailResetLink(EMAIL);
        List<Boolean> insideTransaction = new ArrayList<>();
        PasswordHasher watching = new PasswordHasher() {
            @Override
            public PasswordHash hash(Password password) {
                insideTransaction.add(ports.transactions.isOpen());
                return ports.hasher.hash(password);
            }

            @Override
            public boolean verify(Password password, PasswordHash hash) {
                return ports.hasher.verify(password, hash);
            }

            @Override
            public boolean needsRehash(PasswordHash hash) {
                return ports.hasher.needsRehash(hash);
            }
        };
        ResetPasswordService hashingWatched = new ResetPasswordService(
                ports.mailedTokens(),
                watching,
                PasswordServices.POLICY,
                PasswordServices.replacer(ports),
                ports.failedLogins());

        assertThat(hashingWatched.reset(command(token, NEW_PASSWORD))).isEqualTo(new PasswordReset());
        assertThat(insideTransaction).containsExactly(false);
    }

    private void assertUnchanged(String token) {
        assertThat(ports.emailTokens.find(TokenHash.of(token)))
                .get()
                .satisfies(t -> assertThat(t.isSpent()).isFalse());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
        assertThat(ports.composer.messagesOf(MailMessage.PasswordChanged.class)).isEmpty();
    }

    private String mailResetLink(String email) {
        return mailResetLink(SHOP, new EmailAddress(email));
    }

    private String mailResetLink(TenantName tenant, EmailAddress email) {
        int before = ports.composer.messagesOf(MailMessage.PasswordReset.class).size();
        ports.resetMailer().mailIfActive(tenant, email);
        List<MailMessage.PasswordReset> resets = ports.composer.messagesOf(MailMessage.PasswordReset.class);
        assertThat(resets).hasSize(before + 1);
        return FakePorts.tokenFromLink(resets.get(before).resetLink());
    }

    private ResetPasswordService serviceWith(EmailTokenRepository emailTokens) {
        return new ResetPasswordService(
                new MailedTokens(ports.tenants, emailTokens, ports.customers, ports.transactions, ports.clock),
                ports.hasher,
                PasswordServices.POLICY,
                PasswordServices.replacer(ports),
                ports.failedLogins());
    }

    private static Command command(String token, String password) {
        return new Command(SHOP, new LinkToken(token), new Password(password), Optional.empty(), ORIGIN);
    }

    /** Another request spends the token between this one's check and its own spend. */
    private static final class RacingTokens implements EmailTokenRepository {

        private final InMemoryEmailTokenRepository tokens;
        private final Instant when;

        RacingTokens(InMemoryEmailTokenRepository tokens, Instant when) {
            this.tokens = tokens;
            this.when = when;
        }

        @Override
        public void replace(EmailToken token) {
            tokens.replace(token);
        }

        @Override
        public void add(EmailToken token) {
            tokens.add(token);
        }

        @Override
        public Optional<EmailToken> find(TokenHash tokenHash) {
            return tokens.find(tokenHash);
        }

        @Override
        public boolean spend(TokenHash tokenHash, Instant at) {
            tokens.spend(tokenHash, when);
            return tokens.spend(tokenHash, at);
        }

        @Override
        public void voidAll(CustomerId customer, EmailTokenPurpose purpose, Instant at) {
            tokens.voidAll(customer, purpose, at);
        }
    }
}
