package dev.latchkey.adapter.scheduling;

import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.Purged;
import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.RecordKind;
import dev.latchkey.application.port.in.retention.UpkeepUseCases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upkeep on one daemon thread, shortly after the start and then at a fixed interval: acts on the mail
 * requests that a stopped process (this one before a restart, or another node) answered but never got
 * to, and purges expired records. A failed step is logged and the next run tries again.
 */
public final class Housekeeping implements AutoCloseable {

    static final Duration FIRST_RUN_DELAY = Duration.ofSeconds(2);
    static final Duration LONGEST_INTERVAL = Duration.ofMinutes(10);
    /** A request this old is not in anybody's hands any more: acting on one takes milliseconds. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final UpkeepUseCases upkeep;
    private final Consumer<Purged> onPurged;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latchkey-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    /** @param onPurged told what each purge deleted (the metrics) */
    public Housekeeping(UpkeepUseCases upkeep, Consumer<Purged> onPurged, Clock clock, Duration interval) {
        this.upkeep = upkeep;
        this.onPurged = onPurged;
        this.clock = clock;
        this.interval = interval;
    }

    /** Every ten minutes, or as often as records expire when they are kept a shorter time. */
    public static Duration intervalFor(Duration keepExpired) {
        return keepExpired.compareTo(LONGEST_INTERVAL) < 0 ? keepExpired : LONGEST_INTERVAL;
    }

    /** The first run takes every request made before this start; later runs those older than {@link #LEFTOVER_AGE}. */
    public Housekeeping start() {
        Instant startedAt = clock.instant();
        scheduler.schedule(() -> runOnce(startedAt), FIRST_RUN_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> runOnce(clock.instant().minus(LEFTOVER_AGE)),
                FIRST_RUN_DELAY.plus(interval).toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    private void runOnce(Instant leftoversBefore) {
        try {
            int resumed = upkeep.resumeDeferredWork().resumeRequestsMadeBefore(leftoversBefore);
            if (resumed > 0) {
                LOG.info("Acted on {} deferred requests left by a stopped process or a full queue", resumed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Acting on left-over deferred requests failed; the next run tries again", e);
        }
        try {
            Purged purged = upkeep.purgeExpiredRecords().purge();
            onPurged.accept(purged);
            if (purged.total() > 0) {
                LOG.info("Purged {} expired records ({})", purged.total(), countsOf(purged));
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging expired records failed; the next run tries again", e);
        }
    }

    private static String countsOf(Purged purged) {
        return Arrays.stream(RecordKind.values())
                .filter(kind -> purged.byKind().getOrDefault(kind, 0) > 0)
                .map(kind -> kind.name().toLowerCase(Locale.ROOT) + " "
                        + purged.byKind().get(kind))
                .collect(Collectors.joining(", "));
    }

    /** Stops the schedule; a purge in progress stops before its next batch. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
