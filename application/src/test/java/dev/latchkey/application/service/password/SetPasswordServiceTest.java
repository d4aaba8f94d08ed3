package dev.latchkey.application.service.password;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.password.SetPasswordUseCase.Command;
import dev.latchkey.application.port.in.password.SetPasswordUseCase.CustomerNotFound;
import dev.latchkey.application.port.in.password.SetPasswordUseCase.PasswordRejected;
import dev.latchkey.application.port.in.password.SetPasswordUseCase.PasswordSet;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.policy.PasswordRule;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SetPasswordServiceTest {

    private static final String OLD_PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private final FakePorts ports = new FakePorts();
    private final Customer ada = ports.addCustomer(SHOP, "ada@example.test", OLD_PASSWORD, AccountStatus.ACTIVE);
    private final SetPasswordService service = new SetPasswordService(
            ports.tenants,
            ports.customers,
            ports.hasher,
            PasswordServices.POLICY,
            PasswordServices.replacer(ports),
            ports.transactions,
            ports.clock);

    @Test
    void setsThePasswordEndsEverySessionAndMailsANotice() {
        CustomerTokens phone = PasswordServices.logIn(ports, ada);
        CustomerTokens laptop = PasswordServices.logIn(ports, ada);

        assertThat(service.set(new Command(SHOP, ada.id(), new Password(NEW_PASSWORD))))
                .isEqualTo(new PasswordSet());

        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(NEW_PASSWORD));
        assertThat(ports.sessions.get(phone.session()).isRevoked()).isTrue();
        assertThat(ports.sessions.get(laptop.session()).isRevoked()).isTrue();
        assertThat(ports.composer.messagesOf(MailMessage.PasswordChanged.class))
                .singleElement()
                .satisfies(notice -> assertThat(notice.recipient()).isEqualTo(ada.email()));
    }

    @Test
    void leavesTheAccountsStatusAsItIs() {
        Customer pending = ports.addCustomer(SHOP, "pending@example.test", OLD_PASSWORD, AccountStatus.PENDING);

        service.set(new Command(SHOP, pending.id(), new Password(NEW_PASSWORD)));

        assertThat(ports.customers.get(SHOP, pending.email()).status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void anUnknownCustomerOrOneOfAnotherTenantIsNotFound() {
        Customer rival = ports.addCustomer(RIVAL, "rival@example.test", OLD_PASSWORD, AccountStatus.ACTIVE);

        assertThat(service.set(new Command(SHOP, new CustomerId(UUID.randomUUID()), new Password(NEW_PASSWORD))))
                .isEqualTo(new CustomerNotFound());
        assertThat(service.set(new Command(SHOP, rival.id(), new Password(NEW_PASSWORD))))
                .isEqualTo(new CustomerNotFound());
        assertThat(ports.customers.get(RIVAL, rival.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
        assertThat(ports.hasher.hashCalls()).isZero();
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void thePolicyAppliesWithEveryFailedRuleListed() {
        assertThat(service.set(new Command(SHOP, ada.id(), new Password("ada"))))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.TOO_SHORT, PasswordRule.CONTAINS_EMAIL)));
        assertThat(service.set(new Command(SHOP, ada.id(), new Password("123456789"))))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.COMMON_PASSWORD)));
        assertThat(ports.customers.get(SHOP, ada.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(OLD_PASSWORD));
        assertThat(ports.outbox.mails()).isEmpty();
    }
}
