package dev.latchkey.domain.customer;

import dev.latchkey.domain.email.EmailSyntax;

/**
 * An email address, normalised so that one mailbox is one account: trimmed and lower-cased.
 * Its {@link #toString()} is masked so an address never lands in a log by accident.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("An email address is required");
        }
        if (!EmailSyntax.isValid(value)) {
            throw new IllegalArgumentException("Not a valid email address");
        }
        value = EmailSyntax.normalise(value);
    }

    public static boolean isValid(String candidate) {
        return EmailSyntax.isValid(candidate);
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
