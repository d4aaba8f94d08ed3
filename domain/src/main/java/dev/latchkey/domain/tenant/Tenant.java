package dev.latchkey.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/** A shop that keeps its customer accounts in Latchkey. */
public record Tenant(TenantName name, String displayName, TenantSettings settings, TenantLook look, Instant createdAt) {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;

    public Tenant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(look, "look");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!isValidDisplayName(displayName)) {
            throw new IllegalArgumentException("A display name is 1 to " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
    }

    public static boolean isValidDisplayName(String candidate) {
        return candidate != null && !candidate.isBlank() && candidate.length() <= MAX_DISPLAY_NAME_LENGTH;
    }

    public Tenant withDisplayName(String displayName) {
        return new Tenant(name, displayName, settings, look, createdAt);
    }

    public Tenant withSettings(TenantSettings settings) {
        return new Tenant(name, displayName, settings, look, createdAt);
    }

    public Tenant withLook(TenantLook look) {
        return new Tenant(name, displayName, settings, look, createdAt);
    }
}
