package dev.latchkey.application.service.email;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase.Command;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase.EmailTaken;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase.Result;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase.TokenExpired;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase.TokenInvalid;
import dev.latchkey.application.port.in.email.UndoEmailChangeUseCase.Undone;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.service.account.RequestAccountDeletionService;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UndoEmailChangeServiceTest {

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
    private final ConfirmEmailChangeService confirm = new ConfirmEmailChangeService(
            ports.mailedTokens(),
            ports.customers,
            ports.emailTokens,
            ports.composer,
            ports.outbox,
            ports.links,
            ports.secrets,
            ports.events,
            ports.profiles);
    private final UndoEmailChangeService service = new UndoEmailChangeService(
            ports.mailedTokens(), ports.customers, ports.emailTokens, ports.sessions, ports.events);

    private Customer ada;
    private String undo;

    @BeforeEach
    void changeEmail() {
        ada = ports.addCustomer(SHOP, OLD.value(), PASSWORD, AccountStatus.ACTIVE);
        undo = change(OLD, NEW);
    }

    @Test
    void validTokenRestoresThePreviousEmail() {
        Result result = service.undo(command(SHOP, undo));

        assertThat(result).isEqualTo(new Undone());
        assertThat(email()).isEqualTo(OLD);
    }

    @Test
    void undoEndsEverySessionOfTheCustomer() {
        CustomerTokens first = startSession();
        CustomerTokens second = startSession();

        service.undo(command(SHOP, undo));

        assertThat(ports.sessions.get(first.session()).isRevoked()).isTrue();
        assertThat(ports.sessions.get(second.session()).isRevoked()).isTrue();
        assertThat(ports.grants.find(TokenHash.of(first.accessToken()))).isEmpty();
    }

    @Test
    void tokenIsSingleUse() {
        service.undo(command(SHOP, undo));

        assertThat(service.undo(command(SHOP, undo))).isEqualTo(new TokenInvalid());
    }

    @Test
    void tokenExpiresAfterSevenDays() {
        ports.clock.advance(Duration.ofDays(7));

        assertThat(service.undo(command(SHOP, undo))).isEqualTo(new TokenExpired());
        assertThat(email()).isEqualTo(NEW);
    }

    @Test
    void tokenStillWorksJustBeforeSevenDays() {
        ports.clock.advance(Duration.ofDays(7).minusSeconds(1));

        assertThat(service.undo(command(SHOP, undo))).isEqualTo(new Undone());
    }

    @Test
    void aSecondChangeDoesNotVoidTheFirstUndoLink() {
        EmailAddress third = new EmailAddress("someone.else@example.test");
        change(NEW, third);

        assertThat(service.undo(command(SHOP, undo))).isEqualTo(new Undone());
        assertThat(email()).isEqualTo(OLD);
    }

    @Test
    void undoVoidsTheOtherUndoLinksAndPendingChangesAndDeletions() {
        EmailAddress third = new EmailAddress("someone.else@example.test");
        String laterUndo = change(NEW, third);
        request.request(new RequestEmailChangeUseCase.Command(
                SHOP, ada.id(), third, new Password(PASSWORD), new EmailAddress("fourth@example.test"), ORIGIN));
        new RequestAccountDeletionService(
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
                        ports.clock)
                .request(new RequestAccountDeletionUseCase.Command(SHOP, ada.id(), ORIGIN));

        service.undo(command(SHOP, undo));

        assertThat(service.undo(command(SHOP, laterUndo))).isEqualTo(new TokenInvalid());
        assertThat(email()).isEqualTo(OLD);
        assertThat(ports.emailTokens.all())
                .allSatisfy(token -> assertThat(token.isSpent()).isTrue());
    }

    @Test
    void previousAddressTakenInTheMeantimeIsAConflictThatChangesNothing() {
        ports.addCustomer(SHOP, OLD.value(), PASSWORD, AccountStatus.PENDING);
        CustomerTokens session = startSession();

        assertThat(service.undo(command(SHOP, undo))).isEqualTo(new EmailTaken());
        assertThat(email()).isEqualTo(NEW);
        assertThat(ports.sessions.get(session.session()).isRevoked()).isFalse();
        assertThat(ports.emailTokens.find(TokenHash.of(undo)).orElseThrow().isSpent())
                .isFalse();
    }

    @Test
    void anEmailChangeTokenIsNoUndoToken() {
        request.request(new RequestEmailChangeUseCase.Command(
                SHOP, ada.id(), NEW, new Password(PASSWORD), new EmailAddress("other@example.test"), ORIGIN));
        List<MailMessage.EmailChangeConfirmation> confirmations =
                ports.composer.messagesOf(MailMessage.EmailChangeConfirmation.class);
        String changeToken = FakePorts.tokenFromLink(
                confirmations.get(confirmations.size() - 1).confirmationLink());

        assertThat(service.undo(command(SHOP, changeToken))).isEqualTo(new TokenInvalid());
    }

    @Test
    void tokenOfAnotherTenantIsInvalid() {
        assertThat(service.undo(command(RIVAL, undo))).isEqualTo(new TokenInvalid());
        assertThat(email()).isEqualTo(NEW);
    }

    @Test
    void theUndoIsRecordedAsASecurityEvent() {
        service.undo(command(SHOP, undo));

        assertThat(ports.events.newestOf(SHOP, ada.id()).get(0).type())
                .isEqualTo(SecurityEventType.EMAIL_CHANGE_UNDONE);
    }

    /** Requests and confirms a change; returns the token of the undo link mailed to {@code from}. */
    private String change(EmailAddress from, EmailAddress to) {
        request.request(
                new RequestEmailChangeUseCase.Command(SHOP, ada.id(), from, new Password(PASSWORD), to, ORIGIN));
        List<MailMessage.EmailChangeConfirmation> confirmations =
                ports.composer.messagesOf(MailMessage.EmailChangeConfirmation.class);
        String token = FakePorts.tokenFromLink(
                confirmations.get(confirmations.size() - 1).confirmationLink());
        assertThat(confirm.confirm(new ConfirmEmailChangeUseCase.Command(SHOP, new LinkToken(token), ORIGIN)))
                .isEqualTo(new ConfirmEmailChangeUseCase.Changed());
        List<MailMessage.EmailChanged> changed = ports.composer.messagesOf(MailMessage.EmailChanged.class);
        return FakePorts.tokenFromLink(changed.get(changed.size() - 1).undoLink());
    }

    private CustomerTokens startSession() {
        return ports.tokenFactory()
                .startSession(
                        ports.tenant(SHOP),
                        ports.customers.find(SHOP, ada.id()).orElseThrow(),
                        SHOP_STOREFRONT,
                        ORIGIN,
                        ports.clock.instant());
    }

    private EmailAddress email() {
        return ports.customers.find(SHOP, ada.id()).orElseThrow().email();
    }

    private static Command command(TenantName tenant, String presented) {
        return new Command(tenant, new LinkToken(presented), ORIGIN);
    }
}
