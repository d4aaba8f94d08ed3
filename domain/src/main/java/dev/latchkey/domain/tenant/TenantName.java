package dev.latchkey.domain.tenant;

import java.util.regex.Pattern;

/** The name of a shop (tenant): lower-case letters and digits, starting with a letter, 3 to 16 characters. */
public record TenantName(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9]{2,15}$");

    public TenantName {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A tenant name is 3 to 16 lower-case letters or digits, starting with a letter");
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
