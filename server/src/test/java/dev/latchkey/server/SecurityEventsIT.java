package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityEventsIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADA = "ada@example.test";

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
    void loginsFailedLoginsAndLogoutsAreListedNewestFirst() {
        latchkey.signUpAndActivate(ADA, PASSWORD);
        latchkey.clock.advance(Duration.ofMinutes(1));
        String loggedIn =
                latchkey.login(ADA, PASSWORD).json().get("accessToken").asText();
        Instant loginTime = latchkey.clock.instant();
        latchkey.clock.advance(Duration.ofMinutes(1));
        assertThat(latchkey.login(ADA, "not the password").status()).isEqualTo(401);
        assertThat(latchkey.login("nobody@example.test", PASSWORD).status()).isEqualTo(401);
        latchkey.clock.advance(Duration.ofMinutes(1));
        assertThat(http.get("/customer/demo/logout?accessToken=" + loggedIn, loggedIn)
                        .status())
                .isEqualTo(204);
        latchkey.clock.advance(Duration.ofMinutes(1));
        String now = latchkey.login(ADA, PASSWORD).json().get("accessToken").asText();

        Http.Response response = http.get("/customer/demo/me/events", now);

        assertThat(response.status()).isEqualTo(200);
        JsonNode events = response.json();
        assertThat(events.findValuesAsText("type"))
                .containsExactly("login_succeeded", "logout", "login_failed", "login_succeeded", "account_activated");
        JsonNode oldest = events.get(3);
        assertThat(oldest.get("time").asText())
                .isEqualTo(loginTime.truncatedTo(ChronoUnit.MICROS).toString());
        assertThat(oldest.get("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(oldest.get("userAgent").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain(ADA).doesNotContain("nobody");
    }

    @Test
    void aRefreshTokenPresentedAgainShowsInTheEventsAsRepeatedWithinItsWindowAndAsReusedAfter() {
        String stolen =
                latchkey.signUpAndActivate(ADA, PASSWORD).get("refreshToken").asText();
        assertThat(refresh(stolen).status()).isEqualTo(200);
        assertThat(refresh(stolen).status()).isEqualTo(200);
        latchkey.clock.advance(Duration.ofSeconds(10));
        assertThat(refresh(stolen).status()).isEqualTo(401);

        String now = latchkey.login(ADA, PASSWORD).json().get("accessToken").asText();

        assertThat(http.get("/customer/demo/me/events", now).json().findValuesAsText("type"))
                .containsExactly(
                        "login_succeeded", "refresh_token_reused", "refresh_token_repeated", "account_activated");
        latchkey.awaitMetrics(
                "the refreshes by outcome",
                metrics -> metrics.contains("latchkey_refreshes_total{outcome=\"repeated\"} 1.0")
                        && metrics.contains("latchkey_refreshes_total{outcome=\"reuse_detected\"} 1.0")
                        && metrics.contains("latchkey_refreshes_total{outcome=\"rotated\"} 1.0"));
    }

    @Test
    void eachCustomerSeesOnlyItsOwnEvents() {
        latchkey.signUpAndActivate(ADA, PASSWORD);
        latchkey.login(ADA, "not the password");
        String bob = latchkey.signUpAndActivate("bob@example.test", PASSWORD)
                .get("accessToken")
                .asText();

        assertThat(http.get("/customer/demo/me/events", bob).json().findValuesAsText("type"))
                .containsExactly("account_activated");
    }

    @Test
    void theExportHoldsTheAccountItsSessionsAndItsEvents() throws Exception {
        JsonNode activated = latchkey.signUpAndActivate(ADA, PASSWORD);
        latchkey.clock.advance(Duration.ofMinutes(1));
        String access = latchkey.login(ADA, PASSWORD).json().get("accessToken").asText();

        Http.Response response = http.get("/customer/demo/me/export", access);

        assertThat(response.status()).isEqualTo(200);
        JsonNode export = response.json();
        String customerNumber = SignedJWT.parse(activated.get("saasToken").asText())
                .getJWTClaimsSet()
                .getSubject();
        assertThat(export.get("customerNumber").asText()).isEqualTo(customerNumber);
        assertThat(export.get("id").asText()).isNotBlank();
        assertThat(export.get("email").asText()).isEqualTo(ADA);
        assertThat(export.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(export.get("createdAt").asText())).isBefore(latchkey.clock.instant());
        assertThat(export.get("preferredLanguage").asText()).isEqualTo("en_US");
        JsonNode account = export.get("accounts").get(0);
        assertThat(account.get("type").asText()).isEqualTo("internal");
        assertThat(account.get("email").asText()).isEqualTo(ADA);
        assertThat(account.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(export.get("sessions")).hasSize(2);
        assertThat(export.get("sessions").findValuesAsText("current")).containsExactly("true", "false");
        assertThat(export.get("events").findValuesAsText("type"))
                .containsExactly("login_succeeded", "account_activated");
        assertThat(export.get("exportedAt").asText())
                .isEqualTo(latchkey.clock.instant().toString());
        assertThat(response.body()).doesNotContain("argon2").doesNotContain(access);
        assertThat(http.get("/customer/demo/me/export", latchkey.anonymousToken())
                        .status())
                .isEqualTo(403);
    }

    private Http.Response refresh(String refreshToken) {
        return http.get("/customer/demo/refreshauthtoken?refreshToken=" + refreshToken, latchkey.anonymousToken());
    }
}
