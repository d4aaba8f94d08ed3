package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AccountDeletionIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADA = "ada@example.test";

    @TempDir
    Path dataDir;

    private RunningLatchkey latchkey;
    private Http http;
    private String access;

    @BeforeEach
    void start() {
        latchkey = RunningLatchkey.withSmtp(dataDir);
        http = latchkey.http;
        access = latchkey.signUpAndActivate(ADA, PASSWORD).get("accessToken").asText();
    }

    @AfterEach
    void stop() {
        latchkey.close();
    }

    @Test
    void aConfirmedDeletionErasesTheAccountAndLoginFailsAfterwards() throws Exception {
        String refresh =
                latchkey.login(ADA, PASSWORD).json().get("refreshToken").asText();

        assertThat(http.delete("/customer/demo/me", access).status()).isEqualTo(202);

        MimeMessage mail = latchkey.awaitMails(ADA, 2).get(1);
        assertThat(mail.getSubject()).isEqualTo("Confirm the deletion of your Demo account");
        assertThat(RunningLatchkey.plainText(mail))
                .contains("/ui/demo/profile/delete?token=")
                .contains("24 hours");
        assertThat(latchkey.login(ADA, PASSWORD).status())
                .as("nothing is deleted before the confirmation")
                .isEqualTo(200);

        assertThat(http.delete("/customer/demo/me?token=" + RunningLatchkey.tokenIn(mail), access)
                        .status())
                .isEqualTo(204);

        assertThat(latchkey.login(ADA, PASSWORD).code()).isEqualTo("LK200");
        assertThat(http.get("/customer/demo/me/sessions", access).code()).isEqualTo("ER800");
        assertThat(http.get("/customer/demo/refreshauthtoken?refreshToken=" + refresh, latchkey.anonymousToken())
                        .status())
                .isEqualTo(401);
        assertThat(latchkey.signUp(ADA, PASSWORD).status()).isEqualTo(201);
        assertThat(latchkey.awaitMails(ADA, 3).get(2).getSubject())
                .as("the address is free again")
                .isEqualTo("Activate your Demo account");
    }

    @Test
    void aWrongUsedOrForeignTokenIsInvalidAndDeletesNobody() {
        String bob = latchkey.signUpAndActivate("bob@example.test", PASSWORD)
                .get("accessToken")
                .asText();
        assertThat(http.delete("/customer/demo/me", bob).status()).isEqualTo(202);
        String bobsToken = RunningLatchkey.tokenIn(
                latchkey.awaitMails("bob@example.test", 2).get(1));

        Http.Response foreign = http.delete("/customer/demo/me?token=" + bobsToken, access);
        Http.Response unknown = http.delete("/customer/demo/me?token=no-such-token", access);
        Http.Response blank = http.delete("/customer/demo/me?token=", access);

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.code()).isEqualTo("ER352");
        assertThat(unknown.code()).isEqualTo("ER352");
        assertThat(blank.code()).isEqualTo("ER351");
        assertThat(latchkey.login(ADA, PASSWORD).status()).isEqualTo(200);
        assertThat(latchkey.login("bob@example.test", PASSWORD).status()).isEqualTo(200);
        assertThat(http.delete("/customer/demo/me?token=" + bobsToken, bob).status())
                .isEqualTo(204);
        assertThat(http.delete("/customer/demo/me?token=" + bobsToken, access).code())
                .as("used")
                .isEqualTo("ER352");
    }

    @Test
    void aDeletionTokenExpiresAfter24Hours() {
        assertThat(http.delete("/customer/demo/me", access).status()).isEqualTo(202);
        String token = RunningLatchkey.tokenIn(latchkey.awaitMails(ADA, 2).get(1));
        latchkey.clock.advance(Duration.ofHours(24));
        String fresh = latchkey.login(ADA, PASSWORD).json().get("accessToken").asText();

        Http.Response expired = http.delete("/customer/demo/me?token=" + token, fresh);

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.code()).isEqualTo("ER353");
        assertThat(latchkey.login(ADA, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aNewDeletionMailVoidsTheOlderLink() {
        http.delete("/customer/demo/me", access);
        String older = RunningLatchkey.tokenIn(latchkey.awaitMails(ADA, 2).get(1));
        http.delete("/customer/demo/me", access);
        String newer = RunningLatchkey.tokenIn(latchkey.awaitMails(ADA, 3).get(2));

        assertThat(http.delete("/customer/demo/me?token=" + older, access).code())
                .isEqualTo("ER352");
        assertThat(http.delete("/customer/demo/me?token=" + newer, access).status())
                .isEqualTo(204);
    }

    @Test
    void onlyTheCustomerItselfCanDeleteItsAccount() {
        assertThat(http.delete("/customer/demo/me", latchkey.anonymousToken()).status())
                .isEqualTo(403);
        assertThat(http.delete("/customer/demo/me", null).code()).isEqualTo("ER802");
    }

    @Test
    void theDeletionTokenInTheQueryStringNeverReachesTheLog() {
        Logger requestLog = (Logger) LoggerFactory.getLogger("latchkey.request");
        Level levelBefore = requestLog.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        requestLog.addAppender(appender);
        requestLog.setLevel(Level.INFO);
        try {
            http.delete("/customer/demo/me", access);
            String token = RunningLatchkey.tokenIn(latchkey.awaitMails(ADA, 2).get(1));
            http.delete("/customer/demo/me?token=no-such-token", access);
            assertThat(http.delete("/customer/demo/me?token=" + token, access).status())
                    .isEqualTo(204);

            assertThat(appender.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).startsWith("DELETE /customer/{tenant}/me 204"))
                    .noneMatch(
                            line -> line.contains("token=") || line.contains(token) || line.contains("no-such-token"));
        } finally {
            requestLog.detachAppender(appender);
            requestLog.setLevel(levelBefore);
        }
    }
}
