package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With LATCHKEY_DB_URL pointing at PostgreSQL, everything runs there instead of the embedded H2. */
class PostgresIT {

    @TempDir
    Path dataDir;

    @Test
    void theWholeSignupAndLoginFlowRunsOnPostgresqlAndSurvivesARestart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> database = Map.of(
                    "LATCHKEY_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "LATCHKEY_DB_USER", "postgres",
                    "LATCHKEY_DB_PASSWORD", "");
            try (RunningLatchkey latchkey = RunningLatchkey.withSmtp(dataDir, database)) {
                latchkey.signUpAndActivate("ada@example.test", "correct horse battery");
            }
            try (RunningLatchkey restarted = RunningLatchkey.withSmtp(dataDir, database)) {
                assertThat(restarted
                                .login("ada@example.test", "correct horse battery")
                                .status())
                        .isEqualTo(200);
            }
            assertThat(dataDir.resolve("latchkey.mv.db")).doesNotExist();
        }
    }
}
