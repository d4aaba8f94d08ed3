package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.LoginUseCase.Command;
import dev.latchkey.application.port.in.token.LoginUseCase.LoggedIn;
import dev.latchkey.application.port.in.token.LoginUseCase.Result;
import dev.latchkey.application.port.in.token.LoginUseCase.Throttled;
import dev.latchkey.application.port.in.token.LoginUseCase.ThrottledBy;
import dev.latchkey.application.port.in.token.LoginUseCase.WrongCredentials;
import dev.latchkey.application.port.out.LoginFailureRepository.Key;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.LoginThrottlePolicy;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottledLoginServiceTest {

    private static final String EMAIL = "ada@example.test";
    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "not the password";
    private static final PasswordHash DECOY = new PasswordHash("hashed:decoy password nobody has");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");
    private static final int ACCOUNT_MAX = 5;
    private static final int ADDRESS_MAX = 30;

    private final FakePorts ports = new FakePorts();
    private final ThrottledLoginService service = new ThrottledLoginService(
            ports.loginService(DECOY),
            new FailedLoginCounter(ports.loginFailures, new LoginThrottlePolicy(ACCOUNT_MAX, ADDRESS_MAX)),
            ports.deferredWork(Runnable::run),
            ports.clock);

    @Test
    void failuresBelowTheLimitAreAnsweredAsWrongCredentials() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        for (int i = 0; i < ACCOUNT_MAX; i++) {
            assertThat(service.login(command(EMAIL, WRONG, ORIGIN))).isEqualTo(new WrongCredentials());
        }

        assertThat(ports.loginFailures.count(Key.account(SHOP, new EmailAddress(EMAIL))))
                .isEqualTo(ACCOUNT_MAX);
        assertThat(ports.loginFailures.count(Key.address(SHOP, ORIGIN.ip()))).isEqualTo(ACCOUNT_MAX);
    }

    @Test
    void pastTheLimitEvenTheRightPasswordIsThrottledWithoutAnyHash() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);
        failTimes(EMAIL, ACCOUNT_MAX);
        int expensiveBefore = ports.hasher.expensiveCalls();

        Result result = service.login(command(EMAIL, PASSWORD, ORIGIN));

        assertThat(result).isEqualTo(new Throttled(Duration.ofMinutes(1), ThrottledBy.ACCOUNT));
        assertThat(ports.hasher.expensiveCalls()).isEqualTo(expensiveBefore);
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void theWaitShrinksAsTimePasses() {
        failTimes(EMAIL, ACCOUNT_MAX);
        ports.clock.advance(Duration.ofSeconds(45));

        assertThat(service.login(command(EMAIL, PASSWORD, ORIGIN)))
                .isEqualTo(new Throttled(Duration.ofSeconds(15), ThrottledBy.ACCOUNT));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        failTimes(EMAIL, ACCOUNT_MAX);
        Duration expected = Duration.ofMinutes(1);
        for (int round = 0; round < 8; round++) {
            assertThat(service.login(command(EMAIL, WRONG, ORIGIN)))
                    .isEqualTo(new Throttled(expected, ThrottledBy.ACCOUNT));
            ports.clock.advance(expected);
            assertThat(service.login(command(EMAIL, WRONG, ORIGIN))).isEqualTo(new WrongCredentials());
            expected = expected.multipliedBy(2).compareTo(LoginThrottlePolicy.MAX_DELAY) > 0
                    ? LoginThrottlePolicy.MAX_DELAY
                    : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void attemptsDuringTheWaitAreNotCountedSoTheyCannotExtendIt() {
        failTimes(EMAIL, ACCOUNT_MAX);

        for (int i = 0; i < 20; i++) {
            service.login(command(EMAIL, WRONG, ORIGIN));
        }
        ports.clock.advance(Duration.ofMinutes(1));

        assertThat(ports.loginFailures.count(Key.account(SHOP, new EmailAddress(EMAIL))))
                .isEqualTo(ACCOUNT_MAX);
        assertThat(service.login(command(EMAIL, WRONG, ORIGIN))).isEqualTo(new WrongCredentials());
    }

    @Test
    void aSuccessfulLoginAfterTheWaitClearsTheAccountsCount() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);
        failTimes(EMAIL, ACCOUNT_MAX);
        ports.clock.advance(Duration.ofMinutes(1));

        assertThat(service.login(command(EMAIL, PASSWORD, ORIGIN))).isInstanceOf(LoggedIn.class);

        assertThat(ports.loginFailures.count(Key.account(SHOP, new EmailAddress(EMAIL))))
                .isZero();
        failTimes(EMAIL, ACCOUNT_MAX - 1);
        assertThat(service.login(command(EMAIL, PASSWORD, ORIGIN))).isInstanceOf(LoggedIn.class);
    }

    @Test
    void clearingTheAccountAsAPasswordResetDoesLiftTheWait() {
        failTimes(EMAIL, ACCOUNT_MAX);

        ports.loginFailures.clearAccount(SHOP, new EmailAddress(EMAIL));

        assertThat(service.login(command(EMAIL, WRONG, ORIGIN))).isEqualTo(new WrongCredentials());
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeAKnownOne() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);
        String unknown = "nobody@example.test";
        RequestOrigin elsewhere = new RequestOrigin("198.51.100.9", "Firefox");
        failTimes(EMAIL, ACCOUNT_MAX);
        for (int i = 0; i < ACCOUNT_MAX; i++) {
            service.login(command(unknown, WRONG, elsewhere));
        }

        assertThat(service.login(command(unknown, PASSWORD, elsewhere)))
                .isEqualTo(service.login(command(EMAIL, PASSWORD, elsewhere)))
                .isEqualTo(new Throttled(Duration.ofMinutes(1), ThrottledBy.ACCOUNT));
    }

    @Test
    void theRightPasswordOnAPendingAccountNeitherCountsNorClears() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.PENDING);
        failTimes(EMAIL, 2);

        service.login(command(EMAIL, PASSWORD, ORIGIN));

        assertThat(ports.loginFailures.count(Key.account(SHOP, new EmailAddress(EMAIL))))
                .isEqualTo(2);
    }

    @Test
    void anAddressPastItsLimitIsThrottledForEveryAccountUntilItsHourEnds() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);
        for (int i = 0; i < ADDRESS_MAX; i++) {
            assertThat(service.login(command("guess" + i + "@example.test", WRONG, ORIGIN)))
                    .isEqualTo(new WrongCredentials());
        }
        ports.clock.advance(Duration.ofMinutes(10));

        assertThat(service.login(command(EMAIL, PASSWORD, ORIGIN)))
                .isEqualTo(new Throttled(Duration.ofMinutes(50), ThrottledBy.ADDRESS));
        assertThat(service.login(command(EMAIL, PASSWORD, new RequestOrigin("198.51.100.9", "Firefox"))))
                .isInstanceOf(LoggedIn.class);

        ports.clock.advance(Duration.ofMinutes(50));
        assertThat(service.login(command(EMAIL, PASSWORD, ORIGIN))).isInstanceOf(LoggedIn.class);
    }

    @Test
    void aSuccessfulLoginDoesNotClearTheAddressCount() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);
        failTimes("someone@example.test", 3);

        service.login(command(EMAIL, PASSWORD, ORIGIN));

        assertThat(ports.loginFailures.count(Key.address(SHOP, ORIGIN.ip()))).isEqualTo(3);
    }

    @Test
    void countsAreKeptPerTenant() {
        failTimes(EMAIL, ACCOUNT_MAX);
        ports.addCustomer(RIVAL, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        Result rival = service.login(
                new Command(RIVAL, new EmailAddress(EMAIL), new Password(PASSWORD), SHOP_STOREFRONT, ORIGIN));

        assertThat(rival).isInstanceOf(LoggedIn.class);
        assertThat(ports.loginFailures.count(Key.account(new TenantName("rival"), new EmailAddress(EMAIL))))
                .isZero();
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(service.login(command(email, WRONG, ORIGIN))).isEqualTo(new WrongCredentials());
        }
    }

    private static Command command(String email, String password, RequestOrigin origin) {
        return new Command(SHOP, new EmailAddress(email), new Password(password), SHOP_STOREFRONT, origin);
    }
}
