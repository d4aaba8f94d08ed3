package dev.latchkey.domain.email;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What Latchkey accepts as an email address, wherever one is kept: a customer's login, a shop's
 * support address. Addresses are compared trimmed and in lower case.
 */
public final class EmailSyntax {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s@\"(),:;<>\\[\\]\\\\]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+$");

    private EmailSyntax() {
    }

    /** The address trimmed and in lower case, the form in which it is checked and kept. */
    public static String normalise(String candidate) {
        return candidate.strip().toLowerCase(Locale.ROOT);
    }

    /** True when the normalised {@code candidate} is a valid address of at most {@value #MAX_LENGTH} characters. */
    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String address = normalise(candidate);
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches()
                && address.indexOf('@') <= MAX_LOCAL_PART_LENGTH;
    }
}
