package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.adapter.persistence.Persistence;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reset request is answered before it is acted on; one that the process answered but never got to
 * (it died first) is still in the database, and the next start acts on it, once.
 */
class DeferredRequestIT {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    @Test
    void aResetRequestAnsweredJustBeforeTheProcessDiedIsMailedOnceAfterTheRestart() throws Exception {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir)) {
            latchkey.signUpAndActivate("ada@example.test", PASSWORD);
            latchkey.stop();
            leaveResetRequestUnacted("ada@example.test", latchkey);

            latchkey.start();

            List<MimeMessage> mails = latchkey.awaitMails("ada@example.test", 2);
            assertThat(mails.get(1).getSubject()).isEqualTo("Reset your Demo password");
            Http.Response reset = latchkey.http.postJson(
                    "/customer/demo/password/reset/update",
                    latchkey.anonymousToken(),
                    "{\"token\":\"" + RunningLatchkey.tokenIn(mails.get(1))
                            + "\",\"password\":\"a new horse battery\"}");
            assertThat(reset.status()).isEqualTo(204);

            latchkey.stop();
            assertThat(waitingRequests())
                    .as("acted on, and gone in the same transaction")
                    .isZero();
            latchkey.start();
            latchkey.signUpAndActivate("marker@example.test", PASSWORD);
            assertThat(subjects(latchkey.mailsTo("ada@example.test")))
                    .as("not mailed again after a second restart")
                    .containsOnlyOnce("Reset your Demo password");
        }
    }

    /** What a reset request left behind when its process died between the answer and acting on it. */
    private void leaveResetRequestUnacted(String email, RunningLatchkey latchkey) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Persistence.embeddedUrl(dataDir), "", "");
                PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO deferred_request (id, kind, tenant, email, customer_type, requested_at)
                     VALUES ('left-by-a-dead-process', 'PASSWORD_RESET', 'demo', ?, NULL, ?)""")) {
            insert.setString(1, email);
            insert.setObject(
                    2, OffsetDateTime.ofInstant(latchkey.clock.instant().minusSeconds(1), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private int waitingRequests() throws SQLException {
        try (Connection connection = DriverManager.getConnection(Persistence.embeddedUrl(dataDir), "", "");
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM deferred_request");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream()
                .map(mail -> {
                    try {
                        return mail.getSubject();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
