package dev.latchkey.adapter.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * One log line per request. It names the matched route pattern (e.g. {@code /customer/{tenant}/signup/optin/{token}})
 * and never the raw path or query string, so tokens that travel in URLs never reach the log. Each request carries an
 * id, taken from a well-formed {@code X-Request-Id} of the client or made up, that the log line and the
 * {@code X-Request-Id} response header both show.
 */
final class RequestLog {

    static final String REQUEST_ID = "X-Request-Id";
    /** Letters, digits and {@code . _ - :}, at most 64: what proxies and tracing tools send, and safe to log. */
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final String ID_ATTRIBUTE = "latchkey.requestId";
    private static final Logger LOG = LoggerFactory.getLogger("latchkey.request");

    private RequestLog() {}

    /** Gives the request its id, before any handler runs. */
    static void assignId(Context ctx) {
        String offered = ctx.header(REQUEST_ID);
        String id = offered != null && WELL_FORMED_ID.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        ctx.attribute(ID_ATTRIBUTE, id);
        ctx.header(REQUEST_ID, id);
    }

    static void log(Context ctx, Float millis, Operations operations) {
        String route = route(ctx);
        int status = ctx.status().getCode();
        long rounded = Math.round(millis);
        operations.requestTimings().requestAnswered(ctx.method().name(), route, status, Duration.ofNanos((long)
                (millis * 1_000_000L)));
        Level level = OperationsEndpoints.ROUTES.contains(route) ? Level.DEBUG : Level.INFO;
        LOG.atLevel(level)
                .addKeyValue("method", ctx.method().name())
                .addKeyValue("route", route)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", rounded)
                .addKeyValue("requestId", requestId(ctx))
                .log("{} {} {} {}ms id={}", ctx.method(), route, status, rounded, requestId(ctx));
    }

    static String requestId(Context ctx) {
        String id = ctx.attribute(ID_ATTRIBUTE);
        return id == null ? "-" : id;
    }

    /** The route pattern the request matched, safe to log. */
    static String route(Context ctx) {
        return ctx.endpoint() == null ? "(no route)" : ctx.endpoint().path;
    }
}
