package dev.latchkey.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/** A shop that keeps its customer accounts in Latchkey. */
public record Tenant(TenantName name, String displayName, TenantSettings settings, Instant createdAt) {

    public Tenant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(createdAt, "createdAt");
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("A display name is 1 to 100 characters");
        }
    }
}
