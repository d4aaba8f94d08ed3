package dev.latchkey.domain.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed logins make a caller wait. An account may fail {@code accountMaxFailures} times;
 * after that each login must wait {@link #BASE_DELAY} after the newest failure, twice as long for
 * every further failure, never more than {@link #MAX_DELAY}, so there is no permanent lockout. An
 * account's failures are forgotten {@link #ACCOUNT_WINDOW} after the first one of the window. A
 * client address may fail {@code addressMaxFailures} times within {@link #ADDRESS_WINDOW}; after
 * that it waits until that window ends.
 */
public final class LoginThrottlePolicy {

    public static final Duration BASE_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration ACCOUNT_WINDOW = Duration.ofHours(24);
    public static final Duration ADDRESS_WINDOW = Duration.ofHours(1);

    private final int accountMaxFailures;
    private final int addressMaxFailures;

    public LoginThrottlePolicy(int accountMaxFailures, int addressMaxFailures) {
        if (accountMaxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("The failure limits are at least 1");
        }
        this.accountMaxFailures = accountMaxFailures;
        this.addressMaxFailures = addressMaxFailures;
    }

    /** How long the account's next login must wait from {@code now}; zero when it may try at once. */
    public Duration accountWait(FailedLogins failures, Instant now) {
        if (!isCurrent(failures, ACCOUNT_WINDOW, now) || failures.count() < accountMaxFailures) {
            return Duration.ZERO;
        }
        return remaining(failures.lastFailureAt().plus(delayAfter(failures.count())), now);
    }

    /** How long logins from the client address must wait from {@code now}; zero when they may try at once. */
    public Duration addressWait(FailedLogins failures, Instant now) {
        if (!isCurrent(failures, ADDRESS_WINDOW, now) || failures.count() < addressMaxFailures) {
            return Duration.ZERO;
        }
        return remaining(failures.windowStart().plus(ADDRESS_WINDOW), now);
    }

    /**
     * The delay after the newest of {@code failures} failures: nothing below the limit, then the base
     * delay, doubling with each further failure up to the cap.
     */
    public Duration delayAfter(int failures) {
        if (failures < accountMaxFailures) {
            return Duration.ZERO;
        }
        Duration delay = BASE_DELAY;
        for (int doubling = accountMaxFailures; doubling < failures && delay.compareTo(MAX_DELAY) < 0; doubling++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static boolean isCurrent(FailedLogins failures, Duration window, Instant now) {
        return now.isBefore(failures.windowStart().plus(window));
    }

    private static Duration remaining(Instant until, Instant now) {
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }
}
