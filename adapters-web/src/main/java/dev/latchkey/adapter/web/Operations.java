package dev.latchkey.adapter.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the operations endpoints ({@code /metrics}, {@code /health/*}) and the request log need from
 * outside the web adapter: where request timings go, the metrics text, and the readiness checks.
 */
public interface Operations {

    /** Records one answered request under its route pattern, never its raw path. */
    void requestAnswered(String method, String route, int status, Duration duration);

    /** The metrics in the Prometheus text exposition format. */
    String prometheusText();

    /** The checks that fail right now, by name, each with a short fixed reason; empty when ready. */
    Map<String, String> failingReadinessChecks();

    /**
     * Whether a failure means that the database cannot be reached just now (unreachable, connection
     * lost, no free connection): answered {@code 503} with {@code Retry-After}, not {@code 500}.
     */
    boolean isDatabaseUnavailable(Throwable failure);

    /** The bearer token {@code /metrics} demands; empty = served to every caller. */
    Optional<String> metricsToken();

    /** No metrics, always ready: for a web adapter run on its own. */
    static Operations none() {
        return new Operations() {
            @Override
            public void requestAnswered(String method, String route, int status, Duration duration) {
            }

            @Override
            public String prometheusText() {
                return "";
            }

            @Override
            public Map<String, String> failingReadinessChecks() {
                return Map.of();
            }

            @Override
            public boolean isDatabaseUnavailable(Throwable failure) {
                return false;
            }

            @Override
            public Optional<String> metricsToken() {
                return Optional.empty();
            }
        };
    }
}
