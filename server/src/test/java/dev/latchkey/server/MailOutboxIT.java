package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailOutboxIT {

    @TempDir
    Path dataDir;

    @Test
    void mailQueuedWhileTheMailServerIsDownIsDeliveredOnceItIsBack() {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir)) {
            latchkey.stopSmtp();
            assertThat(latchkey.signUp("ada@example.test", "correct horse battery")
                            .status())
                    .isEqualTo(201);
            latchkey.restartSmtp();
            // the failed attempt may land before or after this point: move past its backoff until the mail is there
            for (int i = 0; i < 40 && latchkey.mailsTo("ada@example.test").isEmpty(); i++) {
                latchkey.clock.advance(Duration.ofSeconds(31));
                sleep(Duration.ofMillis(250));
            }

            assertThat(latchkey.awaitMails("ada@example.test", 1)).hasSize(1);
        }
    }

    @Test
    void queuedMailSurvivesARestartAndIsDeliveredExactlyOnce() {
        RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir);
        latchkey.stopSmtp();
        assertThat(latchkey.signUp("bob@example.test", "correct horse battery").status())
                .isEqualTo(201);
        latchkey.stop();

        latchkey.restartSmtp();
        latchkey.start();
        latchkey.clock.advance(Duration.ofMinutes(10));
        try {
            assertThat(latchkey.awaitMails("bob@example.test", 1)).hasSize(1);
            latchkey.signUp("marker@example.test", "correct horse battery");
            latchkey.awaitMails("marker@example.test", 1);
            assertThat(latchkey.mailsTo("bob@example.test")).hasSize(1);
        } finally {
            latchkey.close();
        }
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAfterItsLastAttemptAndShownToTheShopsBackend() {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir)) {
            latchkey.stopSmtp();
            assertThat(latchkey.signUp("ada@example.test", "correct horse battery")
                            .status())
                    .isEqualTo(201);
            JsonNode failed = failedMails(latchkey);
            for (int i = 0; i < 60 && failed.isEmpty(); i++) {
                latchkey.clock.advance(Duration.ofHours(1));
                sleep(Duration.ofMillis(250));
                failed = failedMails(latchkey);
            }

            assertThat(failed).hasSize(1);
            assertThat(failed.get(0).get("recipient").asText()).isEqualTo("ada@example.test");
            assertThat(failed.get(0).get("attempts").asInt()).isEqualTo(10);
            assertThat(failed.get(0).get("lastError").asText()).isNotBlank().doesNotContain("ada@example.test");
            assertThat(latchkey.http.get("/metrics", null).body()).contains("latchkey_mails_failed_total 1.0");

            latchkey.restartSmtp();
            latchkey.clock.advance(Duration.ofDays(1));
            assertThat(latchkey.signUp("marker@example.test", "correct horse battery")
                            .status())
                    .isEqualTo(201);
            latchkey.awaitMails("marker@example.test", 1);
            assertThat(latchkey.mailsTo("ada@example.test"))
                    .as("never retried once given up")
                    .isEmpty();
            assertThat(latchkey.http
                            .get("/admin/demo/mails/failed", latchkey.anonymousToken())
                            .status())
                    .isEqualTo(403);
        }
    }

    /** With a new service token each time: the clock moves past the lifetime of the last one. */
    private static JsonNode failedMails(RunningLatchkey latchkey) {
        Http.Response answer = latchkey.http.get("/admin/demo/mails/failed", latchkey.adminToken());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("items");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
