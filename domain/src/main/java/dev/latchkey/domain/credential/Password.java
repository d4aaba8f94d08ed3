package dev.latchkey.domain.credential;

import java.text.Normalizer;

/**
 * A password as the customer typed it, normalised with NFKC so that the same visible password
 * always hashes alike. Its {@link #toString()} never shows it.
 */
public record Password(String value) {

    public Password {
        if (value == null) {
            throw new IllegalArgumentException("A password is required");
        }
        value = Normalizer.normalize(value, Normalizer.Form.NFKC);
    }

    /** Length as a person counts it: code points, not UTF-16 units. */
    public int length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
