package dev.latchkey.domain.token;

import dev.latchkey.domain.credential.TokenHash;

/**
 * The one-time token of an emailed link, as a customer presents it: not blank and of a sane length,
 * checked before anything is hashed or looked up. Whether it names a live token is for the use case.
 */
public record LinkToken(String value) {

    public static final int MAX_LENGTH = 512;

    public LinkToken {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A link token is 1 to " + MAX_LENGTH + " characters, not blank");
        }
    }

    /** False for what cannot be a token at all: missing, blank, absurdly long. */
    public static boolean isValid(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_LENGTH;
    }

    /** The hash the token is kept under. */
    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "LinkToken[****]";
    }
}
