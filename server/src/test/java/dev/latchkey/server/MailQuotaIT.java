package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailQuotaIT {

    private static final String EMAIL = "ada@example.test";
    private static final String PASSWORD = "correct horse battery";
    private static final int MAILS_PER_HOUR = 5;

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
    void theSixthActivationMailWithinAnHourIsNotSentButTheAnswerStaysTheSame() {
        assertThat(latchkey.signUp(EMAIL, PASSWORD).status()).isEqualTo(201);
        for (int i = 1; i < MAILS_PER_HOUR; i++) {
            assertThat(resend(EMAIL).status()).isEqualTo(202);
        }

        Http.Response sixth = resend(EMAIL);
        Http.Response unknown = resend("nobody@example.test");

        assertThat(sixth.status()).isEqualTo(202);
        assertThat(sixth.body()).isEqualTo(unknown.body());
        assertOnlyMailsReached(EMAIL, MAILS_PER_HOUR);
        assertThat(SecondNode.outboxMailsTo(dataDir, EMAIL)).hasSize(MAILS_PER_HOUR);
    }

    @Test
    void theLastMailedLinkKeepsWorkingWhenTheQuotaIsUsedUp() {
        latchkey.signUp(EMAIL, PASSWORD);
        for (int i = 1; i < MAILS_PER_HOUR; i++) {
            resend(EMAIL);
        }
        List<MimeMessage> mails = latchkey.awaitMails(EMAIL, MAILS_PER_HOUR);
        String lastToken = RunningLatchkey.tokenIn(mails.get(MAILS_PER_HOUR - 1));

        resend(EMAIL);

        assertThat(latchkey.http
                        .get("/customer/demo/signup/optin/" + lastToken, latchkey.anonymousToken())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anHourLaterTheAddressGetsMailAgain() {
        latchkey.signUp(EMAIL, PASSWORD);
        for (int i = 0; i < MAILS_PER_HOUR; i++) {
            resend(EMAIL);
        }
        awaitQueuedBackgroundWork();
        latchkey.clock.advance(Duration.ofHours(1));

        assertThat(resend(EMAIL).status()).isEqualTo(202);

        latchkey.awaitMails(EMAIL, MAILS_PER_HOUR + 1);
        assertThat(SecondNode.outboxMailsTo(dataDir, EMAIL)).hasSize(MAILS_PER_HOUR + 1);
    }

    /**
     * Resends are looked up after the answer, on one background thread in arrival order; a reset
     * request queued behind them, whose mail arrives, shows that they have all run.
     */
    private void awaitQueuedBackgroundWork() {
        latchkey.signUpAndActivate("marker@example.test", PASSWORD);
        assertThat(latchkey.http
                        .postJson(
                                "/customer/demo/password/reset",
                                latchkey.anonymousToken(),
                                "{\"email\":\"marker@example.test\"}")
                        .status())
                .isEqualTo(204);
        latchkey.awaitMails("marker@example.test", 2);
    }

    @Test
    void signingUpAgainAndAgainWithATakenAddressMailsItsOwnerAtMostFiveTimesAnHour() {
        latchkey.signUpAndActivate(EMAIL, PASSWORD);
        for (int i = 0; i < MAILS_PER_HOUR + 2; i++) {
            assertThat(latchkey.signUp(EMAIL, "another horse battery").status()).isEqualTo(201);
        }

        assertOnlyMailsReached(EMAIL, 1 + MAILS_PER_HOUR);
        assertThat(SecondNode.outboxMailsTo(dataDir, EMAIL)).hasSize(1 + MAILS_PER_HOUR);
    }

    private Http.Response resend(String email) {
        return latchkey.http.postJson(
                "/customer/demo/signup/optin/refresh_token",
                latchkey.anonymousToken(),
                "{\"email\":\"" + email + "\"}");
    }

    /** Waits for the mails to arrive, then for a marker mail sent after them, and counts again. */
    private void assertOnlyMailsReached(String email, int count) {
        latchkey.awaitMails(email, count);
        latchkey.signUp("marker@example.test", PASSWORD);
        latchkey.awaitMails("marker@example.test", 1);
        assertThat(latchkey.mailsTo(email)).hasSize(count);
    }
}
