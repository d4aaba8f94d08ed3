package dev.latchkey.adapter.web.api;

import static dev.latchkey.adapter.web.DemoUseCases.ANONYMOUS_TOKEN;
import static dev.latchkey.adapter.web.DemoUseCases.CUSTOMER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.web.Answers;
import dev.latchkey.adapter.web.DemoUseCases;
import dev.latchkey.adapter.web.WebAlone;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.application.port.in.token.IssueAnonymousTokenUseCase;
import dev.latchkey.application.port.in.token.IssueServiceTokenUseCase;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;
import dev.latchkey.application.port.in.token.TokenUseCases;
import dev.latchkey.domain.token.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token calls over HTTP, each outcome of their use cases answered as the contract says. */
class TokenApiTest {

    private static final String LOGIN = "/customer/demo/login";
    private static final String ADA = "{\"email\":\"ada@example.test\",\"password\":\"correct horse battery\"}";
    private static final CustomerTokens TOKENS = new CustomerTokens(
            "access-1", "saas-1", 900, "refresh-1", 1209600, new SessionId("session-0123456789"), "en_US");

    private final Answers answers = new Answers();
    private final List<Object> loggedOut = new ArrayList<>();
    private final WebAlone web = WebAlone.serving(DemoUseCases.with(new TokenUseCases(
            null,
            command -> answers.to(command, IssueAnonymousTokenUseCase.Result.class),
            command -> answers.to(command, IssueServiceTokenUseCase.Result.class),
            command -> answers.to(command, LoginUseCase.Result.class),
            command -> answers.to(command, RefreshTokensUseCase.Result.class),
            (grant, origin) -> loggedOut.add(grant),
            tenant -> Optional.of("{\"keys\":[]}").filter(keys -> tenant.equals(DemoUseCases.DEMO)))));

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aLoginAnswersTheTokensOfItsSession() {
        answers.next(new LoginUseCase.LoggedIn(TOKENS));

        var response = web.postJson(LOGIN, ANONYMOUS_TOKEN, ADA);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("accessToken").asText()).isEqualTo("access-1");
        assertThat(response.json().get("refreshToken").asText()).isEqualTo("refresh-1");
        assertThat(response.json().get("expiresIn").asLong()).isEqualTo(900);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(answers.commands())
                .singleElement()
                .isInstanceOfSatisfying(
                        LoginUseCase.Command.class,
                        command -> assertThat(command.email().value()).isEqualTo("ada@example.test"));
    }

    @Test
    void everyFailedLoginHasItsCode() {
        answers.next(new LoginUseCase.WrongCredentials());
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, ADA).code()).isEqualTo("LK200");
        answers.next(new LoginUseCase.NotActivated());
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, ADA).code()).isEqualTo("LK201");
        answers.next(new LoginUseCase.Blocked());
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, ADA).code()).isEqualTo("LK202");
    }

    @Test
    void aThrottledLoginSaysWhoseFailuresAndHowLongToWait() {
        answers.next(new LoginUseCase.Throttled(Duration.ofMillis(1500), LoginUseCase.ThrottledBy.ACCOUNT));
        var byAccount = web.postJson(LOGIN, ANONYMOUS_TOKEN, ADA);
        answers.next(new LoginUseCase.Throttled(Duration.ofSeconds(30), LoginUseCase.ThrottledBy.ADDRESS));
        var byAddress = web.postJson(LOGIN, ANONYMOUS_TOKEN, ADA);

        assertThat(byAccount.status()).isEqualTo(429);
        assertThat(byAccount.code()).isEqualTo("LK250");
        assertThat(byAccount.header("Retry-After")).contains("2");
        assertThat(byAddress.code()).isEqualTo("LK251");
        assertThat(byAddress.header("Retry-After")).contains("30");
    }

    @Test
    void aLoginNeedsTheAnonymousTokenOfItsTenantAndAWellFormedBody() {
        assertThat(web.postJson(LOGIN, null, ADA).code()).isEqualTo("ER802");
        assertThat(web.postJson(LOGIN, "no-such-token-0123456789", ADA).code()).isEqualTo("ER800");
        assertThat(web.postJson(LOGIN, CUSTOMER_TOKEN, ADA).code()).isEqualTo("LK210");
        assertThat(web.postJson("/customer/other/login", ANONYMOUS_TOKEN, ADA).code())
                .isEqualTo("LK300");
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, "{").code()).isEqualTo("LK100");
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, "{\"password\":\"x\"}").code())
                .isEqualTo("ER003");
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, "{\"email\":\"not an email\",\"password\":\"x\"}")
                        .code())
                .isEqualTo("ER001");
        assertThat(web.postJson(LOGIN, ANONYMOUS_TOKEN, "{\"email\":\"ada@example.test\"}")
                        .code())
                .isEqualTo("ER004");
        assertThat(answers.commands()).isEmpty();
    }

    @Test
    void aRefreshAnswersNewTokensAlsoWhenRepeatedOrRefusesTheRefreshToken() {
        answers.next(new RefreshTokensUseCase.Refreshed(TOKENS));
        var refreshed = web.get("/customer/demo/refreshauthtoken?refreshToken=refresh-0", ANONYMOUS_TOKEN);
        answers.next(new RefreshTokensUseCase.Repeated(TOKENS));
        var repeated = web.get("/customer/demo/refreshauthtoken?refreshToken=refresh-0", ANONYMOUS_TOKEN);
        answers.next(new RefreshTokensUseCase.ReuseDetected());
        var reused = web.get("/customer/demo/refreshauthtoken?refreshToken=refresh-0", ANONYMOUS_TOKEN);
        answers.next(new RefreshTokensUseCase.Rejected());
        var rejected = web.get("/customer/demo/refreshauthtoken?refreshToken=refresh-0", ANONYMOUS_TOKEN);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("accessToken").asText()).isEqualTo("access-1");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("refreshToken").asText()).isEqualTo("refresh-1");
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.code()).isEqualTo("LK203");
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.code()).isEqualTo("LK203");
        assertThat(web.get("/customer/demo/refreshauthtoken", ANONYMOUS_TOKEN).code())
                .isEqualTo("LK104");
    }

    @Test
    void aLogoutEndsTheSessionOfTheTokenItNames() {
        var other = web.get("/customer/demo/logout?accessToken=another-token", CUSTOMER_TOKEN);
        var own = web.get("/customer/demo/logout?accessToken=" + CUSTOMER_TOKEN, CUSTOMER_TOKEN);

        assertThat(other.code()).isEqualTo("LK210");
        assertThat(own.status()).isEqualTo(204);
        assertThat(loggedOut).hasSize(1);
    }

    @Test
    void anAnonymousTokenIsIssuedToAKnownStorefrontOnly() {
        String path = "/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront";
        answers.next(new IssueAnonymousTokenUseCase.Issued("anonymous-1", 7200, new SessionId("session-9876543210")));
        var issued = web.get(path, null);
        answers.next(new IssueAnonymousTokenUseCase.UnknownTenant());
        var unknownTenant = web.get(path, null);
        answers.next(new IssueAnonymousTokenUseCase.UnknownClient());
        var unknownClient = web.get(path, null);

        assertThat(issued.json().get("access_token").asText()).isEqualTo("anonymous-1");
        assertThat(issued.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(issued.json().get("sessionId").asText()).isEqualTo("session-9876543210");
        assertThat(unknownTenant.code()).isEqualTo("LK300");
        assertThat(unknownClient.code()).isEqualTo("LK220");
    }

    @Test
    void aServiceTokenNamesItsScopesAndARefusalNamesWhatWasRefused() {
        answers.next(new IssueServiceTokenUseCase.Issued("service-1", 1800, Set.of("b", "a")));
        var issued = web.request("POST", "/oauth/token")
                .form("grant_type=client_credentials&client_id=demo-admin" + "&client_secret=secret")
                .send();
        answers.next(new IssueServiceTokenUseCase.InvalidClient());
        var invalidClient = web.request("POST", "/oauth/token")
                .form("grant_type=client_credentials&client_id=demo-admin" + "&client_secret=wrong")
                .send();
        answers.next(new IssueServiceTokenUseCase.InvalidScope(Set.of("x.y")));
        var invalidScope = web.request("POST", "/oauth/token")
                .form("grant_type=client_credentials&client_id=demo-admin" + "&client_secret=secret&scope=x.y")
                .send();

        assertThat(issued.json().get("scope").asText()).isEqualTo("a b");
        assertThat(invalidClient.status()).isEqualTo(401);
        assertThat(invalidClient.code()).isEqualTo("LK220");
        assertThat(invalidClient.header("WWW-Authenticate")).isPresent();
        assertThat(invalidScope.code()).isEqualTo("LK221");
        assertThat(invalidScope.json().get("details").get(0).get("message").asText())
                .isEqualTo("x.y");
    }

    @Test
    void theKeysOfAKnownTenantArePublished() {
        var keys = web.get("/customer/demo/.well-known/jwks.json", null);

        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.body()).isEqualTo("{\"keys\":[]}");
        assertThat(web.get("/customer/other/.well-known/jwks.json", null).code())
                .isEqualTo("LK300");
    }
}
