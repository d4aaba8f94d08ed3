package dev.latchkey.application.service.email;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase.Command;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase.Requested;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase.Result;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase.WrongCredentials;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.token.EmailToken;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestEmailChangeServiceTest {

    private static final String PASSWORD = "correct horse battery";
    private static final EmailAddress OLD = new EmailAddress("ada@example.test");
    private static final EmailAddress NEW = new EmailAddress("ada.new@example.test");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final RequestEmailChangeService service = new RequestEmailChangeService(
            ports.tenants,
            ports.customers,
            ports.emailTokens,
            ports.hasher,
            new PasswordPolicy(),
            ports.composer,
            ports.outbox,
            ports.links,
            ports.secrets,
            ports.events,
            ports.failedLogins(),
            ports.mailQuota,
            ports.transactions,
            ports.clock);

    private Customer ada;

    @BeforeEach
    void addCustomer() {
        ada = ports.addCustomer(SHOP, OLD.value(), PASSWORD, AccountStatus.ACTIVE);
    }

    @Test
    void freeNewAddressGetsAConfirmationLinkAndTheCurrentAddressANotice() {
        Result result = service.request(command(OLD, PASSWORD, NEW));

        assertThat(result).isEqualTo(new Requested());
        MailMessage.EmailChangeConfirmation confirmation = ports.composer
                .messagesOf(MailMessage.EmailChangeConfirmation.class)
                .get(0);
        assertThat(confirmation.recipient()).isEqualTo(NEW);
        assertThat(confirmation.shopName()).isEqualTo("The shop");
        assertThat(confirmation.validFor()).isEqualTo(Duration.ofHours(24));
        assertThat(confirmation.confirmationLink()).startsWith(FakePorts.PUBLIC_URL + "/ui/shop/email/confirm?token=");
        MailMessage.EmailChangeRequested notice = ports.composer
                .messagesOf(MailMessage.EmailChangeRequested.class)
                .get(0);
        assertThat(notice.recipient()).isEqualTo(OLD);
        assertThat(notice.newEmail()).isEqualTo(NEW);
        assertThat(ports.outbox.mails()).extracting(mail -> mail.recipient()).containsExactlyInAnyOrder(NEW, OLD);
    }

    @Test
    void theTokenIsKeptAsAHashWithTheNewAddressAndLives24Hours() {
        service.request(command(OLD, PASSWORD, NEW));

        String token = FakePorts.tokenFromLink(ports.composer
                .messagesOf(MailMessage.EmailChangeConfirmation.class)
                .get(0)
                .confirmationLink());
        assertThat(ports.emailTokens.find(TokenHash.of(token)))
                .contains(new EmailToken(
                        TokenHash.of(token),
                        SHOP,
                        ada.id(),
                        EmailTokenPurpose.EMAIL_CHANGE,
                        ports.clock.instant(),
                        ports.clock.instant().plus(Duration.ofHours(24)),
                        Optional.empty(),
                        Optional.of(NEW.value())));
    }

    @Test
    void theLoginEmailDoesNotChangeYet() {
        service.request(command(OLD, PASSWORD, NEW));

        assertThat(ports.customers.find(SHOP, ada.id()).orElseThrow().email()).isEqualTo(OLD);
    }

    @Test
    void aNewRequestVoidsTheOlderLink() {
        service.request(command(OLD, PASSWORD, NEW));
        service.request(command(OLD, PASSWORD, new EmailAddress("ada.other@example.test")));

        assertThat(ports.emailTokens.all())
                .filteredOn(token -> !token.isSpent())
                .singleElement()
                .satisfies(token -> assertThat(token.payload()).contains("ada.other@example.test"));
    }

    @Test
    void wrongPasswordChangesNothingAndSendsNothing() {
        Result result = service.request(command(OLD, "not the password", NEW));

        assertThat(result).isEqualTo(new WrongCredentials());
        assertThat(ports.outbox.mails()).isEmpty();
        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.events.all()).isEmpty();
    }

    @Test
    void anEmailThatIsNotTheLoginEmailIsWrongCredentialsAfterTheSameOneHash() {
        Result wrongEmail = service.request(command(new EmailAddress("bob@example.test"), PASSWORD, NEW));

        assertThat(wrongEmail).isEqualTo(new WrongCredentials());
        assertThat(ports.hasher.expensiveCalls()).isEqualTo(1);
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void thePasswordCheckCostsExactlyOneHash() {
        service.request(command(OLD, PASSWORD, NEW));

        assertThat(ports.hasher.verifiedAgainst())
                .containsExactly(ada.passwordHash().orElseThrow());
        assertThat(ports.hasher.hashCalls()).isZero();
    }

    @Test
    void anOverlongPasswordIsWrongCredentialsWithoutAnyHash() {
        assertThat(service.request(command(OLD, "x".repeat(65), NEW))).isEqualTo(new WrongCredentials());
        assertThat(ports.hasher.expensiveCalls()).isZero();
    }

    @Test
    void aTakenNewAddressGetsTheSameAnswerAndTheSameNoticeButNoLink() {
        Customer bob = ports.addCustomer(SHOP, "bob@example.test", PASSWORD, AccountStatus.ACTIVE);

        Result result = service.request(command(OLD, PASSWORD, bob.email()));

        assertThat(result).isEqualTo(new Requested());
        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.composer.messagesOf(MailMessage.EmailChangeConfirmation.class))
                .isEmpty();
        assertThat(ports.outbox.mails())
                .singleElement()
                .satisfies(mail -> assertThat(mail.recipient()).isEqualTo(OLD));
        assertThat(ports.composer.messagesOf(MailMessage.EmailChangeRequested.class))
                .singleElement()
                .satisfies(notice -> assertThat(notice.newEmail()).isEqualTo(bob.email()));
        assertThat(ports.customers.find(SHOP, ada.id()).orElseThrow().email()).isEqualTo(OLD);
        assertThat(ports.customers.find(SHOP, bob.id()).orElseThrow().email()).isEqualTo(bob.email());
    }

    @Test
    void aTakenNewAddressLeavesAPendingChangeUsable() {
        service.request(command(OLD, PASSWORD, NEW));
        Customer bob = ports.addCustomer(SHOP, "bob@example.test", PASSWORD, AccountStatus.ACTIVE);

        service.request(command(OLD, PASSWORD, bob.email()));

        assertThat(ports.emailTokens.all())
                .singleElement()
                .satisfies(token -> assertThat(token.isSpent()).isFalse());
    }

    @Test
    void theCurrentAddressAsNewAddressChangesNothingAndSendsNothing() {
        assertThat(service.request(command(OLD, PASSWORD, OLD))).isEqualTo(new Requested());
        assertThat(ports.outbox.mails()).isEmpty();
        assertThat(ports.emailTokens.all()).isEmpty();
    }

    @Test
    void theRequestIsRecordedAsASecurityEvent() {
        service.request(command(OLD, PASSWORD, NEW));

        assertThat(ports.events.newestOf(SHOP, ada.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        ada.id(),
                        SecurityEventType.EMAIL_CHANGE_REQUESTED,
                        ports.clock.instant(),
                        ORIGIN.ip(),
                        ORIGIN.userAgent()));
    }

    @Test
    void tokenAndMailsAreWrittenInOneTransaction() {
        service.request(command(OLD, PASSWORD, NEW));

        assertThat(ports.transactions.count()).isEqualTo(1);
    }

    private Command command(EmailAddress email, String password, EmailAddress newEmail) {
        return new Command(SHOP, ada.id(), email, new Password(password), newEmail, ORIGIN);
    }
}
