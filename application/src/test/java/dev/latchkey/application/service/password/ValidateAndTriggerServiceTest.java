package dev.latchkey.application.service.password;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.password.TriggerPasswordResetUseCase;
import dev.latchkey.application.port.in.password.ValidatePasswordUseCase;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.profile.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidateAndTriggerServiceTest {

    private final FakePorts ports = new FakePorts();
    private final ValidatePasswordService validate = new ValidatePasswordService(PasswordServices.POLICY);
    private final TriggerPasswordResetService trigger =
            new TriggerPasswordResetService(ports.deferredWork(Runnable::run));

    @Test
    void anAcceptablePasswordPasses() {
        assertThat(validate.validate(new ValidatePasswordUseCase.Command(
                        new Password("correct horse battery"), Optional.of(new EmailAddress("ada@example.test")))))
                .isEqualTo(new ValidatePasswordUseCase.Acceptable());
    }

    @Test
    void validationNamesEveryRuleThePasswordFails() {
        assertThat(validate.validate(new ValidatePasswordUseCase.Command(
                        new Password("password"), Optional.of(new EmailAddress("password@example.test")))))
                .isEqualTo(new ValidatePasswordUseCase.PasswordRejected(
                        List.of(PasswordRule.CONTAINS_EMAIL, PasswordRule.COMMON_PASSWORD)));
        assertThat(validate.validate(
                        new ValidatePasswordUseCase.Command(new Password("x".repeat(65)), Optional.empty())))
                .isEqualTo(new ValidatePasswordUseCase.PasswordRejected(List.of(PasswordRule.TOO_LONG)));
    }

    @Test
    void withoutAnEmailTheEmailRuleIsNotChecked() {
        assertThat(validate.validate(
                        new ValidatePasswordUseCase.Command(new Password("my ada password"), Optional.empty())))
                .isEqualTo(new ValidatePasswordUseCase.Acceptable());
    }

    @Test
    void theShopCanHaveAResetMailSentToAnActiveCustomer() {
        Customer ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);

        trigger.trigger(
                new TriggerPasswordResetUseCase.Command(SHOP, ada.email(), CustomerType.CUSTOMER, Optional.empty()));

        assertThat(ports.composer.messagesOf(MailMessage.PasswordReset.class))
                .singleElement()
                .satisfies(reset -> assertThat(reset.recipient()).isEqualTo(ada.email()));
    }

    @Test
    void theShopsResetReachesOnlyACustomerOfTheGivenType() {
        Customer ada = ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);
        Customer acme = ports.addCustomer(SHOP, "buyer@acme.test", "correct horse battery", AccountStatus.ACTIVE);
        Profile person = Profile.defaults();
        ports.profiles.save(
                acme.id(),
                new Profile(
                        null,
                        null,
                        null,
                        null,
                        null,
                        "ACME",
                        person.preferredLanguage(),
                        person.preferredCurrency(),
                        person.preferredSite(),
                        null,
                        CustomerType.COMPANY,
                        null,
                        null,
                        null));

        trigger.trigger(
                new TriggerPasswordResetUseCase.Command(SHOP, ada.email(), CustomerType.COMPANY, Optional.of("api")));
        trigger.trigger(
                new TriggerPasswordResetUseCase.Command(SHOP, acme.email(), CustomerType.CUSTOMER, Optional.empty()));
        assertThat(ports.outbox.mails()).isEmpty();

        trigger.trigger(
                new TriggerPasswordResetUseCase.Command(SHOP, acme.email(), CustomerType.COMPANY, Optional.empty()));
        assertThat(ports.composer.messagesOf(MailMessage.PasswordReset.class))
                .singleElement()
                .satisfies(reset -> assertThat(reset.recipient()).isEqualTo(acme.email()));
    }

    @Test
    void theShopsRequestForAnUnknownOrInactiveCustomerMailsNobody() {
        ports.addCustomer(SHOP, "blocked@example.test", "correct horse battery", AccountStatus.BLOCKED);

        trigger.trigger(new TriggerPasswordResetUseCase.Command(
                SHOP, new EmailAddress("nobody@example.test"), CustomerType.CUSTOMER, Optional.empty()));
        trigger.trigger(new TriggerPasswordResetUseCase.Command(
                SHOP, new EmailAddress("blocked@example.test"), CustomerType.CUSTOMER, Optional.empty()));

        assertThat(ports.outbox.mails()).isEmpty();
    }
}
