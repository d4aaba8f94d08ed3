package dev.latchkey.application.port.in;

import java.util.Objects;

/** Where a request came from, as recorded with sessions and security events. */
public record RequestOrigin(String ip, String userAgent) {

    private static final int MAX_USER_AGENT = 512;

    public RequestOrigin {
        Objects.requireNonNull(ip, "ip");
        userAgent = userAgent == null ? "" : shortened(userAgent.replaceAll("\\p{Cntrl}", " "));
    }

    /** At most {@value #MAX_USER_AGENT} characters, never ending in half a surrogate pair (which no database or JSON keeps). */
    private static String shortened(String text) {
        if (text.length() <= MAX_USER_AGENT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_USER_AGENT - 1)) ? MAX_USER_AGENT - 1 : MAX_USER_AGENT;
        return text.substring(0, end);
    }
}
