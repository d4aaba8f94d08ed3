package dev.latchkey.application.port.in;

import java.util.Objects;

/** Where a request came from, as recorded with sessions and security events. */
public record RequestOrigin(String ip, String userAgent) {

    private static final int MAX_USER_AGENT = 512;

    public RequestOrigin {
        Objects.requireNonNull(ip, "ip");
        userAgent = userAgent == null ? "" : userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT));
    }
}
