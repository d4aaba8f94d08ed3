package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away under a running server and comes back: meanwhile every call is answered
 * {@code 503} with {@code Retry-After} and the error body within the pool's timeout, never a hang or
 * a {@code 500}; afterwards the same server answers as before, without a restart.
 */
class DatabaseTroubleIT {

    @TempDir
    Path folder;

    @Test
    void aDatabaseThatIsBrieflyGoneIsA503AndTheServerRecoversOnItsOwn() throws Exception {
        int port = freePort();
        Path pgData = folder.resolve("pg");
        EmbeddedPostgres postgres = startPostgres(pgData, port);
        Map<String, String> database = Map.of(
                "LATCHKEY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "LATCHKEY_DB_USER", "postgres",
                "LATCHKEY_DB_PASSWORD", "");
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(folder.resolve("data"), database)) {
            latchkey.signUpAndActivate("ada@example.test", "correct horse battery");
            String token = latchkey.login("ada@example.test", "correct horse battery").json().get("accessToken").asText();
            assertThat(latchkey.http.get("/customer/demo/me", token).status()).isEqualTo(200);

            postgres.close();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                Http.Response answer = latchkey.http.get("/customer/demo/me", token);
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertThat(answer.status()).as("call %d while the database is gone", i).isEqualTo(503);
                assertThat(answer.code()).isEqualTo("LK500");
                assertThat(answer.header("Retry-After")).contains("5");
                assertThat(answer.body()).doesNotContain("SQL", "Exception", "postgres", "Hikari");
                assertThat(millis).as("answered within the pool's wait, not hanging").isLessThan(15_000);
            }
            Http.Response anonymous = latchkey.http.get("/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront", null);
            assertThat(anonymous.status()).isEqualTo(503);
            assertThat(anonymous.code()).isEqualTo("LK500");

            postgres = startPostgres(pgData, port);
            assertThat(awaitStatus(latchkey, token, 200)).as("the same server answers again").isEqualTo(200);
            assertThat(latchkey.login("ada@example.test", "correct horse battery").status()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static int awaitStatus(RunningLatchkey latchkey, String token, int wanted) throws InterruptedException {
        int status = 0;
        long deadline = System.currentTimeMillis() + 30_000;
        while (status != wanted && System.currentTimeMillis() < deadline) {
            status = latchkey.http.get("/customer/demo/me", token).status();
            if (status != wanted) {
                Thread.sleep(250);
            }
        }
        return status;
    }

    private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
