package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health/live answers while the process runs; /health/ready only while the instance can really serve. */
class HealthIT {

    @TempDir
    Path dataDir;

    @Test
    void aRunningInstanceIsLiveAndReady() {
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir)) {
            Http.Response live = latchkey.http.get("/health/live", null);
            Http.Response ready = latchkey.http.get("/health/ready", null);

            assertThat(live.status()).isEqualTo(200);
            assertThat(live.json().get("status").asText()).isEqualTo("UP");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void withTheDatabaseGoneReadyIs503NamingTheDatabaseWhileLiveStays200() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(
                dataDir,
                Map.of(
                        "LATCHKEY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                        "LATCHKEY_DB_USER", "postgres",
                        "LATCHKEY_DB_PASSWORD", ""))) {
            assertThat(latchkey.http.get("/health/ready", null).status()).isEqualTo(200);

            postgres.close();

            Http.Response ready = latchkey.http.get("/health/ready", null);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("status").asText()).isEqualTo("DOWN");
            assertThat(ready.json().get("failing").has("database")).isTrue();
            assertThat(ready.json().get("failing").has("outbox")).isFalse();
            assertThat(latchkey.http.get("/health/live", null).status()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    @Test
    void readyTurns503AsSoonAsShutdownStartsWhileRequestsAreStillAnswered() throws Exception {
        RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir, Map.of("LATCHKEY_SHUTDOWN_DELAY_SECONDS", "3"));
        assertThat(latchkey.http.get("/health/ready", null).status()).isEqualTo(200);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(latchkey::close);
        Http.Response ready = latchkey.http.get("/health/ready", null);
        long deadline = System.currentTimeMillis() + 2_000;
        while (ready.status() == 200 && System.currentTimeMillis() < deadline) {
            ready = latchkey.http.get("/health/ready", null);
        }

        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().get("failing").has("shutdown")).isTrue();
        assertThat(latchkey.http.get("/health/live", null).status()).isEqualTo(200);
        assertThat(closing).isNotDone();
        closing.get(30, TimeUnit.SECONDS);
    }
}
