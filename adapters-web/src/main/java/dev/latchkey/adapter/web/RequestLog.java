package dev.latchkey.adapter.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request. It names the matched route pattern (e.g. {@code /customer/{tenant}/signup/optin/{token}})
 * and never the raw path or query string, so tokens that travel in URLs never reach the log.
 */
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("latchkey.request");

    private RequestLog() {
    }

    static void log(Context ctx, Float millis) {
        LOG.info("{} {} {} {}ms", ctx.method(), route(ctx), ctx.status().getCode(), Math.round(millis));
    }

    /** The route pattern the request matched, safe to log. */
    static String route(Context ctx) {
        return ctx.endpoint() == null ? "(no route)" : ctx.endpoint().path;
    }
}
