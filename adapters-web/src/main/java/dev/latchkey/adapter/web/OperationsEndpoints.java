package dev.latchkey.adapter.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /metrics} for Prometheus, {@code /health/live} and {@code /health/ready} for orchestrators and load balancers. */
final class OperationsEndpoints {

    static final String METRICS = "/metrics";
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    /** Polled every few seconds: their request lines go to DEBUG, not INFO. */
    static final Set<String> ROUTES = Set.of(METRICS, LIVE, READY);

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Operations operations;
    private volatile boolean shuttingDown;

    OperationsEndpoints(Operations operations) {
        this.operations = operations;
    }

    /** From now on readiness answers 503, so that load balancers stop sending. */
    void shutdownStarted() {
        shuttingDown = true;
    }

    void metrics(Context ctx) {
        Optional<String> token = operations.metricsToken();
        if (token.isPresent() && !matches(token.get(), ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            ctx.status(HttpStatus.UNAUTHORIZED).result("");
            return;
        }
        ctx.contentType(PROMETHEUS_TEXT).result(operations.metricsText().get());
    }

    void live(Context ctx) {
        ctx.json(Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        Map<String, String> failing = new LinkedHashMap<>();
        if (shuttingDown) {
            failing.put("shutdown", "shutting down");
        }
        operations
                .readiness()
                .forEach(check -> check.failure().get().ifPresent(reason -> failing.put(check.name(), reason)));
        if (failing.isEmpty()) {
            ctx.json(Map.of("status", "UP"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "DOWN");
        body.put("failing", failing);
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    /** Compares in constant time, so the token cannot be guessed one character at a time. */
    private static boolean matches(String token, String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8),
                authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8));
    }
}
