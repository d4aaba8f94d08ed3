package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge of expired records through the running server: what is long past its time is deleted
 * (an old token is then unknown rather than expired), what is recent or live stays.
 */
class PurgeIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern PURGE_RAN = Pattern.compile("(?m)^latchkey_purges_total [1-9]");
    private static final Pattern PURGED =
            Pattern.compile("latchkey_records_purged_total\\{kind=\"([a-z_]+)\"} ([0-9.]+)");

    @TempDir
    Path dataDir;

    @Test
    void tokensLinksSessionsAndMailLongPastTheirTimeAreDeletedWhileRecentAndLiveOnesStay() {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir)) {
            awaitPurge(latchkey);
            JsonNode first = latchkey.signUpAndActivate("ada@example.test", PASSWORD);
            String oldAccess = first.get("accessToken").asText();
            String oldRefresh = first.get("refreshToken").asText();
            assertThat(latchkey.http
                            .postJson(
                                    "/customer/demo/password/reset",
                                    latchkey.anonymousToken(),
                                    "{\"email\":\"ada@example.test\"}")
                            .status())
                    .isEqualTo(204);
            String oldResetLink = RunningLatchkey.tokenIn(
                    latchkey.awaitMails("ada@example.test", 2).get(1));
            awaitOutboxMarkedSent(latchkey);

            latchkey.clock.advance(Duration.ofDays(40));
            JsonNode recent = latchkey.login("ada@example.test", PASSWORD).json();
            String recentlyExpiredAccess = recent.get("accessToken").asText();
            latchkey.clock.advance(Duration.ofSeconds(recent.get("expiresIn").asLong() + 60));
            JsonNode live = latchkey.login("ada@example.test", PASSWORD).json();

            latchkey.stop();
            latchkey.start();
            awaitPurge(latchkey);

            assertThat(latchkey.http.get("/customer/demo/me", oldAccess).code())
                    .as("deleted: unknown")
                    .isEqualTo("ER800");
            assertThat(latchkey.http
                            .get("/customer/demo/me", recentlyExpiredAccess)
                            .code())
                    .as("expired a minute ago: kept, still told apart")
                    .isEqualTo("ER801");
            assertThat(latchkey.http
                            .get(
                                    "/customer/demo/refreshauthtoken?refreshToken=" + oldRefresh,
                                    latchkey.anonymousToken())
                            .status())
                    .isEqualTo(401);
            Http.Response reset = latchkey.http.postJson(
                    "/customer/demo/password/reset/update",
                    latchkey.anonymousToken(),
                    "{\"token\":\"" + oldResetLink + "\",\"password\":\"a new horse battery\"}");
            assertThat(reset.status()).isEqualTo(400);
            assertThat(reset.code()).as("deleted: unknown, no longer expired").isEqualTo("ER352");

            String liveAccess = live.get("accessToken").asText();
            assertThat(latchkey.http.get("/customer/demo/me", liveAccess).status())
                    .isEqualTo(200);
            JsonNode sessions =
                    latchkey.http.get("/customer/demo/me/sessions", liveAccess).json();
            assertThat(sessions).hasSize(2);
            assertThat(latchkey.http
                            .get(
                                    "/customer/demo/refreshauthtoken?refreshToken="
                                            + live.get("refreshToken").asText(),
                                    latchkey.anonymousToken())
                            .status())
                    .isEqualTo(200);

            String metrics = latchkey.http.get("/metrics", null).body();
            assertThat(purged(metrics, "access_grant")).isGreaterThanOrEqualTo(1);
            assertThat(purged(metrics, "refresh_token")).isEqualTo(1);
            assertThat(purged(metrics, "login_session")).isEqualTo(1);
            assertThat(purged(metrics, "email_token"))
                    .as("the spent activation link and the reset link")
                    .isEqualTo(2);
            assertThat(purged(metrics, "sent_mail"))
                    .as("the activation and reset mails")
                    .isEqualTo(2);
            assertThat(purged(metrics, "mail_quota_slot")).isEqualTo(2);
        }
    }

    /** The purge runs shortly after the start; waits until that first run is over. */
    private static void awaitPurge(RunningLatchkey latchkey) {
        latchkey.awaitMetrics(
                "the purge ran", metrics -> PURGE_RAN.matcher(metrics).find());
    }

    /** A mail is marked sent just after the mail server took it: wait for that before the clock moves on. */
    private static void awaitOutboxMarkedSent(RunningLatchkey latchkey) {
        latchkey.awaitMetrics("the outbox emptied", metrics -> metrics.contains("latchkey_mail_outbox_backlog 0.0"));
    }

    private static double purged(String metrics, String kind) {
        Matcher matcher = PURGED.matcher(metrics);
        while (matcher.find()) {
            if (matcher.group(1).equals(kind)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
