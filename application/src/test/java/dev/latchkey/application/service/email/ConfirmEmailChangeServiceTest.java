package dev.latchkey.application.service.email;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.fake.InMemoryCustomerRepository;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase.Changed;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase.Command;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase.EmailTaken;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase.Result;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase.TokenExpired;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase.TokenInvalid;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.service.MailedTokens;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LinkToken;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmEmailChangeServiceTest {

    private static final String PASSWORD = "correct horse battery";
    private static final EmailAddress OLD = new EmailAddress("ada@example.test");
    private static final EmailAddress NEW = new EmailAddress("ada.new@example.test");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final RequestEmailChangeService request = new RequestEmailChangeService(
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
    private final ConfirmEmailChangeService service = confirmService(ports.customers);

    private Customer ada;
    private String token;

    @BeforeEach
    void requestChange() {
        ada = ports.addCustomer(SHOP, OLD.value(), PASSWORD, AccountStatus.ACTIVE);
        request.request(
                new RequestEmailChangeUseCase.Command(SHOP, ada.id(), OLD, new Password(PASSWORD), NEW, ORIGIN));
        token = FakePorts.tokenFromLink(ports.composer
                .messagesOf(MailMessage.EmailChangeConfirmation.class)
                .get(0)
                .confirmationLink());
    }

    @Test
    void validTokenChangesTheLoginEmail() {
        Result result = service.confirm(command(SHOP, token));

        assertThat(result).isEqualTo(new Changed());
        assertThat(email()).isEqualTo(NEW);
        assertThat(ports.customers.findByEmail(SHOP, OLD)).isEmpty();
    }

    @Test
    void thePreviousAddressGetsAnUndoLinkValidForSevenDays() {
        service.confirm(command(SHOP, token));

        MailMessage.EmailChanged changed =
                ports.composer.messagesOf(MailMessage.EmailChanged.class).get(0);
        assertThat(changed.recipient()).isEqualTo(OLD);
        assertThat(changed.newEmail()).isEqualTo(NEW);
        assertThat(changed.validFor()).isEqualTo(Duration.ofDays(7));
        assertThat(changed.undoLink()).startsWith(FakePorts.PUBLIC_URL + "/ui/shop/email/undo?token=");
        String undo = FakePorts.tokenFromLink(changed.undoLink());
        assertThat(ports.emailTokens.find(TokenHash.of(undo))).hasValueSatisfying(stored -> {
            assertThat(stored.purpose()).isEqualTo(EmailTokenPurpose.EMAIL_CHANGE_UNDO);
            assertThat(stored.customer()).isEqualTo(ada.id());
            assertThat(stored.payload()).contains(OLD.value());
            assertThat(stored.expiresAt()).isEqualTo(ports.clock.instant().plus(Duration.ofDays(7)));
        });
        assertThat(ports.outbox.mails())
                .last()
                .satisfies(mail -> assertThat(mail.recipient()).isEqualTo(OLD));
    }

    @Test
    void tokenIsSingleUse() {
        service.confirm(command(SHOP, token));

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenInvalid());
        assertThat(ports.composer.messagesOf(MailMessage.EmailChanged.class)).hasSize(1);
    }

    @Test
    void tokenExpiresAfter24Hours() {
        ports.clock.advance(Duration.ofHours(24));

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenExpired());
        assertThat(email()).isEqualTo(OLD);
    }

    @Test
    void tokenStillWorksJustBefore24Hours() {
        ports.clock.advance(Duration.ofHours(24).minusSeconds(1));

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new Changed());
    }

    @Test
    void addressTakenSinceTheRequestIsAConflictThatChangesNothingAndKeepsTheToken() {
        ports.addCustomer(SHOP, NEW.value(), PASSWORD, AccountStatus.PENDING);

        Result result = service.confirm(command(SHOP, token));

        assertThat(result).isEqualTo(new EmailTaken());
        assertThat(email()).isEqualTo(OLD);
        assertThat(ports.emailTokens.find(TokenHash.of(token)).orElseThrow().isSpent())
                .isFalse();
        assertThat(ports.composer.messagesOf(MailMessage.EmailChanged.class)).isEmpty();
    }

    @Test
    void addressTakenByAConcurrentChangeIsAConflictToo() {
        InMemoryCustomerRepository racing = new InMemoryCustomerRepository() {
            @Override
            public boolean changeEmail(CustomerId id, EmailAddress email) {
                return false;
            }
        };
        racing.add(ada);
        ConfirmEmailChangeService raced = confirmService(racing);

        assertThat(raced.confirm(command(SHOP, token))).isEqualTo(new EmailTaken());
        assertThat(ports.composer.messagesOf(MailMessage.EmailChanged.class)).isEmpty();
    }

    @Test
    void tokenOfAnotherTenantIsInvalid() {
        assertThat(service.confirm(command(RIVAL, token))).isEqualTo(new TokenInvalid());
        assertThat(email()).isEqualTo(OLD);
    }

    @Test
    void anActivationTokenIsNoEmailChangeToken() {
        ports.activationMailer().send(ports.tenant(SHOP), ada, ports.clock.instant());
        List<MailMessage.Activation> activations = ports.composer.messagesOf(MailMessage.Activation.class);
        String activation = FakePorts.tokenFromLink(activations.get(0).activationLink());

        assertThat(service.confirm(command(SHOP, activation))).isEqualTo(new TokenInvalid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-token", "x"})
    void unknownTokenIsInvalid(String presented) {
        assertThat(service.confirm(command(SHOP, presented))).isEqualTo(new TokenInvalid());
    }

    @Test
    void unknownTenantMakesTheTokenInvalid() {
        assertThat(service.confirm(command(new TenantName("nowhere"), token))).isEqualTo(new TokenInvalid());
    }

    @Test
    void theConfirmationIsRecordedAsASecurityEvent() {
        service.confirm(command(SHOP, token));

        assertThat(ports.events.newestOf(SHOP, ada.id()).get(0).type())
                .isEqualTo(SecurityEventType.EMAIL_CHANGE_CONFIRMED);
    }

    private ConfirmEmailChangeService confirmService(InMemoryCustomerRepository customers) {
        return new ConfirmEmailChangeService(
                new MailedTokens(ports.tenants, ports.emailTokens, customers, ports.transactions, ports.clock),
                customers,
                ports.emailTokens,
                ports.composer,
                ports.outbox,
                ports.links,
                ports.secrets,
                ports.events,
                ports.profiles);
    }

    private EmailAddress email() {
        return ports.customers.find(SHOP, ada.id()).orElseThrow().email();
    }

    private static Command command(TenantName tenant, String presented) {
        return new Command(tenant, new LinkToken(presented), ORIGIN);
    }
}
