package dev.latchkey.adapter.persistence;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forces the embedded database's file to the disk every second ({@code CHECKPOINT SYNC}), in the one
 * process that has the file open. A commit is in the file when it returns ({@code WRITE_DELAY=0}),
 * but only in the operating system's cache; with this a power loss loses at most the last second.
 * It is also what makes it safe for H2 to reuse the space of chunks after 5 seconds
 * ({@code RETENTION_TIME=5000}) instead of 45, which H2 keeps on the assumption that the disk has
 * everything by then; with every commit a chunk of its own, 45 seconds of them made the file grow to
 * hundreds of megabytes under a steady load.
 */
final class EmbeddedFileSync implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFileSync.class);

    private final Jdbi jdbi;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latchkey-db-sync");
        thread.setDaemon(true);
        return thread;
    });
    private boolean failing;

    private EmbeddedFileSync(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** True for a database in a file of this process; not for one reached over TCP or kept in memory. */
    static boolean isNeededFor(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:")
                && !jdbcUrl.startsWith("jdbc:h2:tcp:")
                && !jdbcUrl.startsWith("jdbc:h2:ssl:")
                && !jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    static EmbeddedFileSync start(Jdbi jdbi) {
        EmbeddedFileSync sync = new EmbeddedFileSync(jdbi);
        sync.scheduler.scheduleWithFixedDelay(
                sync::syncOnce, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return sync;
    }

    private void syncOnce() {
        try {
            jdbi.useHandle(handle -> handle.execute("CHECKPOINT SYNC"));
            if (failing) {
                LOG.info("The database file is forced to the disk again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Forcing the database file to the disk failed; trying again every second", e);
                failing = true;
            }
        }
    }

    /** Stops the schedule; the database's own close writes and forces what is left. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
