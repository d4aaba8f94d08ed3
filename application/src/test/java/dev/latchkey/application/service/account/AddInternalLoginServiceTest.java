package dev.latchkey.application.service.account;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase.Added;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase.AlreadyHasLogin;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase.Command;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase.EmailTaken;
import dev.latchkey.application.port.in.account.AddInternalLoginUseCase.PasswordRejected;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddInternalLoginServiceTest {

    private static final String PASSWORD = "correct horse battery";

    private final FakePorts ports = new FakePorts();
    private final AddInternalLoginService service =
            new AddInternalLoginService(ports.customers, ports.hasher, new PasswordPolicy(), ports.transactions);

    @Test
    void aCustomerWithoutPasswordGetsTheLoginUnderTheGivenEmail() {
        Customer social = withoutPassword("ada@social.test");

        assertThat(service.add(command(social, "ada@example.test", PASSWORD))).isEqualTo(new Added());

        Customer stored = ports.customers.find(SHOP, social.id()).orElseThrow();
        assertThat(stored.passwordHash()).contains(FakePasswordHasher.hashOf(PASSWORD));
        assertThat(stored.email()).isEqualTo(new EmailAddress("ada@example.test"));
    }

    @Test
    void aCustomerWithALoginCannotGetASecondOne() {
        Customer ada = ports.addCustomer(SHOP, "ada@example.test", PASSWORD, AccountStatus.ACTIVE);

        assertThat(service.add(command(ada, "ada@example.test", "another passphrase")))
                .isEqualTo(new AlreadyHasLogin());
        assertThat(ports.customers.find(SHOP, ada.id()).orElseThrow().passwordHash())
                .contains(FakePasswordHasher.hashOf(PASSWORD));
    }

    @Test
    void anEmailOfAnotherAccountIsRefusedAndNothingChanges() {
        ports.addCustomer(SHOP, "bob@example.test", PASSWORD, AccountStatus.ACTIVE);
        Customer social = withoutPassword("ada@social.test");

        assertThat(service.add(command(social, "bob@example.test", PASSWORD))).isEqualTo(new EmailTaken());
        assertThat(ports.customers.find(SHOP, social.id()).orElseThrow().passwordHash())
                .isEmpty();
    }

    @Test
    void thePasswordPolicyApplies() {
        Customer social = withoutPassword("ada@social.test");

        assertThat(service.add(command(social, "ada@example.test", "short")))
                .isEqualTo(new PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(ports.hasher.hashCalls()).isZero();
    }

    private Customer withoutPassword(String email) {
        Customer created = ports.addCustomer(SHOP, email, PASSWORD, AccountStatus.ACTIVE);
        Customer social = new Customer(
                created.id(),
                created.tenant(),
                created.number(),
                created.email(),
                Optional.empty(),
                created.status(),
                created.preferredLanguage(),
                created.createdAt());
        ports.customers.delete(created.id());
        ports.customers.add(social);
        return social;
    }

    private static Command command(Customer customer, String email, String password) {
        return new Command(SHOP, customer.id(), new EmailAddress(email), new Password(password));
    }
}
