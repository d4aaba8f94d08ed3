package dev.latchkey.application.service.signup;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase.Command;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResendActivationServiceTest {

    private static final String EMAIL = "ada@example.test";

    private final FakePorts ports = new FakePorts();
    private final ResendActivationService service = new ResendActivationService(ports.deferredWork(Runnable::run));

    @Test
    void theCallerIsAnsweredBeforeTheAddressIsLookedUp() {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.PENDING);
        List<Runnable> handedOff = new ArrayList<>();
        ResendActivationService later = new ResendActivationService(ports.deferredWork(handedOff::add));

        later.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.outbox.mails()).isEmpty();
        assertThat(handedOff).hasSize(1);
        handedOff.get(0).run();
        assertThat(ports.outbox.mails()).hasSize(1);
    }

    @Test
    void pendingAccountGetsANewActivationMail() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.PENDING);

        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.composer.messagesOf(MailMessage.Activation.class))
                .singleElement()
                .satisfies(activation -> {
                    assertThat(activation.recipient()).isEqualTo(customer.email());
                    String token = FakePorts.tokenFromLink(activation.activationLink());
                    assertThat(ports.emailTokens.all())
                            .singleElement()
                            .satisfies(stored -> assertThat(stored.tokenHash().matches(token))
                                    .isTrue());
                });
        assertThat(ports.outbox.mails()).hasSize(1);
    }

    @Test
    void everyResendLeavesOnlyTheNewestTokenUnspent() {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.PENDING);

        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));
        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));
        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.emailTokens.all())
                .hasSize(3)
                .filteredOn(token -> !token.isSpent())
                .hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = AccountStatus.class,
            names = {"ACTIVE", "BLOCKED"})
    void accountThatIsNotPendingGetsNothing(AccountStatus status) {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", status);

        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void unknownEmailGetsNothing() {
        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void pendingAccountOfAnotherTenantGetsNothing() {
        ports.addCustomer(RIVAL, EMAIL, "correct horse battery", AccountStatus.PENDING);

        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));
        service.resend(new Command(new TenantName("nowhere"), new EmailAddress(EMAIL)));

        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void theSixthResendWithinAnHourSendsNothingAndLeavesTheLastLinkWorking() {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.PENDING);
        for (int i = 0; i < FakePorts.MAILS_PER_HOUR; i++) {
            service.resend(new Command(SHOP, new EmailAddress(EMAIL)));
            ports.clock.advance(Duration.ofMinutes(5));
        }

        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.outbox.mails()).hasSize(FakePorts.MAILS_PER_HOUR);
        assertThat(ports.emailTokens.all())
                .hasSize(FakePorts.MAILS_PER_HOUR)
                .filteredOn(token -> !token.isSpent())
                .hasSize(1);
    }

    @Test
    void theQuotaFillsUpAgainAnHourAfterAMail() {
        ports.addCustomer(SHOP, EMAIL, "correct horse battery", AccountStatus.PENDING);
        for (int i = 0; i < FakePorts.MAILS_PER_HOUR + 1; i++) {
            service.resend(new Command(SHOP, new EmailAddress(EMAIL)));
        }
        ports.clock.advance(Duration.ofHours(1));

        service.resend(new Command(SHOP, new EmailAddress(EMAIL)));

        assertThat(ports.outbox.mails()).hasSize(FakePorts.MAILS_PER_HOUR + 1);
    }
}
