package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

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
            assertThat(latchkey.signUp("ada@example.test", "correct horse battery").status()).isEqualTo(201);
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
        assertThat(latchkey.signUp("bob@example.test", "correct horse battery").status()).isEqualTo(201);
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

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
