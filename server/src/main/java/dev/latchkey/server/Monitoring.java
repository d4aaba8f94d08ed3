package dev.latchkey.server;

import dev.latchkey.adapter.mail.OutboxWorker;
import dev.latchkey.adapter.persistence.DatabaseTrouble;
import dev.latchkey.adapter.persistence.Persistence;
import dev.latchkey.adapter.web.Operations;
import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.Purged;
import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.RecordKind;
import dev.latchkey.application.port.in.token.LoginUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The metrics registry and the readiness checks of one running instance, handed to the web adapter
 * as its {@link Operations}: request timings per route pattern, login outcomes, the outbox backlog,
 * the connection pool and the JVM, all in one Prometheus registry.
 */
final class Monitoring implements Operations, AutoCloseable {

    /** A database that has not answered by then is as good as gone, for a load balancer. */
    private static final Duration DATABASE_PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration[] REQUEST_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final Optional<String> metricsToken;
    private final ExecutorService probes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latchkey-health");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;
    private final Counter loginsThrottled;
    private final Map<RecordKind, Counter> recordsPurged = new EnumMap<>(RecordKind.class);
    private final Counter purges;

    private volatile Persistence persistence;
    private volatile Optional<OutboxWorker> outboxWorker = Optional.empty();
    private volatile boolean shuttingDown;
    private CompletableFuture<Boolean> databaseProbe = CompletableFuture.completedFuture(true);

    Monitoring(Optional<String> metricsToken) {
        this.metricsToken = metricsToken;
        new JvmMemoryMetrics().bindTo(meters);
        gcMetrics.bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        loginsSucceeded = logins("succeeded");
        loginsFailed = logins("failed");
        loginsThrottled = logins("throttled");
        purges = Counter.builder("latchkey.purges").description("Runs of the purge of expired records that finished")
                .register(meters);
        for (RecordKind kind : RecordKind.values()) {
            recordsPurged.put(kind, Counter.builder("latchkey.records.purged")
                    .description("Records deleted by the purge because they were past their keeping time, by kind")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
    }

    void countPurged(Purged purged) {
        purged.byKind().forEach((kind, count) -> recordsPurged.get(kind).increment(count));
        purges.increment();
    }

    private Counter logins(String outcome) {
        return Counter.builder("latchkey.logins").description("Customer logins by outcome").tag("outcome", outcome)
                .register(meters);
    }

    MeterRegistry meters() {
        return meters;
    }

    /** Watches the database (migrated by now) and its outbox backlog. */
    void watchDatabase(Persistence migrated) {
        this.persistence = migrated;
        Gauge.builder("latchkey.mail.outbox.backlog", migrated, Persistence::outboxBacklog)
                .description("Mails waiting in the outbox to be sent, counted in the database (all nodes)")
                .register(meters);
    }

    void watchOutbox(Optional<OutboxWorker> worker) {
        this.outboxWorker = worker;
    }

    /** Counts each outcome of the login it wraps: succeeded, failed (wrong, not activated, blocked) or throttled. */
    LoginUseCase countingLogins(LoginUseCase login) {
        // A lambda, not a class: a use case is implemented by its service; this only watches the outcome.
        return command -> {
            LoginUseCase.Result result = login.login(command);
            if (result instanceof LoginUseCase.LoggedIn) {
                loginsSucceeded.increment();
            } else if (result instanceof LoginUseCase.Throttled) {
                loginsThrottled.increment();
            } else {
                loginsFailed.increment();
            }
            return result;
        };
    }

    /** From now on, readiness answers 503: called first thing on shutdown, before the HTTP server stops. */
    void shutdownStarted() {
        shuttingDown = true;
    }

    @Override
    public void requestAnswered(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route pattern and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(REQUEST_BUCKETS)
                .register(meters)
                .record(duration);
    }

    @Override
    public String prometheusText() {
        return meters.scrape();
    }

    @Override
    public boolean isDatabaseUnavailable(Throwable failure) {
        return DatabaseTrouble.caused(failure);
    }

    @Override
    public Map<String, String> failingReadinessChecks() {
        Map<String, String> failing = new LinkedHashMap<>();
        if (shuttingDown) {
            failing.put("shutdown", "shutting down");
        }
        if (persistence == null) {
            failing.put("migrations", "not done");
        } else if (!databaseAnswers()) {
            failing.put("database", "no answer to a query within " + DATABASE_PROBE_TIMEOUT.toSeconds() + " s");
        }
        if (outboxWorker.isPresent() && !outboxWorker.get().isRunning()) {
            failing.put("outbox", "mail outbox worker not running");
        }
        return failing;
    }

    @Override
    public Optional<String> metricsToken() {
        return metricsToken;
    }

    /** One probe at a time: when the database hangs, callers share the probe in flight instead of piling up threads. */
    private boolean databaseAnswers() {
        CompletableFuture<Boolean> probe;
        synchronized (this) {
            if (databaseProbe.isDone()) {
                databaseProbe = CompletableFuture.supplyAsync(persistence::answersQuery, probes);
            }
            probe = databaseProbe;
        }
        try {
            return probe.get(DATABASE_PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        probes.shutdownNow();
        gcMetrics.close();
        meters.close();
    }
}
