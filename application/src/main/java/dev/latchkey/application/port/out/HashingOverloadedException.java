package dev.latchkey.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * Thrown by a {@link PasswordHasher} when it computes as many hashes as it may at once and no slot
 * came free in time: the caller should try again after {@link #retryAfter()}.
 */
public final class HashingOverloadedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public HashingOverloadedException(Duration retryAfter) {
        super(
                "Too many password hashes are being computed; retry after " + retryAfter.toSeconds() + " s",
                null,
                false,
                false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
