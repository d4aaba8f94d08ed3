package dev.latchkey.adapter.scheduling;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread for work a request hands off so that its answer does not wait for it (and so
 * takes the same time whatever the work turns out to be), e.g. mailing a reset link. Each piece
 * starts {@link #START_DELAY} after it was handed off, once its request has been answered: work
 * started at once would compete for the processor with the answer still being written, and so
 * lengthen it by as much as the work turns out to be. Past ten thousand waiting pieces it
 * refuses more ({@link RejectedExecutionException}); callers hand off only work that is stored and
 * picked up later either way. On stop, waiting work is finished.
 */
public final class BackgroundWork implements Executor, AutoCloseable {

    static final Duration START_DELAY = Duration.ofMillis(50);
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    private static final int DEFAULT_CAPACITY = 10_000;
    private static final long STOP_WAIT_SECONDS = 10;

    private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, BackgroundWork::daemon);
    private final AtomicInteger waiting = new AtomicInteger();
    private final int capacity;

    public BackgroundWork() {
        this(DEFAULT_CAPACITY);
    }

    BackgroundWork(int capacity) {
        this.capacity = capacity;
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(true);
    }

    @Override
    public void execute(Runnable work) {
        if (waiting.incrementAndGet() > capacity) {
            waiting.decrementAndGet();
            throw new RejectedExecutionException("More than " + capacity + " pieces of background work waiting");
        }
        pool.schedule(
                () -> {
                    waiting.decrementAndGet();
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.error("Background work failed", e);
                    }
                },
                START_DELAY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Takes no more work and waits (bounded) for the waiting work to finish. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after {} seconds; stopping without it", STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "latchkey-background");
        thread.setDaemon(true);
        return thread;
    }
}
