package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.profile.CustomerType;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for a mail that was answered before anything was looked up: a reset link or a new
 * activation link for whoever has {@code email}, if anyone does.
 *
 * @param customerType for a reset the shop's backend asked for: only an account of this type is mailed
 */
public record DeferredMailRequest(
        String id,
        Kind kind,
        TenantName tenant,
        EmailAddress email,
        Optional<CustomerType> customerType,
        Instant requestedAt) {

    public enum Kind {
        PASSWORD_RESET,
        ACTIVATION_RESEND
    }

    public DeferredMailRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(customerType, "customerType");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
