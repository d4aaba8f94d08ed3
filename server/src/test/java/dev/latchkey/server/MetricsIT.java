package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics in the Prometheus text format, and the request id every answer carries. */
class MetricsIT {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    @Test
    void loginOutcomesRouteHistogramsOutboxPoolAndJvmAreScraped() {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_LOGIN_MAX_FAILURES", "2"))) {
            latchkey.signUpAndActivate("ada@example.test", PASSWORD);
            assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(200);
            assertThat(latchkey.login("ada@example.test", "wrong horse battery").status())
                    .isEqualTo(401);
            assertThat(latchkey.login("ada@example.test", "wrong horse battery").status())
                    .isEqualTo(401);
            assertThat(latchkey.login("ada@example.test", PASSWORD).status()).isEqualTo(429);

            Http.Response scrape = latchkey.http.get("/metrics", null);

            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.header("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            String text = scrape.body();
            assertThat(value(text, "latchkey_logins_total{outcome=\"succeeded\"}"))
                    .isEqualTo(1.0);
            assertThat(value(text, "latchkey_logins_total{outcome=\"failed\"}")).isEqualTo(2.0);
            assertThat(value(text, "latchkey_logins_total{outcome=\"throttled\"}"))
                    .isEqualTo(1.0);
            assertThat(text)
                    .containsPattern("http_server_requests_seconds_bucket\\{[^}]*route=\"/customer/\\{tenant}/login\""
                            + "[^}]*status=\"429\"[^}]*}");
            assertThat(text)
                    .containsPattern(
                            "http_server_requests_seconds_count\\{method=\"POST\",route=\"/customer/\\{tenant}/login\","
                                    + "status=\"200\"} 1");
            assertThat(text)
                    .contains("route=\"/customer/{tenant}/signup/optin/{token}\"")
                    .doesNotContain("/customer/demo/")
                    .doesNotContain("ada@example.test");
            assertThat(value(text, "latchkey_mails_queued_total")).isGreaterThanOrEqualTo(1.0);
            assertThat(value(text, "latchkey_mails_sent_total")).isGreaterThanOrEqualTo(1.0);
            assertThat(text).containsPattern("(?m)^latchkey_mail_outbox_backlog \\d");
            assertThat(text).containsPattern("latchkey_password_hashing_seconds_count\\{operation=\"verify\"} [1-9]");
            assertThat(text)
                    .contains(
                            "hikaricp_connections_active{pool=\"latchkey-db\"}",
                            "hikaricp_connections_max",
                            "jvm_memory_used_bytes",
                            "jvm_threads_live_threads",
                            "jvm_classes_loaded_classes",
                            "jvm_gc_",
                            "system_cpu_count",
                            "process_uptime_seconds");
        }
    }

    @Test
    void aConfiguredTokenIsRequiredToReadMetrics() {
        String token = "metrics-token-0123456789";
        try (RunningLatchkey latchkey = RunningLatchkey.withoutSmtp(dataDir, Map.of("LATCHKEY_METRICS_TOKEN", token))) {
            assertThat(latchkey.http.get("/metrics", null).status()).isEqualTo(401);
            assertThat(latchkey.http.get("/metrics", "not-" + token).status()).isEqualTo(401);
            Http.Response allowed = latchkey.http.get("/metrics", token);
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.body()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void everyAnswerCarriesARequestIdAndAWellFormedOneFromTheClientIsKept() {
        try (RunningLatchkey latchkey = RunningLatchkey.withoutSmtp(dataDir, Map.of())) {
            Http.Response made = latchkey.http.get("/health/live", null);
            assertThat(made.header("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
            assertThat(latchkey.http.get("/no/such/path", null).header("X-Request-Id"))
                    .isPresent();

            Http.Response kept = latchkey.http.send(latchkey.http
                    .request("/health/live", null)
                    .header("X-Request-Id", "lb-7f3a.2:x_9")
                    .GET());
            assertThat(kept.header("X-Request-Id")).contains("lb-7f3a.2:x_9");

            Http.Response replaced = latchkey.http.send(latchkey.http
                    .request("/health/live", null)
                    .header("X-Request-Id", "<script>alert(1)</script>")
                    .GET());
            assertThat(replaced.header("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));

            Http.Response tooLong = latchkey.http.send(latchkey.http
                    .request("/health/live", null)
                    .header("X-Request-Id", "a".repeat(65))
                    .GET());
            assertThat(tooLong.header("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).hasSize(36));
        }
    }

    /** The value of the one sample named exactly {@code series}. */
    static double value(String text, String series) {
        Matcher matcher =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        assertThat(matcher.find()).as("a sample %s in%n%s", series, text).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
