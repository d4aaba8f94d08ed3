package dev.latchkey.domain.tenant;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a tenant's tokens live, and where the links in its mails point.
 *
 * @param linkBase base URL of emailed links; empty means the service's public URL
 */
public record TenantSettings(
        Duration anonymousTokenLifetime,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        Duration serviceTokenLifetime,
        Duration activationTokenLifetime,
        Optional<String> linkBase) {

    public TenantSettings {
        requirePositive(anonymousTokenLifetime, "anonymousTokenLifetime");
        requirePositive(accessTokenLifetime, "accessTokenLifetime");
        requirePositive(refreshTokenLifetime, "refreshTokenLifetime");
        requirePositive(serviceTokenLifetime, "serviceTokenLifetime");
        requirePositive(activationTokenLifetime, "activationTokenLifetime");
        Objects.requireNonNull(linkBase, "linkBase");
    }

    public static TenantSettings defaults() {
        return new TenantSettings(
                Duration.ofHours(1),
                Duration.ofHours(1),
                Duration.ofDays(30),
                Duration.ofHours(1),
                Duration.ofHours(48),
                Optional.empty());
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
