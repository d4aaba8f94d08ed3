package dev.latchkey.domain.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * The failed logins counted for one account or one client address: how many, since when the
 * current counting window runs, and when the newest failure happened.
 */
public record FailedLogins(int count, Instant windowStart, Instant lastFailureAt) {

    public FailedLogins {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(lastFailureAt, "lastFailureAt");
        if (count < 0) {
            throw new IllegalArgumentException("A failure count is never negative");
        }
    }
}
