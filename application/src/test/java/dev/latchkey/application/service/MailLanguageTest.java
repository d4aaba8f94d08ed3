package dev.latchkey.application.service;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.account.RequestAccountDeletionUseCase;
import dev.latchkey.application.port.in.email.ConfirmEmailChangeUseCase;
import dev.latchkey.application.port.in.email.RequestEmailChangeUseCase;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.service.account.RequestAccountDeletionService;
import dev.latchkey.application.service.email.ConfirmEmailChangeService;
import dev.latchkey.application.service.email.RequestEmailChangeService;
import dev.latchkey.application.service.password.PasswordReplacer;
import dev.latchkey.application.service.password.PasswordResetMailer;
import dev.latchkey.application.service.profile.UpdateProfileService;
import dev.latchkey.application.service.signup.ResendActivationService;
import dev.latchkey.application.service.signup.SignUpService;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.ProfilePatch;
import dev.latchkey.domain.token.LinkToken;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every mail carries the recipient customer's preferred language, as its profile holds it when the mail is made. */
class MailLanguageTest {

    private static final String PASSWORD = "correct horse battery";
    private static final EmailAddress ADA = new EmailAddress("ada@example.test");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final UpdateProfileService profiles =
            new UpdateProfileService(ports.customers, ports.profiles, ports.addresses, ports.transactions);
    private final SignUpService signUp = ports.signUpService();

    @Test
    void theActivationMailSpeaksTheLanguageSentWithTheSignupDetails() {
        signUp.signUp(new SignUpUseCase.Command(
                SHOP, ADA, new Password(PASSWORD), Optional.of(language("de_DE")), Optional.empty()));

        assertThat(ports.composer.messagesOf(MailMessage.Activation.class))
                .singleElement()
                .extracting(MailMessage::language)
                .isEqualTo("de_DE");
    }

    @Test
    void aSignupWithoutALanguageGetsTheDefaultOne() {
        signUp.signUp(new SignUpUseCase.Command(SHOP, ADA, new Password(PASSWORD)));

        assertThat(ports.composer.messagesOf(MailMessage.Activation.class))
                .singleElement()
                .extracting(MailMessage::language)
                .isEqualTo("en_US");
    }

    @Test
    void theOwnerOfATakenAddressIsToldInItsOwnLanguageNotInTheSignupsOne() {
        Customer owner = germanCustomer(AccountStatus.ACTIVE);

        signUp.signUp(new SignUpUseCase.Command(
                SHOP,
                owner.email(),
                new Password("another password 123"),
                Optional.of(language("en_GB")),
                Optional.empty()));

        assertThat(ports.composer.messagesOf(MailMessage.AccountExists.class))
                .singleElement()
                .extracting(MailMessage::language)
                .isEqualTo("de_DE");
    }

    @Test
    void aResentActivationSpeaksTheLanguageOfThePendingCustomer() {
        germanCustomer(AccountStatus.PENDING);

        new ResendActivationService(ports.deferredWork(Runnable::run))
                .resend(new ResendActivationUseCase.Command(SHOP, ADA));

        assertThat(ports.composer.messagesOf(MailMessage.Activation.class))
                .singleElement()
                .extracting(MailMessage::language)
                .isEqualTo("de_DE");
    }

    @Test
    void theResetMailAndTheChangedNoticeSpeakTheLanguageTheCustomerChoseLater() {
        Customer ada = germanCustomer(AccountStatus.ACTIVE);

        new PasswordResetMailer(
                        ports.tenants,
                        ports.customers,
                        ports.emailTokens,
                        ports.composer,
                        ports.outbox,
                        ports.links,
                        ports.secrets,
                        ports.mailQuota,
                        ports.profiles,
                        ports.transactions,
                        ports.clock)
                .mailIfActive(SHOP, ADA);
        new PasswordReplacer(
                        ports.customers,
                        ports.emailTokens,
                        ports.sessions,
                        ports.composer,
                        ports.outbox,
                        ports.links,
                        ports.events)
                .replace(
                        ports.tenant(SHOP),
                        ports.customers.get(SHOP, ADA),
                        ada.passwordHash().orElseThrow(),
                        Optional.empty(),
                        SecurityEventType.PASSWORD_RESET,
                        ORIGIN,
                        ports.clock.instant());

        assertThat(ports.composer.messages())
                .hasSize(2)
                .extracting(MailMessage::language)
                .containsOnly("de_DE");
    }

    @Test
    void everyEmailChangeMailSpeaksTheCustomersLanguageAlsoToTheNewAddress() {
        Customer ada = germanCustomer(AccountStatus.ACTIVE);
        EmailAddress newAddress = new EmailAddress("ada.new@example.test");

        new RequestEmailChangeService(
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
                        ports.clock)
                .request(new RequestEmailChangeUseCase.Command(
                        SHOP, ada.id(), ADA, new Password(PASSWORD), newAddress, ORIGIN));
        String token = FakePorts.tokenFromLink(ports.composer
                .messagesOf(MailMessage.EmailChangeConfirmation.class)
                .get(0)
                .confirmationLink());
        new ConfirmEmailChangeService(
                        ports.mailedTokens(),
                        ports.customers,
                        ports.emailTokens,
                        ports.composer,
                        ports.outbox,
                        ports.links,
                        ports.secrets,
                        ports.events,
                        ports.profiles)
                .confirm(new ConfirmEmailChangeUseCase.Command(SHOP, new LinkToken(token), ORIGIN));

        assertThat(ports.composer.messages())
                .extracting(message -> message.getClass().getSimpleName())
                .containsExactlyInAnyOrder("EmailChangeConfirmation", "EmailChangeRequested", "EmailChanged");
        assertThat(ports.composer.messages()).extracting(MailMessage::language).containsOnly("de_DE");
    }

    @Test
    void theDeletionMailSpeaksTheCustomersLanguage() {
        Customer ada = germanCustomer(AccountStatus.ACTIVE);

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

        assertThat(ports.composer.messagesOf(MailMessage.AccountDeletionConfirmation.class))
                .singleElement()
                .extracting(MailMessage::language)
                .isEqualTo("de_DE");
    }

    /** A customer who signed up in English and then chose German in its profile. */
    private Customer germanCustomer(AccountStatus status) {
        Customer ada = ports.addCustomer(SHOP, ADA.value(), PASSWORD, status);
        assertThat(ada.preferredLanguage()).isEqualTo("en_US");
        assertThat(profiles.update(new UpdateProfileUseCase.Command(SHOP, ada.id(), language("de_DE"))))
                .isInstanceOf(UpdateProfileUseCase.Updated.class);
        return ports.customers.get(SHOP, ADA);
    }

    private static ProfilePatch language(String tag) {
        return new ProfilePatch(
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.to(tag),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());
    }
}
