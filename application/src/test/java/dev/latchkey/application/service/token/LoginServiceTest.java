package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePasswordHasher;
import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.LoginUseCase.Blocked;
import dev.latchkey.application.port.in.token.LoginUseCase.Command;
import dev.latchkey.application.port.in.token.LoginUseCase.LoggedIn;
import dev.latchkey.application.port.in.token.LoginUseCase.NotActivated;
import dev.latchkey.application.port.in.token.LoginUseCase.Result;
import dev.latchkey.application.port.in.token.LoginUseCase.WrongCredentials;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.customer.SecurityEvent;
import dev.latchkey.domain.customer.SecurityEventType;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LoginSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoginServiceTest {

    private static final String EMAIL = "ada@example.test";
    private static final String PASSWORD = "correct horse battery";
    private static final PasswordHash DECOY = new PasswordHash("hashed:decoy password nobody has");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final LoginService service = ports.loginService(DECOY);

    @Test
    void rightPasswordOnActiveAccountGivesTokens() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        Result result = service.login(command(EMAIL, PASSWORD));

        assertThat(result).isInstanceOf(LoggedIn.class);
        CustomerTokens tokens = ((LoggedIn) result).tokens();
        assertThat(ports.grants.find(TokenHash.of(tokens.accessToken())))
                .hasValueSatisfying(grant -> assertThat(grant.customer()).contains(customer.id()));
        assertThat(ports.sessions.findRefreshToken(TokenHash.of(tokens.refreshToken())))
                .hasValueSatisfying(refresh -> assertThat(refresh.session()).isEqualTo(tokens.session()));
        assertThat(tokens.saasToken()).isNotBlank();
    }

    @Test
    void loginOpensASessionRecordingClientAndOrigin() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        CustomerTokens tokens = ((LoggedIn) service.login(command(EMAIL, PASSWORD))).tokens();

        LoginSession session = ports.sessions.get(tokens.session());
        assertThat(session.tenant()).isEqualTo(SHOP);
        assertThat(session.customer()).isEqualTo(customer.id());
        assertThat(session.client()).isEqualTo(SHOP_STOREFRONT);
        assertThat(session.ip()).isEqualTo(ORIGIN.ip());
        assertThat(session.userAgent()).isEqualTo(ORIGIN.userAgent());
        assertThat(session.isRevoked()).isFalse();
    }

    @Test
    void everyLoginOpensItsOwnSession() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        CustomerTokens first = ((LoggedIn) service.login(command(EMAIL, PASSWORD))).tokens();
        CustomerTokens second = ((LoggedIn) service.login(command(EMAIL, PASSWORD))).tokens();

        assertThat(first.session()).isNotEqualTo(second.session());
        assertThat(first.accessToken()).isNotEqualTo(second.accessToken());
    }

    @Test
    void wrongPasswordGetsWrongCredentialsAfterOneVerify() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        Result result = service.login(command(EMAIL, "not the password"));

        assertThat(result).isEqualTo(new WrongCredentials());
        assertThat(ports.hasher.verifiedAgainst())
                .containsExactly(customer.passwordHash().orElseThrow());
        assertThat(ports.hasher.hashCalls()).isZero();
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void unknownEmailGetsWrongCredentialsAfterOneVerifyAgainstTheDecoy() {
        ports.addCustomer(SHOP, "someone.else@example.test", PASSWORD, AccountStatus.ACTIVE);

        Result result = service.login(command(EMAIL, PASSWORD));

        assertThat(result).isEqualTo(new WrongCredentials());
        assertThat(ports.hasher.verifiedAgainst()).containsExactly(DECOY);
        assertThat(ports.hasher.hashCalls()).isZero();
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void unknownEmailGetsNoSessionEvenWhenThePasswordMatchesTheDecoy() {
        Result result = service.login(command(EMAIL, "decoy password nobody has"));

        assertThat(result).isEqualTo(new WrongCredentials());
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void accountOfAnotherTenantIsUnknownHere() {
        ports.addCustomer(RIVAL, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        assertThat(service.login(command(EMAIL, PASSWORD))).isEqualTo(new WrongCredentials());
        assertThat(ports.hasher.verifiedAgainst()).containsExactly(DECOY);
    }

    @Test
    void pendingAccountWithRightPasswordIsNotActivated() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.PENDING);

        assertThat(service.login(command(EMAIL, PASSWORD))).isEqualTo(new NotActivated());
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void pendingAccountWithWrongPasswordGetsWrongCredentials() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.PENDING);

        assertThat(service.login(command(EMAIL, "not the password"))).isEqualTo(new WrongCredentials());
    }

    @Test
    void blockedAccountWithRightPasswordIsBlocked() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.BLOCKED);

        assertThat(service.login(command(EMAIL, PASSWORD))).isEqualTo(new Blocked());
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void blockedAccountWithWrongPasswordGetsWrongCredentials() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.BLOCKED);

        assertThat(service.login(command(EMAIL, "not the password"))).isEqualTo(new WrongCredentials());
    }

    @Test
    void passwordOf65CharactersGetsWrongCredentialsWithoutAnyHashComputed() {
        String tooLong = "x".repeat(65);
        ports.addCustomer(SHOP, EMAIL, tooLong, AccountStatus.ACTIVE);

        Result result = service.login(command(EMAIL, tooLong));

        assertThat(result).isEqualTo(new WrongCredentials());
        assertThat(ports.hasher.expensiveCalls()).isZero();
    }

    @Test
    void passwordOf64CharactersIsStillChecked() {
        String longest = "x".repeat(64);
        ports.addCustomer(SHOP, EMAIL, longest, AccountStatus.ACTIVE);

        assertThat(service.login(command(EMAIL, longest))).isInstanceOf(LoggedIn.class);
    }

    @Test
    void unknownTenantGetsWrongCredentials() {
        ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        Result result = service.login(new Command(
                new TenantName("nowhere"), new EmailAddress(EMAIL), new Password(PASSWORD), SHOP_STOREFRONT, ORIGIN));

        assertThat(result).isEqualTo(new WrongCredentials());
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void outdatedHashIsReplacedAfterASuccessfulLogin() {
        Customer customer =
                ports.addCustomer(SHOP, EMAIL, FakePasswordHasher.legacyHash(PASSWORD), AccountStatus.ACTIVE);

        Result result = service.login(command(EMAIL, PASSWORD));

        assertThat(result).isInstanceOf(LoggedIn.class);
        assertThat(ports.customers.get(SHOP, customer.email()).passwordHash())
                .contains(FakePasswordHasher.hashOf(PASSWORD));
        assertThat(ports.hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void currentHashIsLeftAsItIs() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        service.login(command(EMAIL, PASSWORD));

        assertThat(ports.customers.get(SHOP, customer.email()).passwordHash()).isEqualTo(customer.passwordHash());
        assertThat(ports.hasher.hashCalls()).isZero();
    }

    @Test
    void outdatedHashIsKeptAfterAFailedLogin() {
        PasswordHash legacy = FakePasswordHasher.legacyHash(PASSWORD);
        Customer customer = ports.addCustomer(SHOP, EMAIL, legacy, AccountStatus.ACTIVE);

        service.login(command(EMAIL, "not the password"));

        assertThat(ports.customers.get(SHOP, customer.email()).passwordHash()).contains(legacy);
        assertThat(ports.hasher.hashCalls()).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = AccountStatus.class,
            names = {"PENDING", "BLOCKED"})
    void outdatedHashOfAnAccountThatCannotLogInIsKept(AccountStatus status) {
        PasswordHash legacy = FakePasswordHasher.legacyHash(PASSWORD);
        Customer customer = ports.addCustomer(SHOP, EMAIL, legacy, status);

        service.login(command(EMAIL, PASSWORD));

        assertThat(ports.customers.get(SHOP, customer.email()).passwordHash()).contains(legacy);
    }

    @Test
    void successfulLoginIsRecordedAsASecurityEventWithTheRequestsOrigin() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        service.login(command(EMAIL, PASSWORD));

        assertThat(ports.events.newestOf(SHOP, customer.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        customer.id(),
                        SecurityEventType.LOGIN_SUCCEEDED,
                        ports.clock.instant(),
                        ORIGIN.ip(),
                        ORIGIN.userAgent()));
    }

    @Test
    void wrongPasswordOfAnExistingAccountIsRecordedAsAFailedLogin() {
        Customer customer = ports.addCustomer(SHOP, EMAIL, PASSWORD, AccountStatus.ACTIVE);

        service.login(command(EMAIL, "not the password"));

        assertThat(ports.events.newestOf(SHOP, customer.id()))
                .singleElement()
                .isEqualTo(SecurityEvent.of(
                        SHOP,
                        customer.id(),
                        SecurityEventType.LOGIN_FAILED,
                        ports.clock.instant(),
                        ORIGIN.ip(),
                        ORIGIN.userAgent()));
    }

    @Test
    void unknownEmailRecordsNoEventAtAll() {
        ports.addCustomer(SHOP, "someone.else@example.test", PASSWORD, AccountStatus.ACTIVE);

        service.login(command(EMAIL, PASSWORD));

        assertThat(ports.events.all()).isEmpty();
    }

    private static Command command(String email, String password) {
        return new Command(SHOP, new EmailAddress(email), new Password(password), SHOP_STOREFRONT, ORIGIN);
    }
}
