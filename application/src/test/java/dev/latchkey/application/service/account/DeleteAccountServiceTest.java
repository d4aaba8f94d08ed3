package dev.latchkey.application.service.account;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase.Command;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase.Deleted;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase.Result;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase.TokenExpired;
import dev.latchkey.application.port.in.account.DeleteAccountUseCase.TokenInvalid;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailTokenPurpose;
import dev.latchkey.domain.token.LinkToken;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteAccountServiceTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final RequestAccountDeletionService request = new RequestAccountDeletionService(
            ports.tenants,
            ports.customers,
            ports.emailTokens,
            ports.composer,
            ports.outbox,
            ports.links,
            ports.secrets,
            ports.events,
            ports.mailQuota,
            ports.transactions,
            ports.clock);
    private final DeleteAccountService service =
            new DeleteAccountService(ports.mailedTokens(), ports.customers, ports.outbox, ports.events);

    private Customer ada;
    private Customer bob;
    private CustomerTokens adaSession;

    @BeforeEach
    void requestDeletion() {
        ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        bob = ports.addCustomer(SHOP, "bob@example.test", "correct horse battery", AccountStatus.ACTIVE);
        adaSession = ports.tokenFactory()
                .startSession(ports.tenant(SHOP), ada, SHOP_STOREFRONT, ORIGIN, ports.clock.instant());
    }

    @Test
    void theRequestMailsAConfirmationLinkValidFor24HoursToTheLoginEmail() {
        request.request(new RequestAccountDeletionUseCase.Command(SHOP, ada.id(), ORIGIN));

        MailMessage.AccountDeletionConfirmation mail = ports.composer
                .messagesOf(MailMessage.AccountDeletionConfirmation.class)
                .get(0);
        assertThat(mail.recipient()).isEqualTo(ada.email());
        assertThat(mail.shopName()).isEqualTo("The shop");
        assertThat(mail.validFor()).isEqualTo(Duration.ofHours(24));
        assertThat(mail.confirmationLink()).startsWith(FakePorts.PUBLIC_URL + "/ui/shop/profile/delete?token=");
        assertThat(ports.emailTokens.find(TokenHash.of(FakePorts.tokenFromLink(mail.confirmationLink()))))
                .hasValueSatisfying(token -> {
                    assertThat(token.purpose()).isEqualTo(EmailTokenPurpose.ACCOUNT_DELETION);
                    assertThat(token.customer()).isEqualTo(ada.id());
                });
        assertThat(ports.customers.find(SHOP, ada.id())).isPresent();
        assertThat(ports.events.newestOf(SHOP, ada.id()).get(0).type())
                .isEqualTo(SecurityEventType.ACCOUNT_DELETION_REQUESTED);
    }

    @Test
    void validTokenErasesTheCustomerWithItsSessionsTokensAndEvents() {
        String token = requestToken(ada.id());

        Result result = service.delete(command(SHOP, ada.id(), token));

        assertThat(result).isEqualTo(new Deleted());
        assertThat(ports.customers.find(SHOP, ada.id())).isEmpty();
        assertThat(ports.sessions.find(adaSession.session())).isEmpty();
        assertThat(ports.grants.find(TokenHash.of(adaSession.accessToken()))).isEmpty();
        assertThat(ports.emailTokens.all()).noneMatch(t -> t.customer().equals(ada.id()));
        assertThat(ports.events.newestOf(SHOP, ada.id())).isEmpty();
        assertThat(ports.customers.find(SHOP, bob.id())).isPresent();
    }

    @Test
    void theMailsToTheErasedAddressLeaveTheOutbox() {
        String token = requestToken(ada.id());
        requestToken(bob.id());

        service.delete(command(SHOP, ada.id(), token));

        assertThat(ports.outbox.mails())
                .isNotEmpty()
                .noneMatch(mail -> mail.recipient().equals(ada.email()));
    }

    @Test
    void whatRemainsIsOneEventWithoutAnythingPersonal() {
        service.delete(command(SHOP, ada.id(), requestToken(ada.id())));

        assertThat(ports.events.all())
                .singleElement()
                .isEqualTo(SecurityEvent.anonymous(SHOP, SecurityEventType.ACCOUNT_DELETED, ports.clock.instant()));
    }

    @Test
    void tokenOfAnotherCustomerIsInvalidAndDeletesNobody() {
        String bobsToken = requestToken(bob.id());

        assertThat(service.delete(command(SHOP, ada.id(), bobsToken))).isEqualTo(new TokenInvalid());
        assertThat(ports.customers.all()).hasSize(2);
        assertThat(service.delete(command(SHOP, bob.id(), bobsToken))).isEqualTo(new Deleted());
    }

    @Test
    void expiredTokenOfAnotherCustomerIsInvalidNotExpired() {
        String bobsToken = requestToken(bob.id());
        ports.clock.advance(Duration.ofDays(2));

        assertThat(service.delete(command(SHOP, ada.id(), bobsToken))).isEqualTo(new TokenInvalid());
    }

    @Test
    void tokenExpiresAfter24Hours() {
        String token = requestToken(ada.id());
        ports.clock.advance(Duration.ofHours(24));

        assertThat(service.delete(command(SHOP, ada.id(), token))).isEqualTo(new TokenExpired());
        assertThat(ports.customers.find(SHOP, ada.id())).isPresent();
    }

    @Test
    void aNewRequestVoidsTheOlderLink() {
        String older = requestToken(ada.id());
        String newer = requestToken(ada.id());

        assertThat(service.delete(command(SHOP, ada.id(), older))).isEqualTo(new TokenInvalid());
        assertThat(service.delete(command(SHOP, ada.id(), newer))).isEqualTo(new Deleted());
    }

    @Test
    void tokenOfAnotherTenantIsInvalid() {
        String token = requestToken(ada.id());

        assertThat(service.delete(command(RIVAL, ada.id(), token))).isEqualTo(new TokenInvalid());
        assertThat(service.delete(command(new TenantName("nowhere"), ada.id(), token)))
                .isEqualTo(new TokenInvalid());
        assertThat(ports.customers.find(SHOP, ada.id())).isPresent();
    }

    @Test
    void unknownTokenIsInvalid() {
        requestToken(ada.id());

        assertThat(service.delete(command(SHOP, ada.id(), "no-such-token"))).isEqualTo(new TokenInvalid());
        assertThat(ports.customers.find(SHOP, ada.id())).isPresent();
    }

    @Test
    void anotherPurposesTokenIsNoDeletionToken() {
        ports.activationMailer().send(ports.tenant(SHOP), ada, ports.clock.instant());
        String activation = FakePorts.tokenFromLink(
                ports.composer.messagesOf(MailMessage.Activation.class).get(0).activationLink());

        assertThat(service.delete(command(SHOP, ada.id(), activation))).isEqualTo(new TokenInvalid());
    }

    private String requestToken(CustomerId customer) {
        request.request(new RequestAccountDeletionUseCase.Command(SHOP, customer, ORIGIN));
        List<MailMessage.AccountDeletionConfirmation> mails =
                ports.composer.messagesOf(MailMessage.AccountDeletionConfirmation.class);
        return FakePorts.tokenFromLink(mails.get(mails.size() - 1).confirmationLink());
    }

    private static Command command(TenantName tenant, CustomerId customer, String token) {
        return new Command(tenant, customer, new LinkToken(token), ORIGIN);
    }
}
