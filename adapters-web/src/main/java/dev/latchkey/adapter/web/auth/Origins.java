package dev.latchkey.adapter.web.auth;

import dev.latchkey.application.port.in.RequestOrigin;
import io.javalin.http.Context;

/** Reads where a request came from. */
public final class Origins {

    private Origins() {
    }

    public static RequestOrigin of(Context ctx) {
        return new RequestOrigin(ctx.ip(), ctx.userAgent());
    }
}
