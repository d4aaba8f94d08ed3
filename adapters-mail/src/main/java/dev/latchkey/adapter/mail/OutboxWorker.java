package dev.latchkey.adapter.mail;

import dev.latchkey.application.port.in.mail.DeliverQueuedMailUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls the outbox on one background thread and delivers what is due. */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final DeliverQueuedMailUseCase delivery;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latchkey-outbox");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ScheduledFuture<?> rounds;

    public OutboxWorker(DeliverQueuedMailUseCase delivery, Duration interval) {
        this.delivery = delivery;
        this.interval = interval;
    }

    public OutboxWorker start() {
        rounds = scheduler.scheduleWithFixedDelay(this::deliverSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void deliverSafely() {
        try {
            int sent;
            do {
                sent = delivery.deliverDue();
            } while (sent > 0 && !scheduler.isShutdown());
        } catch (Throwable e) {
            LOG.warn("Outbox delivery round failed; it will run again", e);
        }
    }

    /** True from {@link #start()} until {@link #close()}, unless the polling stopped for good on its own. */
    public boolean isRunning() {
        ScheduledFuture<?> current = rounds;
        return current != null && !current.isDone() && !scheduler.isShutdown();
    }

    /** Stops polling; a mail being sent finishes, queued mail stays queued for the next start. */
    @Override
    public void close() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(15, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
        }
    }
}
