package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away under a running server and comes back: meanwhile every call is answered
 * {@code 503} with {@code Retry-After} and the error body within the pool's timeout, never a hang or
 * a {@code 500}; afterwards the same server answers as before, without a restart. The same answer
 * when every pooled connection is held longer than the pool's wait.
 */
class DatabaseTroubleIT {

    @TempDir
    Path folder;

    @Test
    void aDatabaseThatIsBrieflyGoneIsA503AndTheServerRecoversOnItsOwn() throws Exception {
        int port = ServerProcess.freePort();
        Path pgData = folder.resolve("pg");
        EmbeddedPostgres postgres = startPostgres(pgData, port);
        Map<String, String> database = Map.of(
                "LATCHKEY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "LATCHKEY_DB_USER", "postgres",
                "LATCHKEY_DB_PASSWORD", "");
        try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(folder.resolve("data"), database)) {
            latchkey.signUpAndActivate("ada@example.test", "correct horse battery");
            String token = latchkey.login("ada@example.test", "correct horse battery")
                    .json()
                    .get("accessToken")
                    .asText();
            assertThat(latchkey.http.get("/customer/demo/me", token).status()).isEqualTo(200);

            postgres.close();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                Http.Response answer = latchkey.http.get("/customer/demo/me", token);
                long millis = (System.nanoTime() - started) / 1_000_000;

                assertThat(answer.status())
                        .as("call %d while the database is gone", i)
                        .isEqualTo(503);
                assertThat(answer.code()).isEqualTo("LK500");
                assertThat(answer.header("Retry-After")).contains("5");
                assertThat(answer.body()).doesNotContain("SQL", "Exception", "postgres", "Hikari");
                assertThat(millis)
                        .as("answered within the pool's wait, not hanging")
                        .isLessThan(15_000);
            }
            Http.Response anonymous = latchkey.http.get(
                    "/customerlogin/auth/anonymous/login?tenant=demo&client_id=demo-storefront", null);
            assertThat(anonymous.status()).isEqualTo(503);
            assertThat(anonymous.code()).isEqualTo("LK500");

            postgres = startPostgres(pgData, port);
            assertThat(awaitStatus(latchkey, token, 200))
                    .as("the same server answers again")
                    .isEqualTo(200);
            assertThat(latchkey.login("ada@example.test", "correct horse battery")
                            .status())
                    .isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    @Test
    void noFreePooledConnectionWithinItsWaitIsA503AndTheHeldRequestStillFinishes() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> database = Map.of(
                    "LATCHKEY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "LATCHKEY_DB_USER", "postgres",
                    "LATCHKEY_DB_PASSWORD", "",
                    "LATCHKEY_DB_POOL_SIZE", "2");
            try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(folder.resolve("data"), database)) {
                latchkey.signUpAndActivate("ada@example.test", "correct horse battery");
                String token = latchkey.login("ada@example.test", "correct horse battery")
                        .json()
                        .get("accessToken")
                        .asText();
                ExecutorService held = Executors.newFixedThreadPool(2);
                try (Connection locker = postgres.getPostgresDatabase().getConnection()) {
                    locker.setAutoCommit(false);
                    try (Statement lock = locker.createStatement()) {
                        lock.execute("SELECT * FROM customer WHERE email = 'ada@example.test' FOR UPDATE");
                    }
                    // two changes wait for the row, each holding one of the pool's two connections meanwhile
                    List<Future<Http.Response>> changes = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        changes.add(held.submit(() -> latchkey.http.send(latchkey.http
                                .request("/customer/demo/me", token)
                                .header("Content-Type", "application/json")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Ada\"}")))));
                    }
                    Thread.sleep(1_500);

                    long started = System.nanoTime();
                    Http.Response waiting = latchkey.http.get("/customer/demo/me", token);
                    long millis = (System.nanoTime() - started) / 1_000_000;

                    assertThat(waiting.status()).isEqualTo(503);
                    assertThat(waiting.code()).isEqualTo("LK500");
                    assertThat(waiting.header("Retry-After")).contains("5");
                    assertThat(millis).as("the pool's wait, not a hang").isBetween(4_000L, 15_000L);
                    assertThat(changes).noneMatch(Future::isDone);

                    locker.commit();
                    for (Future<Http.Response> change : changes) {
                        assertThat(change.get(30, TimeUnit.SECONDS).status())
                                .as("the held requests finish")
                                .isEqualTo(200);
                    }
                } finally {
                    held.shutdownNow();
                }
                assertThat(latchkey.http.get("/customer/demo/me", token).status())
                        .isEqualTo(200);
            }
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
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }
}
