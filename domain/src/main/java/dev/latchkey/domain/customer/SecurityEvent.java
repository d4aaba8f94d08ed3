package dev.latchkey.domain.customer;

import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to an account, with where the request came from. It never holds an
 * email address, a password or a token.
 *
 * @param customer  empty only for events kept after the account was erased
 * @param ip        the client address of the request; empty when it was not kept
 * @param userAgent the request's user agent; empty when there was none or it was not kept
 */
public record SecurityEvent(
        TenantName tenant,
        Optional<CustomerId> customer,
        SecurityEventType type,
        Instant at,
        String ip,
        String userAgent) {

    public SecurityEvent {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** An event of the customer, with the request's address and user agent. */
    public static SecurityEvent of(
            TenantName tenant, CustomerId customer, SecurityEventType type, Instant at, String ip, String userAgent) {
        return new SecurityEvent(tenant, Optional.of(customer), type, at, ip, userAgent);
    }

    /** An event that names no customer and keeps nothing of the request. */
    public static SecurityEvent anonymous(TenantName tenant, SecurityEventType type, Instant at) {
        return new SecurityEvent(tenant, Optional.empty(), type, at, "", "");
    }
}
