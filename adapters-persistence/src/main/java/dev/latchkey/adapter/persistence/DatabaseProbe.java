package dev.latchkey.adapter.persistence;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Asks the database a trivial query on a thread of its own, so a caller can give up after a while.
 * One probe at a time: when the database hangs, callers share the probe in flight instead of piling
 * up threads.
 */
final class DatabaseProbe implements AutoCloseable {

    private final BooleanSupplier query;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread probe = new Thread(runnable, "latchkey-health");
        probe.setDaemon(true);
        return probe;
    });
    private CompletableFuture<Boolean> inFlight = CompletableFuture.completedFuture(true);

    DatabaseProbe(BooleanSupplier query) {
        this.query = query;
    }

    boolean answersWithin(Duration timeout) {
        CompletableFuture<Boolean> probe;
        synchronized (this) {
            if (inFlight.isDone()) {
                inFlight = CompletableFuture.supplyAsync(query::getAsBoolean, thread);
            }
            probe = inFlight;
        }
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
