package dev.latchkey.domain.token;

import java.util.regex.Pattern;

/** Identifies an anonymous storefront session or a customer's login session. */
public record SessionId(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{16,64}$");

    public SessionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A session id is 16 to 64 URL-safe characters");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
