package dev.latchkey.application.service.password;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase.Command;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase.PasswordChanged;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase.PasswordRejected;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase.Result;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase.Throttled;
import dev.latchkey.application.port.in.password.ChangePasswordUseCase.WrongPassword;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.token.EmailToken;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {

    private static final String EMAIL = "ada@example.test";
    private static final String OLD_PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final RequestOrigin ORIGIN = new RequestOrigin("198.51.100.4", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final Customer ada = ports.addCustomer(SHOP, EMAIL, OLD_PASSWORD, AccountStatus.ACTIVE);
    private final CustomerTokens current = PasswordServices.logIn(ports, ada);
    private final ChangePasswordService service = new ChangePasswordService(
            ports.tenants,
            ports.customers,
            ports.hasher,
            PasswordServices.POLICY,
            PasswordServices.replacer(ports),
            ports.failedLogins(),
            ports.transactions,
            ports.clock);

    @Test
    void wrongCurrentPasswordsAreThrottledLikeLoginsAndTheRightOneDoesNotGetThrough() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(service.change(command("wrong password " + attempt, NEW_PASSWORD)))
                    .isEqualTo(new WrongPassword());
        }

        Result throttled = service.change(command(OLD_PASSWORD, NEW_PASSWORD));

        assertThat(throttled).isInstanceOf(Throttled.class);
        assertThat(((Throttled) throttled).retryAfter()).isPositive();
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
    }

    @Test
    void aChangeIsASecurityEventWithTheRequestsOrigin() {
        service.change(command(OLD_PASSWORD, NEW_PASSWORD));

        assertThat(ports.events.newestOf(SHOP, ada.id())).first().satisfies(event -> {
            assertThat(event.type()).isEqualTo(SecurityEventType.PASSWORD_CHANGED);
            assertThat(event.ip()).isEqualTo("198.51.100.4");
            assertThat(event.userAgent()).isEqualTo("Firefox");
        });
    }

    @Test
    void theRightCurrentPasswordChangesIt() {
        Result result = service.change(command(OLD_PASSWORD, NEW_PASSWORD));

        assertThat(result).isEqualTo(new PasswordChanged());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(NEW_PASSWORD));
    }

    @Test
    void theCallersSessionStaysAndEveryOtherEnds() {
        CustomerTokens phone = PasswordServices.logIn(ports, ada);
        CustomerTokens laptop = PasswordServices.logIn(ports, ada);

        service.change(command(OLD_PASSWORD, NEW_PASSWORD));

        assertThat(ports.sessions.get(current.session()).isRevoked()).isFalse();
        assertThat(ports.sessions.get(phone.session()).isRevoked()).isTrue();
        assertThat(ports.sessions.get(laptop.session()).isRevoked()).isTrue();
        assertThat(ports.grants.all())
                .singleElement()
                .satisfies(grant -> assertThat(grant.session()).isEqualTo(current.session()));
    }

    @Test
    void theCustomerGetsAPasswordChangedNotice() {
        service.change(command(OLD_PASSWORD, NEW_PASSWORD));

        assertThat(ports.composer.messagesOf(MailMessage.PasswordChanged.class))
                .singleElement()
                .satisfies(notice -> assertThat(notice.recipient()).isEqualTo(ada.email()));
        assertThat(ports.outbox.mails()).hasSize(1);
    }

    @Test
    void aChangeVoidsUnusedResetLinks() {
        ports.resetMailer().mailIfActive(SHOP, ada.email());

        service.change(command(OLD_PASSWORD, NEW_PASSWORD));

        assertThat(ports.emailTokens.all()).extracting(EmailToken::isSpent).containsExactly(true);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        CustomerTokens phone = PasswordServices.logIn(ports, ada);

        Result result = service.change(command("not the password", NEW_PASSWORD));

        assertThat(result).isEqualTo(new WrongPassword());
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
        assertThat(ports.sessions.get(phone.session()).isRevoked()).isFalse();
        assertThat(ports.outbox.mails()).isEmpty();
        assertThat(ports.hasher.hashCalls()).isZero();
    }

    @Test
    void anOverLongCurrentPasswordIsWrongWithoutBeingHashed() {
        Result result = service.change(command("x".repeat(65), NEW_PASSWORD));

        assertThat(result).isEqualTo(new WrongPassword());
        assertThat(ports.hasher.expensiveCalls()).isZero();
    }

    @Test
    void theNewPasswordMustPassThePolicyWithEveryFailedRuleListed() {
        assertThat(service.change(command(OLD_PASSWORD, "ada")))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.TOO_SHORT, PasswordRule.CONTAINS_EMAIL)));
        assertThat(service.change(command(OLD_PASSWORD, "iloveyou123")))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.COMMON_PASSWORD)));
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void theCurrentPasswordIsCheckedBeforeThePolicy() {
        assertThat(service.change(command("not the password", "short"))).isEqualTo(new WrongPassword());
    }

    private Command command(String currentPassword, String newPassword) {
        return new Command(
                SHOP, ada.id(), current.session(), new Password(currentPassword), new Password(newPassword), ORIGIN);
    }
}
