package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protections that span several flows: wrong-password throttling, the mail quota, and the security events. */
class SecurityWiringIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void wrongCurrentPasswordsOnAPasswordChangeAreThrottledLikeLogins() {
        String access = latchkey.signUpAndActivate("ada@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(change(access, "wrong password " + attempt).status()).isEqualTo(401);
        }

        Http.Response throttled = change(access, PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("LK250");
        assertThat(throttled.header("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void wrongPasswordsOnAnEmailChangeCountToo() {
        String access = latchkey.signUpAndActivate("ada@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(emailChange(access, "wrong password " + attempt).status())
                    .isEqualTo(401);
        }
        assertThat(emailChange(access, PASSWORD).code()).isEqualTo("LK250");
    }

    @Test
    void aPasswordResetLiftsTheLoginThrottle() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        for (int attempt = 0; attempt < 5; attempt++) {
            latchkey.login("ada@example.test", "wrong password " + attempt);
        }
        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(429);

        assertThat(requestReset("ada@example.test").status()).isEqualTo(204);
        String token = RunningLatchkey.tokenIn(
                latchkey.awaitMails("ada@example.test", 2).get(1));
        assertThat(latchkey.http
                        .postJson(
                                "/customer/demo/password/reset/update",
                                latchkey.anonymousToken(),
                                "{\"token\":\"" + token + "\",\"password\":\"" + NEW_PASSWORD + "\"}")
                        .status())
                .isEqualTo(204);

        assertThat(latchkey.login("ada@example.test", NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void atMostFiveResetMailsGoToOneAddressInAnHour() {
        latchkey.signUpAndActivate("ada@example.test", PASSWORD);
        for (int request = 0; request < 7; request++) {
            assertThat(requestReset("ada@example.test").status()).isEqualTo(204);
        }
        latchkey.awaitMails("ada@example.test", 6);
        latchkey.signUp("marker@example.test", PASSWORD);
        latchkey.awaitMails("marker@example.test", 1);

        assertThat(latchkey.mailsTo("ada@example.test")).hasSize(1 + 5);
    }

    @Test
    void theCustomerSeesActivationPasswordChangeAndThrottleInTheEvents() {
        String access = latchkey.signUpAndActivate("ada@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        assertThat(change(access, PASSWORD, NEW_PASSWORD).status()).isEqualTo(204);
        for (int attempt = 0; attempt < 6; attempt++) {
            latchkey.login("ada@example.test", "wrong password " + attempt);
        }

        List<String> types = Eventually.until(
                "the throttled login's event",
                () -> latchkey.http
                        .get("/customer/demo/me/events", access)
                        .json()
                        .findValuesAsText("type"),
                listed -> listed.contains("login_throttled"));
        assertThat(types).contains("account_activated", "password_changed", "login_failed", "login_throttled");
        assertThat(types.get(0)).isEqualTo("login_throttled");
    }

    private Http.Response change(String access, String currentPassword) {
        return change(access, currentPassword, NEW_PASSWORD);
    }

    private Http.Response change(String access, String currentPassword, String newPassword) {
        return latchkey.http.postJson(
                "/customer/demo/password/change",
                access,
                "{\"currentPassword\":\"" + currentPassword + "\",\"newPassword\":\"" + newPassword + "\"}");
    }

    private Http.Response emailChange(String access, String password) {
        return latchkey.http.postJson(
                "/customer/demo/me/accounts/internal/email/change",
                access,
                "{\"email\":\"ada@example.test\",\"password\":\"" + password
                        + "\",\"newEmail\":\"ada.new@example.test\"}");
    }

    private Http.Response requestReset(String email) {
        return latchkey.http.postJson(
                "/customer/demo/password/reset", latchkey.anonymousToken(), "{\"email\":\"" + email + "\"}");
    }
}
