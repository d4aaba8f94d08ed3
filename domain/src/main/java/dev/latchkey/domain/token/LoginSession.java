package dev.latchkey.domain.token;

import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.tenant.ClientId;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One login of a customer on one device, from the password check until logout or revocation. */
public record LoginSession(
        SessionId id,
        TenantName tenant,
        CustomerId customer,
        ClientId client,
        Instant createdAt,
        Instant lastUsedAt,
        String userAgent,
        String ip,
        Optional<Instant> revokedAt) {

    public LoginSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
