package dev.latchkey.application.service.signup;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.fake.InMemoryCustomerRepository;
import dev.latchkey.application.port.in.signup.SignUpUseCase.Command;
import dev.latchkey.application.port.in.signup.SignUpUseCase.PasswordRejected;
import dev.latchkey.application.port.in.signup.SignUpUseCase.Result;
import dev.latchkey.application.port.in.signup.SignUpUseCase.SignedUp;
import dev.latchkey.application.port.in.signup.SignUpUseCase.UnknownTenant;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.application.service.DeferredWork;
import dev.latchkey.application.service.token.LoginEventRecorder;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.EmailTokenPurpose;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignUpServiceTest {

    private static final String EMAIL = "ada@example.test";
    private static final String PASSWORD = "correct horse battery";

    private final FakePorts ports = new FakePorts();
    private final SignUpService service = serviceWith(ports.customers);

    @Test
    void newEmailCreatesAPendingCustomer() {
        Result result = service.signUp(command(SHOP, EMAIL, PASSWORD));

        assertThat(result).isEqualTo(new SignedUp());
        assertThat(ports.customers.all()).singleElement().satisfies(customer -> {
            assertThat(customer.tenant()).isEqualTo(SHOP);
            assertThat(customer.email()).isEqualTo(new EmailAddress(EMAIL));
            assertThat(customer.status()).isEqualTo(AccountStatus.PENDING);
            assertThat(customer.passwordHash()).contains(FakePasswordHasher.hashOf(PASSWORD));
            assertThat(customer.createdAt()).isEqualTo(ports.clock.instant());
        });
    }

    @Test
    void newEmailStoresOneActivationTokenUnderItsHashOnly() {
        service.signUp(command(SHOP, EMAIL, PASSWORD));

        Customer customer = ports.customers.get(SHOP, new EmailAddress(EMAIL));
        String tokenInMail = FakePorts.tokenFromLink(onlyActivationMessage().activationLink());
        assertThat(ports.emailTokens.all()).singleElement().satisfies(token -> {
            assertThat(token.purpose()).isEqualTo(EmailTokenPurpose.ACTIVATION);
            assertThat(token.tenant()).isEqualTo(SHOP);
            assertThat(token.customer()).isEqualTo(customer.id());
            assertThat(token.tokenHash().matches(tokenInMail)).isTrue();
            assertThat(token.tokenHash().hex()).isNotEqualTo(tokenInMail);
            assertThat(token.isSpent()).isFalse();
            assertThat(token.expiresAt()).isEqualTo(ports.clock.instant().plus(Duration.ofHours(48)));
        });
    }

    @Test
    void newEmailQueuesOneActivationMailWithTheTokenLink() {
        service.signUp(command(SHOP, EMAIL, PASSWORD));

        MailMessage.Activation activation = onlyActivationMessage();
        assertThat(activation.recipient()).isEqualTo(new EmailAddress(EMAIL));
        assertThat(activation.activationLink()).startsWith(FakePorts.PUBLIC_URL + "/ui/shop/optin?token=");
        assertThat(activation.validFor()).isEqualTo(Duration.ofHours(48));
        assertThat(ports.outbox.mails()).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo(new EmailAddress(EMAIL));
            assertThat(mail.textBody()).contains("?token=").isEqualTo(activation.activationLink());
        });
    }

    @Test
    void takenEmailGetsTheSameAnswerAndMailsTheOwner() {
        Customer owner = ports.addCustomer(SHOP, EMAIL, "the owner's password", AccountStatus.ACTIVE);

        Result result = service.signUp(command(SHOP, EMAIL, PASSWORD));

        assertThat(result).isEqualTo(new SignedUp());
        assertThat(ports.customers.all()).containsExactly(owner);
        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.composer.messagesOf(MailMessage.Activation.class)).isEmpty();
        assertThat(ports.composer.messagesOf(MailMessage.AccountExists.class))
                .singleElement()
                .satisfies(exists -> {
                    assertThat(exists.recipient()).isEqualTo(owner.email());
                    assertThat(exists.loginLink()).isEqualTo(FakePorts.PUBLIC_URL + "/ui/shop/login");
                    assertThat(exists.resetLink()).isEqualTo(FakePorts.PUBLIC_URL + "/ui/shop/password/forgot");
                });
        assertThat(ports.outbox.mails()).extracting(ComposedMail::recipient).containsExactly(owner.email());
    }

    @Test
    void pastTheQuotaATakenEmailStillGetsTheSameAnswerButItsOwnerNoMoreMail() {
        ports.addCustomer(SHOP, EMAIL, "the owner's password", AccountStatus.ACTIVE);
        for (int i = 0; i < FakePorts.MAILS_PER_HOUR; i++) {
            assertThat(service.signUp(command(SHOP, EMAIL, PASSWORD))).isEqualTo(new SignedUp());
        }

        assertThat(service.signUp(command(SHOP, EMAIL, PASSWORD))).isEqualTo(new SignedUp());

        assertThat(ports.composer.messagesOf(MailMessage.AccountExists.class)).hasSize(FakePorts.MAILS_PER_HOUR);
        assertThat(ports.outbox.mails()).hasSize(FakePorts.MAILS_PER_HOUR);
    }

    @Test
    void emailTakenInAnotherTenantIsANewAccountHere() {
        ports.addCustomer(RIVAL, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        service.signUp(command(SHOP, EMAIL, PASSWORD));

        assertThat(ports.customers.findByEmail(SHOP, new EmailAddress(EMAIL))).isPresent();
        assertThat(ports.composer.messagesOf(MailMessage.Activation.class)).hasSize(1);
        assertThat(ports.composer.messagesOf(MailMessage.AccountExists.class)).isEmpty();
    }

    @Test
    void passwordIsHashedOnceForANewEmail() {
        service.signUp(command(SHOP, EMAIL, PASSWORD));

        assertThat(ports.hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void passwordIsHashedEvenWhenTheEmailIsTaken() {
        ports.addCustomer(SHOP, EMAIL, "the owner's password", AccountStatus.ACTIVE);

        service.signUp(command(SHOP, EMAIL, PASSWORD));

        assertThat(ports.hasher.hashCalls()).isEqualTo(1);
    }

    static Stream<Arguments> passwordsFailingThePolicy() {
        return Stream.of(
                Arguments.of("short", List.of(PasswordRule.TOO_SHORT)),
                Arguments.of("x".repeat(65), List.of(PasswordRule.TOO_LONG)),
                Arguments.of("my ada password", List.of(PasswordRule.CONTAINS_EMAIL)),
                Arguments.of("ada", List.of(PasswordRule.TOO_SHORT, PasswordRule.CONTAINS_EMAIL)),
                Arguments.of("ada".repeat(22), List.of(PasswordRule.TOO_LONG, PasswordRule.CONTAINS_EMAIL)));
    }

    @ParameterizedTest
    @MethodSource("passwordsFailingThePolicy")
    void passwordFailingThePolicyIsRejectedWithEveryFailedRuleAndNothingHashed(
            String password, List<PasswordRule> failed) {
        Result result = service.signUp(command(SHOP, EMAIL, password));

        assertThat(result).isEqualTo(new PasswordRejected(failed));
        assertThat(ports.hasher.hashCalls()).isZero();
        assertThat(ports.customers.all()).isEmpty();
        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void rejectedPasswordForATakenEmailSaysNothingToTheOwner() {
        ports.addCustomer(SHOP, EMAIL, "the owner's password", AccountStatus.ACTIVE);

        Result result = service.signUp(command(SHOP, EMAIL, "short"));

        assertThat(result).isEqualTo(new PasswordRejected(List.of(PasswordRule.TOO_SHORT)));
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void unknownTenantIsReportedAndNothingIsDone() {
        Result result = service.signUp(command(new TenantName("nowhere"), EMAIL, PASSWORD));

        assertThat(result).isEqualTo(new UnknownTenant());
        assertThat(ports.hasher.hashCalls()).isZero();
        assertThat(ports.customers.all()).isEmpty();
        assertThat(ports.outbox.mails()).isEmpty();
    }

    @Test
    void customersGetSuccessiveNumbersWithinTheirTenant() {
        service.signUp(command(SHOP, "first@example.test", PASSWORD));
        service.signUp(command(SHOP, "second@example.test", PASSWORD));

        assertThat(ports.customers
                        .get(SHOP, new EmailAddress("first@example.test"))
                        .number())
                .isNotEqualTo(ports.customers
                        .get(SHOP, new EmailAddress("second@example.test"))
                        .number());
    }

    @Test
    void loserOfASimultaneousSignUpGetsTheSameAnswerAndMailsTheWinner() {
        EmailAddress email = new EmailAddress(EMAIL);
        Customer winner = new Customer(
                new CustomerId(UUID.randomUUID()),
                SHOP,
                new CustomerNumber("999"),
                email,
                Optional.of(FakePasswordHasher.hashOf("the winner's password")),
                AccountStatus.PENDING,
                Customer.DEFAULT_LANGUAGE,
                ports.clock.instant());
        CustomerRepository racing = new InMemoryCustomerRepository() {
            private boolean raced;

            @Override
            public boolean add(Customer customer) {
                if (!raced) {
                    raced = true;
                    super.add(winner);
                }
                return super.add(customer);
            }
        };

        Result result = serviceWith(racing).signUp(command(SHOP, EMAIL, PASSWORD));

        assertThat(result).isEqualTo(new SignedUp());
        assertThat(racing.findByEmail(SHOP, email)).contains(winner);
        assertThat(ports.emailTokens.all()).isEmpty();
        assertThat(ports.composer.messagesOf(MailMessage.AccountExists.class))
                .singleElement()
                .extracting(MailMessage::recipient)
                .isEqualTo(email);
    }

    @Test
    void theDetailsAndTheAddressSentAreStoredWithTheNewCustomer() {
        var details = new dev.latchkey.domain.profile.ProfilePatch(
                Change.keep(),
                Change.to("Ada"),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.to("de-DE"),
                Change.to("EUR"),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());
        var address = new dev.latchkey.domain.profile.AddressPatch(
                Change.keep(),
                Change.keep(),
                Change.to("Main St"),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.to("de"),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.to(true),
                Change.keep(),
                Change.keep());

        serviceWith(ports.customers)
                .signUp(new Command(
                        SHOP,
                        new EmailAddress(EMAIL),
                        new Password(PASSWORD),
                        java.util.Optional.of(details),
                        java.util.Optional.of(address)));

        Customer ada = ports.customers.get(SHOP, new EmailAddress(EMAIL));
        assertThat(ada.preferredLanguage()).isEqualTo("de-DE");
        assertThat(ports.profiles.find(ada.id()).orElseThrow().firstName()).isEqualTo("Ada");
        assertThat(ports.profiles.find(ada.id()).orElseThrow().preferredCurrency())
                .isEqualTo("EUR");
        assertThat(ports.addresses.listOf(ada.id())).singleElement().satisfies(stored -> {
            assertThat(stored.street()).isEqualTo("Main St");
            assertThat(stored.country()).isEqualTo("DE");
            assertThat(stored.isDefault()).isTrue();
        });
    }

    @Test
    void aTakenEmailStoresNoDetailsAndNoAddress() {
        Customer owner = ports.addCustomer(SHOP, EMAIL, "the owner's password", AccountStatus.ACTIVE);
        var address = new dev.latchkey.domain.profile.AddressPatch(
                Change.keep(),
                Change.keep(),
                Change.to("Evil St"),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());

        Result result = serviceWith(ports.customers)
                .signUp(new Command(
                        SHOP,
                        new EmailAddress(EMAIL),
                        new Password(PASSWORD),
                        java.util.Optional.empty(),
                        java.util.Optional.of(address)));

        assertThat(result).isEqualTo(new SignedUp());
        assertThat(ports.addresses.listOf(owner.id())).isEmpty();
    }

    /** The signup, its stored request acted on at once, with {@code customers} as the account repository. */
    private SignUpService serviceWith(CustomerRepository customers) {
        SignupCompleter completer = new SignupCompleter(
                ports.tenants,
                customers,
                ports.profiles,
                ports.addresses,
                ports.activationMailer(),
                ports.composer,
                ports.outbox,
                ports.links,
                ports.mailQuota,
                ports.clock);
        return new SignUpService(
                ports.tenants,
                ports.hasher,
                new PasswordPolicy(),
                new DeferredWork(
                        ports.deferredRequests,
                        List.of(
                                ports.resetMailer(),
                                completer,
                                LoginEventRecorder.failedLogins(customers, ports.events),
                                LoginEventRecorder.throttledLogins(customers, ports.events),
                                new ActivationResender(
                                        ports.tenants,
                                        customers,
                                        ports.activationMailer(),
                                        ports.transactions,
                                        ports.clock)),
                        ports.transactions,
                        ports.secrets,
                        ports.clock,
                        Runnable::run));
    }

    private MailMessage.Activation onlyActivationMessage() {
        List<MailMessage.Activation> activations = ports.composer.messagesOf(MailMessage.Activation.class);
        assertThat(activations).hasSize(1);
        return activations.get(0);
    }

    private static Command command(TenantName tenant, String email, String password) {
        return new Command(tenant, new EmailAddress(email), new Password(password));
    }
}
