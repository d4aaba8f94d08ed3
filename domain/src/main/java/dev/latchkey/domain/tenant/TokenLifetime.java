package dev.latchkey.domain.tenant;

import java.time.Duration;

/** The lifetimes a tenant sets for its tokens and activation links (see {@link TenantSettings}). */
public enum TokenLifetime {
    ANONYMOUS,
    ACCESS,
    REFRESH,
    SERVICE,
    ACTIVATION;

    public static final Duration MIN = Duration.ofMinutes(1);
    public static final Duration MAX = Duration.ofDays(366);

    /** True for a lifetime from {@link #MIN} to {@link #MAX}. */
    public static boolean isValid(Duration candidate) {
        return candidate != null && candidate.compareTo(MIN) >= 0 && candidate.compareTo(MAX) <= 0;
    }
}
