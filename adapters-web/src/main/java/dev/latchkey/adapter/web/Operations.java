package dev.latchkey.adapter.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the operations endpoints ({@code /metrics}, {@code /health/*}) and the request log need from
 * outside the web adapter.
 *
 * @param requestTimings      where the time of each answered request goes, under its route pattern
 * @param metricsText         the metrics in the Prometheus text exposition format
 * @param metricsToken        the bearer token {@code /metrics} demands; empty = served to every caller
 * @param readiness           the checks {@code /health/ready} runs, besides the web adapter's own (shutting down)
 * @param databaseUnavailable whether a failure means that the database cannot be reached just now (unreachable,
 *                            connection lost, no free connection): answered {@code 503} with {@code Retry-After}
 */
public record Operations(
        RequestTimings requestTimings,
        Supplier<String> metricsText,
        Optional<String> metricsToken,
        List<ReadinessCheck> readiness,
        Predicate<Throwable> databaseUnavailable) {

    /** Records one answered request under its route pattern, never its raw path. */
    public interface RequestTimings {
        void requestAnswered(String method, String route, int status, Duration duration);
    }

    /**
     * One check of {@code /health/ready}.
     *
     * @param failure empty while the check passes, else a short fixed reason
     */
    public record ReadinessCheck(String name, Supplier<Optional<String>> failure) {}

    /** No metrics, always ready: for a web adapter run on its own. */
    public static Operations none() {
        return new Operations(
                (method, route, status, duration) -> {}, () -> "", Optional.empty(), List.of(), failure -> false);
    }
}
