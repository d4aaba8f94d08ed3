package dev.latchkey.adapter.web.auth;

import dev.latchkey.application.port.in.RequestOrigin;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;

/**
 * Reads where a request came from: the client address (the connection's, or the one a trusted proxy
 * forwarded, settled once per request by {@link #resolve}) and the user agent.
 */
public final class Origins {

    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final String CLIENT_ADDRESS = "latchkey.clientAddress";

    private Origins() {}

    /** Settles the request's client address; runs before every handler. */
    public static void resolve(Context ctx, TrustedProxies proxies) {
        List<String> forwardedFor = Collections.list(ctx.req().getHeaders(X_FORWARDED_FOR));
        ctx.attribute(CLIENT_ADDRESS, proxies.clientAddress(ctx.ip(), forwardedFor));
    }

    /** The client address; the connection's own when {@link #resolve} did not run. */
    public static String clientAddress(Context ctx) {
        String resolved = ctx.attribute(CLIENT_ADDRESS);
        return resolved != null ? resolved : ctx.ip();
    }

    public static RequestOrigin of(Context ctx) {
        return new RequestOrigin(clientAddress(ctx), ctx.userAgent());
    }
}
