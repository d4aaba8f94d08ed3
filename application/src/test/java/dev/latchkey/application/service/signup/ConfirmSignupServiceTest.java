package dev.latchkey.application.service.signup;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static dev.latchkey.application.fake.FakePorts.SHOP_STOREFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase.Command;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase.Confirmed;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase.Result;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase.TokenExpired;
import dev.latchkey.application.port.in.signup.ConfirmSignupUseCase.TokenInvalid;
import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.out.MailMessage;
import dev.latchkey.domain.credential.Password;
import dev.latchkey.domain.credential.TokenHash;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.token.LinkToken;
import dev.latchkey.domain.token.LoginSession;
import dev.latchkey.domain.token.TokenKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmSignupServiceTest {

    private static final EmailAddress EMAIL = new EmailAddress("ada@example.test");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Firefox");

    private final FakePorts ports = new FakePorts();
    private final SignUpService signUp = ports.signUpService();
    private final ResendActivationService resend = new ResendActivationService(ports.deferredWork(Runnable::run));
    private final ConfirmSignupService service =
            new ConfirmSignupService(ports.mailedTokens(), ports.customers, ports.tokenFactory(), ports.events);

    private String token;

    @BeforeEach
    void signUp() {
        signUp.signUp(new SignUpUseCase.Command(SHOP, EMAIL, new Password("correct horse battery")));
        token = latestActivationToken();
    }

    @Test
    void validTokenActivatesTheAccount() {
        Result result = service.confirm(command(SHOP, token));

        assertThat(result).isInstanceOf(Confirmed.class);
        assertThat(customer().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void validTokenLogsTheCustomerInWithWorkingTokens() {
        CustomerTokens tokens = ((Confirmed) service.confirm(command(SHOP, token))).tokens();

        Customer customer = customer();
        assertThat(ports.grants.find(TokenHash.of(tokens.accessToken()))).hasValueSatisfying(grant -> {
            assertThat(grant.kind()).isEqualTo(TokenKind.CUSTOMER);
            assertThat(grant.customer()).contains(customer.id());
            assertThat(grant.session()).isEqualTo(tokens.session());
            assertThat(grant.expiresAt()).isEqualTo(ports.clock.instant().plus(FakePorts.ACCESS_LIFETIME));
        });
        assertThat(ports.sessions.findRefreshToken(TokenHash.of(tokens.refreshToken())))
                .hasValueSatisfying(refresh -> {
                    assertThat(refresh.session()).isEqualTo(tokens.session());
                    assertThat(refresh.expiresAt())
                            .isEqualTo(ports.clock.instant().plus(FakePorts.REFRESH_LIFETIME));
                });
        LoginSession session = ports.sessions.get(tokens.session());
        assertThat(session.customer()).isEqualTo(customer.id());
        assertThat(session.client()).isEqualTo(SHOP_STOREFRONT);
        assertThat(session.ip()).isEqualTo(ORIGIN.ip());
        assertThat(session.userAgent()).isEqualTo(ORIGIN.userAgent());
        assertThat(tokens.saasToken()).contains(":" + customer.number().value() + ":");
        assertThat(tokens.expiresIn()).isEqualTo(FakePorts.ACCESS_LIFETIME.toSeconds());
        assertThat(tokens.refreshTokenExpiresIn()).isEqualTo(FakePorts.REFRESH_LIFETIME.toSeconds());
    }

    @Test
    void tokenIsSingleUse() {
        service.confirm(command(SHOP, token));

        Result second = service.confirm(command(SHOP, token));

        assertThat(second).isEqualTo(new TokenInvalid());
        assertThat(ports.sessions.all()).hasSize(1);
    }

    @Test
    void tokenPastItsLifetimeIsExpiredAndDoesNotActivate() {
        ports.clock.advance(Duration.ofHours(48).plusSeconds(1));

        Result result = service.confirm(command(SHOP, token));

        assertThat(result).isEqualTo(new TokenExpired());
        assertThat(customer().status()).isEqualTo(AccountStatus.PENDING);
        assertThat(ports.sessions.all()).isEmpty();
    }

    @Test
    void tokenIsExpiredAtTheEndOfItsLifetime() {
        ports.clock.advance(Duration.ofHours(48));

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenExpired());
    }

    @Test
    void tokenStillWorksJustBeforeItsLifetimeEnds() {
        ports.clock.advance(Duration.ofHours(48).minusSeconds(1));

        assertThat(service.confirm(command(SHOP, token))).isInstanceOf(Confirmed.class);
    }

    @Test
    void tokenOfAnotherTenantIsInvalidAndLeavesTheAccountAlone() {
        Result result = service.confirm(command(RIVAL, token));

        assertThat(result).isEqualTo(new TokenInvalid());
        assertThat(customer().status()).isEqualTo(AccountStatus.PENDING);
        assertThat(service.confirm(command(SHOP, token))).isInstanceOf(Confirmed.class);
    }

    @Test
    void expiredTokenOfAnotherTenantIsInvalidNotExpired() {
        ports.clock.advance(Duration.ofDays(3));

        assertThat(service.confirm(command(RIVAL, token))).isEqualTo(new TokenInvalid());
    }

    @Test
    void usedTokenStaysInvalidAfterItsLifetime() {
        service.confirm(command(SHOP, token));
        ports.clock.advance(Duration.ofDays(3));

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenInvalid());
    }

    @Test
    void voidedTokenStaysInvalidAfterItsLifetime() {
        resend.resend(new ResendActivationUseCase.Command(SHOP, EMAIL));
        ports.clock.advance(Duration.ofDays(3));

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenInvalid());
    }

    @Test
    void resendVoidsTheOlderToken() {
        resend.resend(new ResendActivationUseCase.Command(SHOP, EMAIL));
        String newer = latestActivationToken();

        assertThat(newer).isNotEqualTo(token);
        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenInvalid());
        assertThat(customer().status()).isEqualTo(AccountStatus.PENDING);
        assertThat(service.confirm(command(SHOP, newer))).isInstanceOf(Confirmed.class);
    }

    @Test
    void unknownTenantMakesTheTokenInvalid() {
        assertThat(service.confirm(command(new TenantName("nowhere"), token))).isEqualTo(new TokenInvalid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-token", "x"})
    void unknownTokenIsInvalid(String presented) {
        assertThat(service.confirm(command(SHOP, presented))).isEqualTo(new TokenInvalid());
        assertThat(customer().status()).isEqualTo(AccountStatus.PENDING);
    }

    @Test
    void tokenOfAnAccountThatIsNoLongerPendingIsInvalid() {
        ports.customers.updateStatus(customer().id(), AccountStatus.BLOCKED);

        assertThat(service.confirm(command(SHOP, token))).isEqualTo(new TokenInvalid());
        assertThat(customer().status()).isEqualTo(AccountStatus.BLOCKED);
        assertThat(ports.sessions.all()).isEmpty();
    }

    private Customer customer() {
        return ports.customers.get(SHOP, EMAIL);
    }

    private String latestActivationToken() {
        List<MailMessage.Activation> activations = ports.composer.messagesOf(MailMessage.Activation.class);
        return FakePorts.tokenFromLink(activations.get(activations.size() - 1).activationLink());
    }

    private static Command command(TenantName tenant, String presented) {
        return new Command(tenant, new LinkToken(presented), SHOP_STOREFRONT, ORIGIN);
    }
}
