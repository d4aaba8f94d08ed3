package dev.latchkey.domain.tenant;

import java.util.regex.Pattern;

/** The public identifier of a client (a storefront or a shop's backend); unique across tenants. */
public record ClientId(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$");

    public ClientId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A client id is 3 to 64 letters, digits, dots, dashes or underscores");
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
