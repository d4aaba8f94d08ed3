package dev.latchkey.domain.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised so that one mailbox is one account: trimmed and lower-cased.
 * Its {@link #toString()} is masked so an address never lands in a log by accident.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s@\"(),:;<>\\[\\]\\\\]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+$");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("An email address is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.indexOf('@') > MAX_LOCAL_PART_LENGTH) {
            throw new IllegalArgumentException("Not a valid email address");
        }
    }

    public static boolean isValid(String candidate) {
        try {
            new EmailAddress(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /** The first character of the local part and the domain, e.g. {@code a***@example.test}. */
    public String masked() {
        return value.charAt(0) + "***@" + domain();
    }

    @Override
    public String toString() {
        return masked();
    }
}
