package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevMailboxIT {

    @TempDir
    Path dataDir;

    @Test
    void withoutSmtpMailIsKeptAtTheMailboxPageWithClickableLinks() {
        try (RunningLatchkey latchkey = RunningLatchkey.withoutSmtp(dataDir, Map.of())) {
            assertThat(latchkey.signUp("ada@example.test", "correct horse battery")
                            .status())
                    .isEqualTo(201);

            Http.Response page = Eventually.until(
                    "the activation mail on the page",
                    () -> latchkey.http.get("/dev/mailbox", null),
                    answer -> answer.body().contains("Activate your Demo account"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.header("Content-Security-Policy"))
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
            assertThat(page.body()).contains("Activate your Demo account").contains("ada@example.test");

            Matcher link = Pattern.compile(
                            "<a href=\"(http://localhost:\\d+/ui/demo/optin\\?token=([A-Za-z0-9_-]+))\">")
                    .matcher(page.body());
            assertThat(link.find()).isTrue();
            Http.Response activated =
                    latchkey.http.get("/customer/demo/signup/optin/" + link.group(2), latchkey.anonymousToken());
            assertThat(activated.status()).isEqualTo(200);
        }
    }

    @Test
    void theMailboxPageDoesNotExistWhenSmtpIsConfigured() {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir)) {
            assertThat(latchkey.http.get("/dev/mailbox", null).status()).isEqualTo(404);
        }
    }
}
