package dev.latchkey.adapter.metrics;

import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.Purged;
import dev.latchkey.application.port.in.retention.PurgeExpiredRecordsUseCase.RecordKind;
import dev.latchkey.application.port.in.token.LoginUseCase;
import dev.latchkey.application.port.in.token.RefreshTokensUseCase;
import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.PasswordHasher;
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
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The one Prometheus registry of a running instance: request timings per route pattern, login
 * outcomes, mail, hashing, the purge, the connection pool and the JVM.
 */
public final class MicrometerMetrics implements AutoCloseable {

    private static final Duration[] REQUEST_BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10)
    };

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;
    private final Counter loginsThrottled;
    private final Map<Class<?>, Counter> refreshes;
    private final Map<RecordKind, Counter> recordsPurged = new EnumMap<>(RecordKind.class);
    private final Counter purges;

    public MicrometerMetrics() {
        loginsSucceeded = logins("succeeded");
        loginsFailed = logins("failed");
        loginsThrottled = logins("throttled");
        refreshes = Map.of(
                RefreshTokensUseCase.Refreshed.class,
                refreshes("rotated"),
                RefreshTokensUseCase.Repeated.class,
                refreshes("repeated"),
                RefreshTokensUseCase.ReuseDetected.class,
                refreshes("reuse_detected"),
                RefreshTokensUseCase.Rejected.class,
                refreshes("rejected"));
        purges = Counter.builder("latchkey.purges")
                .description("Runs of the purge of expired records that finished")
                .register(meters);
        for (RecordKind kind : RecordKind.values()) {
            recordsPurged.put(
                    kind,
                    Counter.builder("latchkey.records.purged")
                            .description(
                                    "Records deleted by the purge because they were past their keeping time, by kind")
                            .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    /** Adds the JVM's own figures (memory, GC, threads, classes, processor, uptime): for a running server. */
    public MicrometerMetrics withJvmMetrics() {
        new JvmMemoryMetrics().bindTo(meters);
        gcMetrics.bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        return this;
    }

    private Counter logins(String outcome) {
        return Counter.builder("latchkey.logins")
                .description("Customer logins by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    private Counter refreshes(String outcome) {
        return Counter.builder("latchkey.refreshes")
                .description(
                        "Refresh-token requests by outcome: rotated, repeated within the reuse window, reuse detected"
                                + " (the session ended), rejected")
                .tag("outcome", outcome)
                .register(meters);
    }

    /** The registry itself, for the adapters that report into it on their own (the connection pool). */
    public MeterRegistry registry() {
        return meters;
    }

    /** The outbox backlog as the database counts it (all nodes). */
    public void watchOutboxBacklog(LongSupplier backlog) {
        Gauge.builder("latchkey.mail.outbox.backlog", backlog, supplier -> supplier.getAsLong())
                .description("Mails waiting in the outbox to be sent, counted in the database (all nodes)")
                .register(meters);
    }

    /** {@code hasher}, with the time of every hash and check recorded. */
    public PasswordHasher timed(PasswordHasher hasher) {
        return new TimedPasswordHasher(hasher, meters);
    }

    /** {@code outbox}, with what happens to its mail counted. */
    public MailOutbox counting(MailOutbox outbox) {
        return new CountingMailOutbox(outbox, meters);
    }

    /** Counts each outcome of the login it wraps: succeeded, failed (wrong, not activated, blocked) or throttled. */
    public LoginUseCase countingLogins(LoginUseCase login) {
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

    /** Counts each outcome of the refresh it wraps. */
    public RefreshTokensUseCase countingRefreshes(RefreshTokensUseCase refresh) {
        // A lambda, not a class: a use case is implemented by its service; this only watches the outcome.
        return command -> {
            RefreshTokensUseCase.Result result = refresh.refresh(command);
            refreshes.get(result.getClass()).increment();
            return result;
        };
    }

    public void countPurged(Purged purged) {
        purged.byKind().forEach((kind, count) -> recordsPurged.get(kind).increment(count));
        purges.increment();
    }

    /** Records one answered request under its route pattern, never its raw path. */
    public void requestAnswered(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by method, route pattern and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(REQUEST_BUCKETS)
                .register(meters)
                .record(duration);
    }

    /** Every metric in the Prometheus text exposition format. */
    public String prometheusText() {
        return meters.scrape();
    }

    @Override
    public void close() {
        gcMetrics.close();
        meters.close();
    }
}
