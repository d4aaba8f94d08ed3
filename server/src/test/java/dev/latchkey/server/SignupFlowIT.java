package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignupFlowIT {

    private static final String PASSWORD = "correct horse battery";

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
    void signupSendsAnActivationMailWhoseLinkActivatesAndLogsIn() throws Exception {
        Http.Response signedUp = latchkey.signUp("ada@example.test", PASSWORD);
        assertThat(signedUp.status()).isEqualTo(201);

        MimeMessage mail = latchkey.awaitMails("ada@example.test", 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Activate your Demo account");
        assertThat(RunningLatchkey.plainText(mail)).contains("/ui/demo/optin?token=");
        String token = RunningLatchkey.tokenIn(mail);

        Http.Response activated = latchkey.http.get("/customer/demo/signup/optin/" + token, latchkey.anonymousToken());
        assertThat(activated.status()).isEqualTo(200);
        JsonNode tokens = activated.json();
        assertThat(tokens.get("accessToken").asText()).isNotBlank();
        assertThat(tokens.get("saasToken").asText()).contains(".");
        assertThat(tokens.get("refreshToken").asText()).isNotBlank();
        assertThat(tokens.get("expiresIn").asLong()).isPositive();
        assertThat(tokens.get("refreshTokenExpiresIn").asLong()).isPositive();
        assertThat(activated.header("Cache-Control")).contains("no-store");

        assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPendingAccountCannotLogInAndSaysWhyOnlyWithTheRightPassword() {
        latchkey.signUp("pending@example.test", PASSWORD);
        latchkey.awaitMails("pending@example.test", 1);

        Http.Response rightPassword = latchkey.login("pending@example.test", PASSWORD);
        Http.Response wrongPassword = latchkey.login("pending@example.test", "not the password");
        Http.Response unknownEmail = latchkey.login("nobody@example.test", "not the password");

        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.code()).isEqualTo("LK201");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    }

    @Test
    void anActivationTokenWorksOnce() {
        latchkey.signUp("once@example.test", PASSWORD);
        String token = RunningLatchkey.tokenIn(
                latchkey.awaitMails("once@example.test", 1).get(0));

        assertThat(latchkey.http
                        .get("/customer/demo/signup/optin/" + token, latchkey.anonymousToken())
                        .status())
                .isEqualTo(200);
        Http.Response again = latchkey.http.get("/customer/demo/signup/optin/" + token, latchkey.anonymousToken());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("ER352");
    }

    @Test
    void anUnknownActivationTokenIsInvalid() {
        Http.Response unknown =
                latchkey.http.get("/customer/demo/signup/optin/made-up-token", latchkey.anonymousToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("ER352");
    }

    @Test
    void anActivationTokenExpiresAfter48Hours() {
        latchkey.signUp("late@example.test", PASSWORD);
        String token = RunningLatchkey.tokenIn(
                latchkey.awaitMails("late@example.test", 1).get(0));
        latchkey.clock.advance(Duration.ofHours(48).plusSeconds(1));

        Http.Response expired = latchkey.http.get("/customer/demo/signup/optin/" + token, latchkey.anonymousToken());
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(latchkey.login("late@example.test", PASSWORD).code()).isEqualTo("LK201");
    }

    @Test
    void aTakenEmailGetsTheSameAnswerAndItsOwnerIsTold() {
        latchkey.signUpAndActivate("taken@example.test", PASSWORD);

        Http.Response again = latchkey.signUp("Taken@Example.test", "another password 123");
        Http.Response fresh = latchkey.signUp("fresh@example.test", "another password 123");

        assertThat(again.status()).isEqualTo(fresh.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(fresh.body());
        List<MimeMessage> toOwner = latchkey.awaitMails("taken@example.test", 2);
        assertThat(RunningLatchkey.plainText(toOwner.get(1)))
                .contains("already have an account")
                .doesNotContain("token=");
        assertThat(latchkey.login("taken@example.test", PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.login("taken@example.test", "another password 123").status())
                .isEqualTo(401);
    }

    @Test
    void resendingTheActivationVoidsTheOlderLink() {
        latchkey.signUp("resend@example.test", PASSWORD);
        String first = RunningLatchkey.tokenIn(
                latchkey.awaitMails("resend@example.test", 1).get(0));

        Http.Response resent = latchkey.http.postJson(
                "/customer/demo/signup/optin/refresh_token",
                latchkey.anonymousToken(),
                "{\"email\":\"resend@example.test\"}");
        assertThat(resent.status()).isEqualTo(202);
        String second = RunningLatchkey.tokenIn(
                latchkey.awaitMails("resend@example.test", 2).get(1));

        assertThat(latchkey.http
                        .get("/customer/demo/signup/optin/" + first, latchkey.anonymousToken())
                        .code())
                .isEqualTo("ER352");
        assertThat(latchkey.http
                        .get("/customer/demo/signup/optin/" + second, latchkey.anonymousToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void resendingForAnUnknownOrActiveEmailAnswersAlikeAndSendsNothing() {
        latchkey.signUpAndActivate("active@example.test", PASSWORD);

        Http.Response unknown = latchkey.http.postJson(
                "/customer/demo/signup/optin/refresh_token",
                latchkey.anonymousToken(),
                "{\"email\":\"ghost@example.test\"}");
        Http.Response active = latchkey.http.postJson(
                "/customer/demo/signup/optin/refresh_token",
                latchkey.anonymousToken(),
                "{\"email\":\"active@example.test\"}");

        assertThat(unknown.status()).isEqualTo(active.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(active.body());
        latchkey.signUp("marker@example.test", PASSWORD);
        latchkey.awaitMails("marker@example.test", 1);
        assertThat(latchkey.mailsTo("ghost@example.test")).isEmpty();
        assertThat(latchkey.mailsTo("active@example.test")).hasSize(1);
    }

    @Test
    void aPasswordFailingThePolicyIsRefusedWithEveryRule() {
        Http.Response refused = latchkey.signUp("shorty@example.test", "shorty");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("ER122");
        assertThat(refused.json().get("details")).hasSize(3);
        assertThat(refused.json().get("details").findValuesAsText("type"))
                .containsExactly("too_short", "contains_email", "common_password");
        assertThat(refused.json().get("details").get(0).get("field").asText()).isEqualTo("password");
    }
}
