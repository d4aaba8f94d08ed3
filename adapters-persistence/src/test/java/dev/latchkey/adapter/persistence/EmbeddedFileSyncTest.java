package dev.latchkey.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedFileSyncTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheProcessThatHasTheFileOpenForcesItToTheDisk() {
        assertThat(EmbeddedFileSync.isNeededFor(Persistence.embeddedUrl(folder)))
                .isTrue();
        assertThat(EmbeddedFileSync.isNeededFor("jdbc:h2:tcp://127.0.0.1:9092/file:/srv/latchkey/data/latchkey"))
                .isFalse();
        assertThat(EmbeddedFileSync.isNeededFor("jdbc:h2:mem:test")).isFalse();
        assertThat(EmbeddedFileSync.isNeededFor("jdbc:postgresql://db.example.test/latchkey"))
                .isFalse();
    }

    @Test
    void theEmbeddedDatabaseReusesOldChunksAfterFiveSecondsAndIsForcedToTheDiskUntilItIsClosed() throws Exception {
        DatabaseSettings settings = H2Databases.inFolder(folder);
        Persistence persistence = Persistence.open(settings);
        try {
            List<String> retention = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password())
                    .withHandle(handle -> handle.createQuery(
                                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'RETENTION_TIME'")
                            .mapTo(String.class)
                            .list());
            assertThat(retention).isNotEmpty().containsOnly("5000");
            assertThat(syncThread())
                    .as("the sync runs while the database is open")
                    .isNotNull();
        } finally {
            persistence.close();
        }
        Thread stopped = syncThread();
        if (stopped != null) {
            stopped.join(5_000);
        }
        assertThat(syncThread()).as("and stops with it").isNull();
    }

    private static Thread syncThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("latchkey-db-sync") && thread.isAlive())
                .findFirst()
                .orElse(null);
    }
}
