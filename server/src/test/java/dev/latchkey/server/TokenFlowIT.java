package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFlowIT {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void aStorefrontGetsAnAnonymousToken() {
        Http.Response response =
                http.get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("access_token").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("sessionId").asText()).isNotBlank();
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void anonymousTokensAreOnlyForKnownStorefrontsOfKnownTenants() {
        assertThat(http.get("/customerlogin/auth/anonymous/login?tenant=nosuch&client_id=demo-storefront", null)
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=unknown-client", null)
                        .code())
                .isEqualTo("LK220");
        assertThat(http.get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-admin", null)
                        .status())
                .isEqualTo(401);
        Http.Response missing = http.get("/customerlogin/auth/anonymous/login?tenant=demo", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("details").get(0).get("field").asText()).isEqualTo("client_id");
    }

    @Test
    void wrongEmailAndWrongPasswordGetTheSameAnswer() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        Http.Response wrongPassword = latchkey.login("ada@example.test", "wrong password!");
        Http.Response wrongEmail = latchkey.login("bob@example.test", PASSWORD);
        assertThat(wrongPassword.status()).isEqualTo(wrongEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(wrongEmail.body());
        assertThat(wrongPassword.code()).isEqualTo("LK200");
    }

    @Test
    void theSaasTokenVerifiesWithTheTenantsJwksAlone() throws Exception {
        JsonNode tokens = latchkey.signUpAndActivate("ada@example.test", PASSWORD);

        Http.Response jwks = http.get("/customer/demo/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body()).doesNotContain("\"d\"");
        SignedJWT jwt = SignedJWT.parse(tokens.get("saasToken").asText());
        ECKey key = JWKSet.parse(jwks.body())
                .getKeyByKeyId(jwt.getHeader().getKeyID())
                .toECKey();

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).matches("\\d+");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("tenant")).isEqualTo("demo");
        assertThat(jwt.getJWTClaimsSet().getIssueTime()).isNotNull();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime())
                .isAfter(new Date(jwt.getJWTClaimsSet().getIssueTime().getTime()));
        assertThat(http.get("/customer/nosuch/.well-known/jwks.json", null).status())
                .isEqualTo(404);
    }

    @Test
    void refreshGivesANewPairAndTheOldRefreshTokenStopsWorking() {
        JsonNode first = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String oldRefresh = first.get("refreshToken").asText();

        Http.Response refreshed = refresh(oldRefresh);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("refreshToken").asText()).isNotEqualTo(oldRefresh);
        assertThat(refreshed.json().get("accessToken").asText())
                .isNotEqualTo(first.get("accessToken").asText());
    }

    @Test
    void aRefreshTokenReusedAfterItsReuseWindowEndsTheWholeLoginSession() {
        JsonNode first = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String stolen = first.get("refreshToken").asText();
        JsonNode rotated = refresh(stolen).json();
        latchkey.clock.advance(Duration.ofSeconds(10));

        Http.Response reuse = refresh(stolen);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("LK203");
        assertThat(refresh(rotated.get("refreshToken").asText()).status()).isEqualTo(401);
        assertThat(logout(rotated.get("accessToken").asText()).status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenPresentedAgainWithinItsReuseWindowGetsAnotherPairAndTheSessionLivesOn() {
        JsonNode first = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String retried = first.get("refreshToken").asText();
        JsonNode rotated = refresh(retried).json();
        latchkey.clock.advance(Duration.ofSeconds(9));

        Http.Response again = refresh(retried);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("refreshToken").asText())
                .isNotIn(retried, rotated.get("refreshToken").asText());
        assertThat(latchkey.http
                        .get("/customer/demo/me", rotated.get("accessToken").asText())
                        .status())
                .isEqualTo(200);
        assertThat(latchkey.http
                        .get(
                                "/customer/demo/me",
                                again.json().get("accessToken").asText())
                        .status())
                .isEqualTo(200);
        assertThat(refresh(rotated.get("refreshToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheAccessAndRefreshTokenAtOnce() {
        JsonNode tokens = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        String access = tokens.get("accessToken").asText();

        assertThat(logout(access).status()).isEqualTo(204);
        assertThat(logout(access).code()).isEqualTo("ER800");
        assertThat(refresh(tokens.get("refreshToken").asText()).status()).isEqualTo(401);
    }

    @Test
    void logoutTakesOnlyTheSameCustomerToken() {
        JsonNode ada = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        JsonNode bob = latchkey.signUpAndActivate("bob@example.test", PASSWORD);
        Http.Response crossed = http.get(
                "/customer/demo/logout?accessToken=" + bob.get("accessToken").asText(),
                ada.get("accessToken").asText());
        assertThat(crossed.status()).isEqualTo(403);
        Http.Response anonymous = http.get("/customer/demo/logout?accessToken=x", latchkey.anonymousToken());
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(refresh(bob.get("refreshToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void aCustomerTokenIsRefusedWhereAnAnonymousOneIsRequired() {
        JsonNode tokens = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        Http.Response response = http.postJson(
                "/customer/demo/login",
                tokens.get("accessToken").asText(),
                "{\"email\":\"ada@example.test\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("LK210");
    }

    @Test
    void anExpiredAnonymousTokenIsRefused() {
        String anonymous = latchkey.anonymousToken();
        latchkey.clock.advance(Duration.ofHours(1).plusSeconds(1));
        Http.Response response =
                http.postJson("/customer/demo/login", anonymous, "{\"email\":\"a@example.test\",\"password\":\"x\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("ER801");
    }

    @Test
    void aServiceClientGetsAScopedTokenWithBasicOrFormCredentials() {
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                ("demo-admin:" + RunningLatchkey.ADMIN_SECRET).getBytes(StandardCharsets.UTF_8));
        Http.Response byBasic = http.postForm("/oauth/token", basic, "grant_type=client_credentials");
        assertThat(byBasic.status()).isEqualTo(200);
        assertThat(byBasic.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(byBasic.json().get("scope").asText().split(" "))
                .containsExactlyInAnyOrder(
                        "write:accounts:/auth/users", "customer.customer_read", "customer.customer_manage");
        assertThat(byBasic.json().get("expires_in").asLong()).isPositive();

        Http.Response byForm = http.postForm(
                "/oauth/token",
                null,
                "grant_type=client_credentials&client_id=demo-admin&client_secret=" + RunningLatchkey.ADMIN_SECRET
                        + "&scope=customer.customer_read");
        assertThat(byForm.status()).isEqualTo(200);
        assertThat(byForm.json().get("scope").asText()).isEqualTo("customer.customer_read");
    }

    @Test
    void aServiceClientWithWrongCredentialsOrRequestsIsRefused() {
        assertThat(http.postForm(
                                "/oauth/token",
                                null,
                                "grant_type=client_credentials&client_id=demo-admin&client_secret=wrong")
                        .code())
                .isEqualTo("LK220");
        assertThat(http.postForm(
                                "/oauth/token",
                                null,
                                "grant_type=client_credentials&client_id=demo-storefront&client_secret=x")
                        .status())
                .isEqualTo(401);
        assertThat(http.postForm("/oauth/token", null, "grant_type=password&client_id=demo-admin&client_secret=x")
                        .code())
                .isEqualTo("LK222");
        assertThat(http.postForm(
                                "/oauth/token",
                                null,
                                "grant_type=client_credentials&client_id=demo-admin&client_secret="
                                        + RunningLatchkey.ADMIN_SECRET + "&scope=everything")
                        .code())
                .isEqualTo("LK221");
        String basic = "Basic " + Base64.getEncoder().encodeToString("demo-admin:x".getBytes(StandardCharsets.UTF_8));
        assertThat(http.postForm(
                                "/oauth/token",
                                basic,
                                "grant_type=client_credentials&client_id=demo-admin&client_secret=x")
                        .code())
                .isEqualTo("ER803");
    }

    @Test
    void aServiceTokenIsNotACustomerOrAnonymousToken() {
        String service = http.postForm(
                        "/oauth/token",
                        null,
                        "grant_type=client_credentials&client_id=demo-admin&client_secret="
                                + RunningLatchkey.ADMIN_SECRET)
                .json()
                .get("access_token")
                .asText();
        assertThat(http.postJson("/customer/demo/login", service, "{\"email\":\"a@example.test\",\"password\":\"x\"}")
                        .status())
                .isEqualTo(403);
    }

    private Http.Response refresh(String refreshToken) {
        return http.get("/customer/demo/refreshauthtoken?refreshToken=" + refreshToken, latchkey.anonymousToken());
    }

    private Http.Response logout(String accessToken) {
        return http.get("/customer/demo/logout?accessToken=" + accessToken, accessToken);
    }
}
