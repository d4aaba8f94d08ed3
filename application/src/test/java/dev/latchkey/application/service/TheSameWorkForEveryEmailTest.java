package dev.latchkey.application.service;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.fake.PortCalls;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.password.RequestPasswordResetUseCase;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.application.port.out.DeferredRequests;
import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.SecurityEventLog;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.application.service.password.RequestPasswordResetService;
import dev.latchkey.application.service.signup.ResendActivationService;
import dev.latchkey.application.service.signup.SignUpService;
import dev.latchkey.application.service.token.FailedLoginCounter;
import dev.latchkey.application.service.token.LoginEventRecorder;
import dev.latchkey.application.service.token.LoginService;
import dev.latchkey.application.service.token.ThrottledLoginService;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import dev.latchkey.domain.policy.PasswordPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The no-enumeration promise covers time: the calls that answer for an email (login, signup, resend, reset)
 * make the same calls to their ports, in the same order, before they answer, whether or not the email has
 * an account. What differs is done afterwards, from a stored request; the work handed off is held back here,
 * so that only the work before the answer is compared.
 */
class TheSameWorkForEveryEmailTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");
    private static final String PASSWORD = "correct horse battery";
    private static final EmailAddress KNOWN = new EmailAddress("ada@example.test");
    private static final EmailAddress UNKNOWN = new EmailAddress("nobody@example.test");

    private final FakePorts ports = new FakePorts();
    private final PortCalls calls = new PortCalls();
    private final List<Runnable> handedOff = new ArrayList<>();
    private final TenantRepository tenants = calls.recorded(TenantRepository.class, ports.tenants);
    private final CustomerRepository customers = calls.recorded(CustomerRepository.class, ports.customers);
    private final PasswordHasher hasher = calls.recorded(PasswordHasher.class, ports.hasher);
    private final Transactions transactions = calls.recorded(Transactions.class, ports.transactions);
    private final SecurityEventLog events = calls.recorded(SecurityEventLog.class, ports.events);
    private final DeferredWork deferredWork = new DeferredWork(
            calls.recorded(DeferredRequests.class, ports.deferredRequests),
            List.of(
                    ports.resetMailer(),
                    ports.activationResender(),
                    ports.signupCompleter(),
                    LoginEventRecorder.failedLogins(ports.customers, ports.events),
                    LoginEventRecorder.throttledLogins(ports.customers, ports.events)),
            ports.transactions,
            ports.secrets,
            ports.clock,
            handedOff::add);

    @Test
    void aWrongPasswordForAKnownEmailCostsWhatAnyPasswordForAnUnknownOneCosts() {
        ports.addCustomer(SHOP, KNOWN.value(), PASSWORD, AccountStatus.ACTIVE);
        LoginUseCase login = new ThrottledLoginService(loginService(), failedLogins(), deferredWork, ports.clock);

        assertSameWork(email -> login.login(
                new LoginUseCase.Command(SHOP, email, new Password("wrong password 1"), SHOP_STOREFRONT, ORIGIN)));
    }

    @Test
    void aThrottledLoginOfAKnownEmailCostsWhatOneOfAnUnknownOneCosts() {
        ports.addCustomer(SHOP, KNOWN.value(), PASSWORD, AccountStatus.ACTIVE);
        FailedLoginCounter throttleAtOnce =
                new FailedLoginCounter(ports.loginFailures, new LoginThrottlePolicy(1, 1000));
        LoginUseCase login = new ThrottledLoginService(loginService(), throttleAtOnce, deferredWork, ports.clock);
        for (EmailAddress email : List.of(KNOWN, UNKNOWN)) {
            login.login(
                    new LoginUseCase.Command(SHOP, email, new Password("wrong password 1"), SHOP_STOREFRONT, ORIGIN));
        }

        assertSameWork(email -> login.login(
                new LoginUseCase.Command(SHOP, email, new Password("wrong password 2"), SHOP_STOREFRONT, ORIGIN)));
    }

    @Test
    void aSignupForATakenEmailCostsWhatOneForANewEmailCosts() {
        ports.addCustomer(SHOP, KNOWN.value(), PASSWORD, AccountStatus.ACTIVE);
        SignUpUseCase signUp = new SignUpService(tenants, hasher, new PasswordPolicy(), deferredWork);

        assertSameWork(email -> signUp.signUp(new SignUpUseCase.Command(SHOP, email, new Password(PASSWORD))));
    }

    @Test
    void aResendForAPendingAccountCostsWhatOneForAnUnknownEmailCosts() {
        ports.addCustomer(SHOP, KNOWN.value(), PASSWORD, AccountStatus.PENDING);
        ResendActivationUseCase resend = new ResendActivationService(deferredWork);

        assertSameWork(email -> {
            resend.resend(new ResendActivationUseCase.Command(SHOP, email));
            return null;
        });
    }

    @Test
    void aResetRequestForAnActiveAccountCostsWhatOneForAnUnknownEmailCosts() {
        ports.addCustomer(SHOP, KNOWN.value(), PASSWORD, AccountStatus.ACTIVE);
        RequestPasswordResetUseCase reset = new RequestPasswordResetService(deferredWork);

        assertSameWork(email -> {
            reset.request(new RequestPasswordResetUseCase.Command(SHOP, email));
            return null;
        });
    }

    /** The same answer and the same calls before it, for the known and the unknown email; then the handed-off work runs. */
    private void assertSameWork(Function<EmailAddress, Object> call) {
        calls.take();
        Object knownAnswer = call.apply(KNOWN);
        List<String> knownWork = calls.take();
        Object unknownAnswer = call.apply(UNKNOWN);
        List<String> unknownWork = calls.take();

        assertThat(unknownAnswer).isEqualTo(knownAnswer);
        assertThat(knownWork).as("work before the answer").isNotEmpty().isEqualTo(unknownWork);
        assertThat(handedOff).as("work handed off").isNotEmpty();
        handedOff.forEach(Runnable::run);
    }

    private LoginService loginService() {
        return new LoginService(
                tenants,
                customers,
                hasher,
                new PasswordPolicy(),
                transactions,
                ports.tokenFactory(),
                ports.clock,
                FakePasswordHasher.hashOf("the decoy"),
                events,
                deferredWork);
    }

    private FailedLoginCounter failedLogins() {
        return new FailedLoginCounter(
                calls.recorded(LoginFailureRepository.class, ports.loginFailures), new LoginThrottlePolicy(5, 100));
    }
}
