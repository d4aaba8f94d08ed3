package dev.latchkey.adapter.scheduling;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread for work a request hands off so that its answer does not wait for it (and so
 * takes the same time whatever the work turns out to be), e.g. mailing a reset link. When the queue
 * is full the caller does the work itself, so nothing is dropped; on stop, queued work is finished.
 */
public final class BackgroundWork implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    private static final int QUEUE_CAPACITY = 1_000;
    private static final long STOP_WAIT_SECONDS = 10;

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(
            1,
            1,
            0L,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            BackgroundWork::daemon,
            new ThreadPoolExecutor.CallerRunsPolicy());

    @Override
    public void execute(Runnable work) {
        pool.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Background work failed", e);
            }
        });
    }

    /** Takes no more work and waits (bounded) for the queued work to finish. */
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
